package io.dialscape.dsl.validation;

import static io.dialscape.dsl.dialscape.DialscapePackage.Literals.*;
import static io.dialscape.dsl.validation.EngineModels.resolved;

import io.dialscape.dsl.dialscape.Appliance;
import io.dialscape.dsl.dialscape.Binding;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.DialscapePackage;
import io.dialscape.dsl.dialscape.DualForking;
import io.dialscape.dsl.dialscape.Edition;
import io.dialscape.dsl.dialscape.Feature;
import io.dialscape.dsl.dialscape.Forest;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Pbx;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Pool;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Requirement;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Server;
import io.dialscape.dsl.dialscape.SiteMember;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Trunk;
import io.dialscape.engine.Fqdn;
import io.dialscape.engine.VersionOrder;
import io.dialscape.engine.collocation.CollocationMatrix;
import io.dialscape.engine.collocation.CollocationVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Topology diagnostics of LANGUAGE.md section 8. The rules of the domain live in the
 * engine (collocation sets, DNS names, version order); this class only maps the model
 * onto them and places the diagnostics.
 */
public class TopologyValidator extends AbstractDialscapeCheck {

    /** The platform's front-end role (LANGUAGE.md 8, pool.no-frontend). */
    public static final String FRONT_END_ROLE = "FrontEnd";

    /** The feature that dual forking uses (LANGUAGE.md 2). */
    public static final String DUAL_FORKING_FEATURE = "DualForking";

    /** Role a server must hold to terminate the ICP's direct SIP trunk. */
    public static final String MEDIATION_ROLE = "Mediation";

    @Check
    public void checkCollocation(Server server) {
        Topology topology = EcoreUtil2.getContainerOfType(server, Topology.class);
        if (topology == null || !resolved(topology.getPlatform()) || server.getRoles().isEmpty() || server.getName() == null) {
            return; // an incomplete element already has its syntax error
        }
        List<String> roles = new ArrayList<>();
        for (Role role : server.getRoles()) {
            if (!resolved(role)) {
                return;
            }
            roles.add(role.getName());
        }
        CollocationMatrix matrix = EngineModels.collocationMatrix(topology.getPlatform(), getContext());
        io.dialscape.engine.collocation.Edition edition = server.eContainer() instanceof Pool pool
                ? (pool.getEdition() == Edition.STANDARD ? io.dialscape.engine.collocation.Edition.STANDARD
                        : io.dialscape.engine.collocation.Edition.ENTERPRISE)
                : null;
        CollocationVerdict verdict = matrix.check(server.getName(), roles, edition);
        if (verdict instanceof CollocationVerdict.Denied denied) {
            addIssue(denied.message(), server, SERVER__ROLES, DialscapeIssueCodes.COLLOCATION_DENIED);
        } else if (verdict instanceof CollocationVerdict.Unsupported unsupported) {
            addIssue(unsupported.message(), server, SERVER__ROLES, DialscapeIssueCodes.COLLOCATION_UNSUPPORTED);
        }
    }

    @Check
    public void checkEdgeInternal(Server server) {
        if (server.isPerimeter() || server.getName() == null) {
            return;
        }
        Set<String> edgeRoles = new LinkedHashSet<>();
        for (Role role : server.getRoles()) {
            if (resolved(role) && role.isEdge()) {
                edgeRoles.add(role.getName());
            }
        }
        if (!edgeRoles.isEmpty()) {
            addIssue("Server '" + server.getName() + "' holds the edge " + (edgeRoles.size() == 1 ? "role " : "roles ")
                    + String.join(", ", edgeRoles) + " but is not marked perimeter: edge roles run in the perimeter network",
                    server, SITE_MEMBER__NAME, DialscapeIssueCodes.EDGE_INTERNAL);
        }
    }

    /** LANGUAGE.md 8, internal.perimeter: independent of the collocation checks. */
    @Check
    public void checkInternalPerimeter(Server server) {
        if (!server.isPerimeter() || server.getName() == null) {
            return;
        }
        Set<String> internalRoles = new LinkedHashSet<>();
        for (Role role : server.getRoles()) {
            if (resolved(role) && role.isInternal()) {
                internalRoles.add(role.getName());
            }
        }
        if (!internalRoles.isEmpty()) {
            boolean one = internalRoles.size() == 1;
            addIssue("Server '" + server.getName() + "' is marked perimeter but holds the internal "
                    + (one ? "role " : "roles ") + String.join(", ", internalRoles) + ": "
                    + (one ? "it runs" : "they run") + " in the internal network only",
                    server, SITE_MEMBER__NAME, DialscapeIssueCodes.INTERNAL_PERIMETER);
        }
    }

    @Check
    public void checkPoolFrontEnd(Pool pool) {
        if (pool.getName() == null) {
            return;
        }
        for (Server server : pool.getServers()) {
            for (Role role : server.getRoles()) {
                if (resolved(role) && FRONT_END_ROLE.equals(role.getName())) {
                    return;
                }
            }
        }
        addIssue("Pool '" + pool.getName() + "' has no server with the " + FRONT_END_ROLE + " role: a pool serves users through its Front End servers",
                pool, SITE_MEMBER__NAME, DialscapeIssueCodes.POOL_NO_FRONTEND);
    }

