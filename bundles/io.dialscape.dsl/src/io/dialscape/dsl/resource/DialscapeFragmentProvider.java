package io.dialscape.dsl.resource;

import java.util.IdentityHashMap;
import java.util.List;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * URI fragments exactly as EMF writes them ({@code //@elements.0/@rules.12345}), with the position of an element in a
 * long list found in constant time. EMF finds it with {@code indexOf}, and every diagnostic carries the URI of its
 * element: on a table of 100,000 rules with tens of thousands of findings that was a quadratic walk and most of the
 * validation's time. Positions are remembered per container ({@link Positions}, forgotten on any change of it) and
 * checked before use, so a stale one is never returned. A fragment is its container's and one segment, as EMF builds it,
 * but as plain strings: EMF interns every intermediate segment sequence in a global pool.
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
        InternalEObject internal = (InternalEObject) object;
        EObject container = internal.eInternalContainer();
        // not contained, a resource's root (possibly of another resource than its container's), or a proxy: EMF's way
        if (container == null || internal.eDirectResource() != null || object.eIsProxy()) {
            return fallback.getFragment(object);
        }
        EReference reference = object.eContainmentFeature();
        if (reference == null || !reference.isMany() || !reference.getEKeys().isEmpty()
                || object.eClass().getEIDAttribute() != null) {
            return fallback.getFragment(object);
        }
        // without a resource of its own, the object is in its container's resource; none while unloading or detached
        Resource resource = object.eResource();
        if (resource == null) {
            return fallback.getFragment(object);
        }
        List<?> list = (List<?>) container.eGet(reference, false);
        int index = list.size() < LONG_LIST ? list.indexOf(object) : Positions.of(container).indexOf(reference, list, object);
        if (index < 0) {
            return fallback.getFragment(object);
        }
        // EMF's fragment is the container's followed by this segment (ResourceImpl.getURIFragment, eURIFragmentSegment),
        // made here without EMF's interning of every intermediate segment sequence
        return resource.getURIFragment(container) + "/@" + reference.getName() + "." + index;
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
