package io.dialscape.dsl.scoping;

import static io.dialscape.dsl.dialscape.DialscapePackage.Literals.*;

import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Pbx;
import io.dialscape.dsl.dialscape.Policy;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Server;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.Usage;
import io.dialscape.dsl.dialscape.Users;
import com.google.inject.Inject;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

/**
 * Scoping of LANGUAGE.md section 1: roles resolve among the roles of the platform
 * (for a server: the topology's platform only); PBXs, servers and gateways among the
 * members of the enclosing topology (one flat namespace per topology); usages, policies,
 * user groups and routes among those of the topology (of the tested topology for a call
 * case); top-level
 * elements through the global index, which holds every file validated together and
 * the bundled library.
 */
public class DialscapeScopeProvider extends AbstractDialscapeScopeProvider {

    @Inject
    private IResourceScopeCache cache;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == ALLOW__ROLES || reference == DENY__ROLE || reference == DENY__OTHERS) {
            Platform platform = EcoreUtil2.getContainerOfType(context, Platform.class);
            return platform == null ? IScope.NULLSCOPE : Scopes.scopeFor(platform.getRoles());
        }
        if (reference == SERVER__ROLES) {
            Topology topology = EcoreUtil2.getContainerOfType(context, Topology.class);
            if (topology == null) {
                return IScope.NULLSCOPE;
            }
            Platform platform = topology.getPlatform();
            if (platform == null || platform.eIsProxy()) {
                return IScope.NULLSCOPE;
            }
            return Scopes.scopeFor(platform.getRoles());
        }
        if (reference == BINDING__ICP || reference == TRUNK__PBX || reference == DUAL_FORKING__PBX) {
            return members(context, Pbx.class);
        }
        if (reference == TRUNK__SERVER) {
            return members(context, Server.class);
        }
        if (reference == DUAL_FORKING__GATEWAY || reference == ROUTE__GATEWAYS) {
            return members(context, Gateway.class);
        }
        if (reference == ROUTE__USAGES || reference == POLICY__USAGES) {
            return members(context, Usage.class);
        }
        if (reference == USERS__POLICY) {
            return members(context, Policy.class);
        }
        if (reference == CALL_CASE__USERS || reference == CALL_CASE__ROUTE) {
            // a call case belongs to the test of a topology; in a table's test it is test.invalid and its names
            // are not resolved (the linking diagnostic is suppressed)
            Test test = EcoreUtil2.getContainerOfType(context, Test.class);
            if (test == null || !(test.getTable() instanceof Topology topology) || topology.eIsProxy()) {
                return IScope.NULLSCOPE;
            }
            return reference == CALL_CASE__USERS ? Scopes.scopeFor(contents(topology, Users.class))
                    : Scopes.scopeFor(contents(topology, Route.class));
        }
        return super.getScope(context, reference);
    }

    private <T extends EObject> IScope members(EObject context, Class<T> type) {
        Topology topology = EcoreUtil2.getContainerOfType(context, Topology.class);
        if (topology == null) {
            return IScope.NULLSCOPE;
        }
        return Scopes.scopeFor(contents(topology, type));
    }

    /**
     * The topology's elements of a type, in model order: walked once per resource state, not once per reference (a
     * 1,000-route estate has about 10,000 references, and each walked the whole topology: nine tenths of its linking).
     * The resource's cache forgets them on any change of the resource, and keeps them while proxies resolve.
     */
    private <T extends EObject> List<T> contents(Topology topology, Class<T> type) {
        Resource resource = topology.eResource();
        if (resource == null) {
            return EcoreUtil2.getAllContentsOfType(topology, type);
        }
        return cache.get(Tuples.create(DialscapeScopeProvider.class, topology, type), resource,
                () -> EcoreUtil2.getAllContentsOfType(topology, type));
    }
}