    @Check
    public void checkPoolStandardSize(Pool pool) {
        if (pool.getName() != null && pool.getEdition() == Edition.STANDARD && pool.getServers().size() > 1) {
            addIssue("Standard Edition pool '" + pool.getName() + "' has " + pool.getServers().size()
                    + " servers: a Standard Edition pool is exactly one server; use an enterprise pool for more",
                    pool, SITE_MEMBER__NAME, DialscapeIssueCodes.POOL_STANDARD_SIZE);
        }
    }

    @Check
    public void checkFqdn(SiteMember member) {
        String fqdn = member.getFqdn();
        if (fqdn == null || member.getName() == null) {
            return;
        }
        String problem = Fqdn.problem(fqdn);
        if (problem != null) {
            addIssue((member instanceof Pool ? "Pool '" : "Server '") + member.getName() + "' has FQDN '" + fqdn
                    + "', which is not a valid DNS name: " + problem, member, SITE_MEMBER__FQDN, DialscapeIssueCodes.FQDN_INVALID);
        }
    }

    /** A gateway's FQDN (LANGUAGE.md 4): fqdn.invalid as for servers. */
    @Check
    public void checkGatewayFqdn(Gateway gateway) {
        String fqdn = gateway.getFqdn();
        if (fqdn == null || gateway.getName() == null) {
            return;
        }
        String problem = Fqdn.problem(fqdn);
        if (problem != null) {
            addIssue("Gateway '" + gateway.getName() + "' has FQDN '" + fqdn + "', which is not a valid DNS name: " + problem,
                    gateway, GATEWAY__FQDN, DialscapeIssueCodes.FQDN_INVALID);
        }
    }

    /**
     * Two servers (or pools, or gateways) with one DNS name. DNS names compare case-insensitively and
     * without a trailing dot; a Standard Edition pool may share its name with its server.
     */
    @Check
    public void checkFqdnDuplicate(Topology topology) {
        // Every earlier holder of a name is kept: the standard-pool exemption covers the pool
        // and its server only, so a second server with that name still clashes with the first.
        Map<String, List<EObject>> seen = new HashMap<>();
        for (EObject member : EcoreUtil2.eAllContentsAsList(topology)) {
            String fqdn;
            String name;
            if (member instanceof SiteMember siteMember) {
                fqdn = siteMember.getFqdn();
                name = siteMember.getName();
            } else if (member instanceof Gateway gateway) {
                fqdn = gateway.getFqdn();
                name = gateway.getName();
            } else {
                continue;
            }
            if (fqdn == null || name == null || Fqdn.problem(fqdn) != null) {
                continue;
            }
            String key = Fqdn.canonical(fqdn);
            List<EObject> holders = seen.computeIfAbsent(key, k -> new ArrayList<>());
            EObject earlier = null;
            for (EObject holder : holders) {
                if (!standardPoolAndItsServer(holder, member)) {
                    earlier = holder;
                    break;
                }
            }
            holders.add(member);
            if (earlier != null) {
                addIssue(capitalize(hostKind(member)) + " '" + name + "' has the same FQDN '" + fqdn + "' as "
                        + hostKind(earlier) + " '" + hostName(earlier) + "' " + Locations.where(earlier, member), member,
                        member instanceof Gateway ? GATEWAY__FQDN : SITE_MEMBER__FQDN, DialscapeIssueCodes.FQDN_DUPLICATE);
            }
        }
    }

    private static String hostKind(EObject host) {
        return host instanceof Pool ? "pool" : host instanceof Gateway ? "gateway" : "server";
    }

