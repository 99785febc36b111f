package io.dialscape.dsl.resource;

import java.util.IdentityHashMap;
import java.util.List;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * URI fragments exactly as EMF writes them ({@code //@elements.0/@rules.12345}), with the position of an element in a
 * long list found in constant time. EMF finds it with {@code indexOf}, and every diagnostic carries the URI of its
 * element: on a table of 100,000 rules with tens of thousands of findings that was a quadratic walk and most of the
 * validation's time. Positions are remembered per container ({@link Positions}, forgotten on any change of it) and
 * checked before use, so a stale one is never returned.
 */
public class DialscapeFragmentProvider implements IFragmentProvider {

    /** Lists shorter than this are searched as EMF does. */
    static final int LONG_LIST = 64;

    @Override
    public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
        return fallback.getEObject(fragment);
    }

    @Override
    public String getFragment(EObject object, Fallback fallback) {
        EObject container = object.eContainer();
        EReference reference = object.eContainmentFeature();
        if (container == null || reference == null || !reference.isMany() || !reference.getEKeys().isEmpty()
                || object.eClass().getEIDAttribute() != null || object.eIsProxy()
                || container.eResource() != object.eResource()) {
            return fallback.getFragment(object);
        }
        List<?> list = (List<?>) container.eGet(reference, false);
        if (list.size() < LONG_LIST) {
            return fallback.getFragment(object);
        }
        int index = Positions.of(container).indexOf(reference, list, object);
        if (index < 0) {
            return fallback.getFragment(object);
        }
        Resource resource = object.eResource();
        String parent = resource == null ? fallback.getFragment(container) : resource.getURIFragment(container);
        return parent + "/@" + reference.getName() + "." + index;
    }

    /** Positions of the elements of a container's long lists, dropped on any change of the container. */
    static final class Positions extends AdapterImpl {

        private final IdentityHashMap<EReference, IdentityHashMap<Object, Integer>> lists = new IdentityHashMap<>();

        static Positions of(EObject container) {
            synchronized (container) {
                Positions positions = (Positions) EcoreUtil.getExistingAdapter(container, Positions.class);
                if (positions == null) {
                    positions = new Positions();
                    container.eAdapters().add(positions);
                }
                return positions;
            }
        }

        synchronized int indexOf(EReference reference, List<?> list, Object element) {
            IdentityHashMap<Object, Integer> positions = lists.get(reference);
            Integer index = positions == null ? null : positions.get(element);
            if (index != null && index < list.size() && list.get(index) == element) {
                return index;
            }
            positions = new IdentityHashMap<>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) {
                positions.put(list.get(i), i);
            }
            lists.put(reference, positions);
            index = positions.get(element);
            return index == null ? -1 : index;
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                synchronized (this) {
                    lists.clear();
                }
            }
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Positions.class;
        }
    }
}
