package io.dialscape.dsl.validation;

import static io.dialscape.dsl.dialscape.DialscapePackage.Literals.*;

import com.google.inject.Inject;
import io.dialscape.dsl.dialscape.Element;
import io.dialscape.dsl.dialscape.Feature;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** {@code name.duplicate}: the namespaces of LANGUAGE.md section 1. */
public class NameValidator extends AbstractDialscapeCheck {

    @Inject
    private ResourceDescriptionsProvider descriptionsProvider;

    @Inject
    private IQualifiedNameProvider names;

    /** Top-level elements share one namespace across every file validated together and the bundled library. */
    @Check
    public void checkTopLevelNameUnique(Element element) {
        QualifiedName name = names.getFullyQualifiedName(element);
        if (name == null || element.eResource() == null) {
            return;
        }
        IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(element.eResource());
        EObject first = null;
        int count = 0;
        for (IEObjectDescription description : index.getExportedObjects(EcorePackage.Literals.EOBJECT, name, false)) {
            count++;
            EObject other = description.getEObjectOrProxy();
            if (other.eIsProxy()) {
                other = element.eResource().getResourceSet().getEObject(description.getEObjectURI(), true);
            }
            if (other != null && other != element && first == null) {
                first = other;
            }
        }
        if (count > 1 && first != null) {
            addIssue("Name '" + name + "' is defined more than once: " + kind(first) + " '" + name + "' "
                    + Locations.where(first, element) + " has it too",
                    element, nameFeature(element), DialscapeIssueCodes.NAME_DUPLICATE);
        }
    }

    /**
     * The equipment of a topology (sites, pools, servers, PBXs, appliances, gateways) shares one flat
     * namespace; its PSTN usages, routes, voice policies and user groups are four more, as in Lync and Teams,
     * where a usage and its route are often named alike.
     */
    @Check
    public void checkTopologyMemberNamesUnique(Topology topology) {
        Map<String, List<EObject>> namespaces = new java.util.LinkedHashMap<>();
        for (EObject object : EcoreUtil2.eAllContentsAsList(topology)) {
            if (nameFeature(object) != null) {
                String type = object.eClass().getName();
                String namespace = switch (type) {
                    case "Usage", "Route", "Policy", "Users" -> type;
                    default -> "equipment";
                };
                namespaces.computeIfAbsent(namespace, k -> new ArrayList<>()).add(object);
            }
        }
        for (List<EObject> namespace : namespaces.values()) {
            reportDuplicates(namespace);
        }
    }

    /** Roles of a platform, and its features, are each one namespace. */
    @Check
    public void checkPlatformNamesUnique(Platform platform) {
        reportDuplicates(new ArrayList<EObject>(platform.getRoles()));
        reportDuplicates(new ArrayList<EObject>(platform.getFeatures()));
    }

    private void reportDuplicates(List<EObject> objects) {
        Map<String, EObject> seen = new HashMap<>();
        for (EObject object : objects) {
            EStructuralFeature feature = nameFeature(object);
            Object value = object.eGet(feature);
            if (!(value instanceof String name) || name.isEmpty()) {
                continue;
            }
            EObject earlier = seen.putIfAbsent(name, object);
            if (earlier != null) {
                addIssue("Name '" + name + "' is defined more than once: " + kind(earlier) + " '" + name + "' "
                        + Locations.where(earlier, object) + " has it too",
                        object, feature, DialscapeIssueCodes.NAME_DUPLICATE);
            }
        }
    }

    private static EStructuralFeature nameFeature(EObject object) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
        return feature != null && feature.getEType() == EcorePackage.Literals.ESTRING ? feature : null;
    }

    static String kind(EObject object) {
        if (object instanceof Role) {
            return "role";
        }
        if (object instanceof Feature) {
            return "feature";
        }
        String type = object.eClass().getName();
        return switch (type) {
            case "DigitTable" -> "digit table";
            case "Normalization" -> "normalization table";
            case "Pbx" -> "PBX";
            case "Usage" -> "PSTN usage";
            case "Policy" -> "voice policy";
            case "Users" -> "user group";
            default -> type.toLowerCase();
        };
    }
}