    private static String hostName(EObject host) {
        return host instanceof Gateway gateway ? gateway.getName() : ((SiteMember) host).getName();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean standardPoolAndItsServer(EObject a, EObject b) {
        return a instanceof Pool pool && pool.getEdition() == Edition.STANDARD && b.eContainer() == pool;
    }

    @Check
    public void checkForestGlobalSettings(Forest forest) {
        Set<String> domains = new LinkedHashSet<>();
        if (forest.getDnsName() != null) {
            domains.add(Fqdn.canonical(forest.getDnsName()));
        }
        for (String domain : forest.getDomains()) {
            domains.add(Fqdn.canonical(domain));
        }
        if (forest.isSystemContainer() && domains.size() > 1) {
            addIssue("Forest '" + forest.getDnsName() + "' has " + domains.size()
                    + " domains but keeps global settings in the System container: move them to the Configuration container (Global Settings Migration Tool)",
                    forest, null, DialscapeIssueCodes.FOREST_GLOBAL_SETTINGS);
        }
    }

    /** An ICP's outgoing list must be an outgoing table and its incoming list an incoming one. */
    @Check
    public void checkBindingDirection(Binding binding) {
        if (!resolved(binding.getIcp()) || binding.getIcp().getName() == null) {
            return;
        }
        DigitTable outgoing = binding.getOutgoing();
        if (resolved(outgoing) && !outgoing.isOutgoing()) {
            addIssue("Digit table '" + outgoing.getName() + "' is an incoming table but is bound as the outgoing list of '"
                    + binding.getIcp().getName() + "'", binding, BINDING__OUTGOING, DialscapeIssueCodes.BINDING_DIRECTION);
        }
        DigitTable incoming = binding.getIncoming();
        if (resolved(incoming) && incoming.isOutgoing()) {
            addIssue("Digit table '" + incoming.getName() + "' is an outgoing table but is bound as the incoming list of '"
                    + binding.getIcp().getName() + "'", binding, BINDING__INCOMING, DialscapeIssueCodes.BINDING_DIRECTION);
        }
    }

    @Check
    public void checkDualForkingTrunk(DualForking dualForking) {
        Pbx pbx = dualForking.getPbx();
        Topology topology = EcoreUtil2.getContainerOfType(dualForking, Topology.class);
        if (!resolved(pbx) || topology == null) {
            return;
        }
        for (Trunk trunk : EcoreUtil2.getAllContentsOfType(topology, Trunk.class)) {
            if (trunk.getPbx() == pbx && resolved(trunk.getServer()) && holds(trunk.getServer(), MEDIATION_ROLE)) {
                return;
            }
        }
        addIssue("Dual forking through '" + pbx.getName() + "' needs a direct SIP trunk from '" + pbx.getName()
                + "' to a Mediation Server: add 'trunk direct-sip " + pbx.getName() + " <mediation server>'",
                dualForking, null, DialscapeIssueCodes.DUALFORK_NO_TRUNK);
    }

    @Check
    public void checkDualForkingPrerequisites(DualForking dualForking) {
        Topology topology = EcoreUtil2.getContainerOfType(dualForking, Topology.class);
        if (topology == null || topology.getName() == null || !resolved(topology.getPlatform())) {
            return; // a topology header the parser could not complete already has its syntax error
        }
        Platform platform = topology.getPlatform();
        Feature feature = null;
        for (Feature candidate : platform.getFeatures()) {
            if (DUAL_FORKING_FEATURE.equals(candidate.getName())) {
                feature = candidate;
            }
        }
        if (feature == null) {
            addIssue("Platform '" + platform.getName() + "' does not offer dual forking (it declares no feature " + DUAL_FORKING_FEATURE + ")",
                    dualForking, null, DialscapeIssueCodes.FEATURE_PREREQUISITE);
            return;
        }
        for (Requirement requirement : feature.getRequirements()) {
            Product product = requirement.getProduct();
            if (!resolved(product)) {
                continue;
            }
            List<EObject> candidates = new ArrayList<>();
            if (resolved(dualForking.getPbx()) && dualForking.getPbx().getProduct() == product) {
                candidates.add(dualForking.getPbx());
            } else if (resolved(dualForking.getGateway()) && dualForking.getGateway().getProduct() == product) {
                candidates.add(dualForking.getGateway());
            } else {
                for (EObject member : topology.getMembers()) {
                    if (productOf(member) == product) {
                        candidates.add(member);
                    }
                }
            }
            String needed = product.getLabel() + " " + requirement.getVersion() + " or later";
            if (candidates.isEmpty()) {
                addIssue(feature.getLabel() + " needs " + needed + ", and topology '" + topology.getName() + "' has no "
                        + product.getLabel(), dualForking, null, DialscapeIssueCodes.FEATURE_PREREQUISITE);
                continue;
            }
            EObject newest = null;
            for (EObject candidate : candidates) {
                if (newest == null || VersionOrder.compare(versionOf(candidate), versionOf(newest)) > 0) {
                    newest = candidate;
                }
            }
            if (newest == null || nameOf(newest) == null) {
                continue; // an element the parser could not complete already has its syntax error
            }
            if (VersionOrder.compare(versionOf(newest), requirement.getVersion()) < 0) {
                addIssue(feature.getLabel() + " needs " + needed + ": '" + nameOf(newest) + "' runs " + versionOf(newest)
                        + " " + Locations.where(newest, dualForking), dualForking, null, DialscapeIssueCodes.FEATURE_PREREQUISITE);
            }
        }
    }

    private static Product productOf(EObject member) {
        return switch (member) {
            case Pbx p -> p.getProduct();
            case Gateway g -> g.getProduct();
            case Appliance a -> a.getProduct();
            default -> null;
        };
    }

    private static String versionOf(EObject member) {
        String version = switch (member) {
            case Pbx p -> p.getVersion();
            case Gateway g -> g.getVersion();
            case Appliance a -> a.getVersion();
            default -> null;
        };
        return version == null ? "" : version;
    }

    private static String nameOf(EObject member) {
        if (member == null || member.eIsProxy()) {
            return null;
        }
        return switch (member) {
            case Pbx p -> p.getName();
            case Gateway g -> g.getName();
            case Appliance a -> a.getName();
            default -> null;
        };
    }

    private static boolean holds(Server server, String roleName) {
        for (Role role : server.getRoles()) {
            if (resolved(role) && roleName.equals(role.getName())) {
                return true;
            }
        }
        return false;
    }

}
