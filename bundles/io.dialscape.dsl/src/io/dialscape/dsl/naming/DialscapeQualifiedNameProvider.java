package io.dialscape.dsl.naming;

import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Table;
import io.dialscape.dsl.dialscape.Topology;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Top-level elements (platforms, products, topologies, digit and normalization tables)
 * share one flat namespace across all files and the bundled library: their simple name
 * is their global name. Everything else (roles, topology members) is found through its
 * container by the scope provider and exported nowhere.
 */
public class DialscapeQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (!(object.eContainer() instanceof Model)) {
            return null;
        }
        String name = switch (object) {
            case Platform p -> p.getName();
            case Product p -> p.getName();
            case Topology t -> t.getName();
            case Table t -> t.getName();
            default -> null;
        };
        return name == null || name.isEmpty() ? null : QualifiedName.create(name);
    }
}
