package io.dialscape.dsl.index;

import com.google.inject.Injector;
import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.library.DialscapeLibrary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The models of one project as a long-lived editor sees them: an index of the names each file exports (Xtext's
 * resource descriptions), kept up to date file by file, and the parsed files a check needed, kept for the next one.
 * What it answers is exactly what the headless validator answers for the same texts (see docs/decisions.md,
 * "Editor at project scale"):
 * <ul>
 * <li>{@link #check}: one file's text (an editor's), validated against the other files through the index; another
 * file is loaded only when a reference into it is resolved, from the parse kept for its current text when there is
 * one (re-linked, so it resolves as if parsed now), else parsed;</li>
 * <li>{@link #build}: the files whose text changed since the last build, and the files whose results may depend on
 * them (see {@link #affected}), validated together.</li>
 * </ul>
 * The index lists the bundled library first, then the project's files in the order of their paths, as the command
 * line does for a folder: where a name is defined twice, which one a reference and a {@code name.duplicate} message
 * see depends on that order.
 * <p>
 * Thread-safe: checks and builds of one project run one at a time.
 */
public final class ProjectIndex {

    /** Where the project's files and their current texts come from (a workspace project, a folder, a test). */
    public interface Source {

        /** The project's model files, in any order. */
        List<URI> files();

        /** A value that changes whenever the file's text changes (a modification stamp); null when it cannot be read. */
        String key(URI file);

        /** The file's text; null when it cannot be read. */
        String text(URI file);
    }

    /** One validated text: its resource (in a set where the other files load when a reference needs them) and its issues. */
    public record Checked(XtextResource resource, List<Issue> issues) {
    }

    /** A build: the issues of every file validated, in index order, and the files gone from the project since the last one. */
    public record Build(Map<URI, List<Issue>> issues, Set<URI> removed) {
    }

    /** How long {@link #open} waits for a check or build of the project before it parses without the index. */
    static final long OPEN_WAIT_MILLIS = 200;

    /** Files kept parsed beside the index, least recently used dropped first. */
    public static final int CACHED_RESOURCES = 16;

    /** Order of the project's files in the index: by path, as the command line sorts a folder's files. */
    public static final Comparator<URI> ORDER = Comparator.comparing(ProjectIndex::path);

    private static final List<Consumer<URI>> PARSE_LISTENERS = new CopyOnWriteArrayList<>();

    private final Injector injector;
    private final Source source;
    private final SharedLibrary library;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<URI, Entry> entries = new HashMap<>();
    private final Map<URI, Cached> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
            return size() > CACHED_RESOURCES;
        }
    };

    /** What the index knows of one file. */
    private static final class Entry {
        /** Key of the text described; null when the file is gone or unreadable. */
        String key;
        IResourceDescription description;
        Set<QualifiedName> names = Set.of();
        /** Key and names as of the last build that validated the file (null: never built). */
        String builtKey;
        Set<QualifiedName> builtNames = Set.of();
        /** Names the file looked up and the files its references reached, at its last validation by a build (null: unknown). */
        Set<QualifiedName> imports;
        Set<URI> references;
    }

    private record Cached(String key, XtextResource resource) {
    }

    public ProjectIndex(Injector injector, Source source) {
        this.injector = injector;
        this.source = source;
        this.library = SharedLibrary.of(injector);
    }

    /** Tells the listener the URI of every model text parsed by any index from now on (tests count parses). */
    public static void addParseListener(Consumer<URI> listener) {
        PARSE_LISTENERS.add(listener);
    }

    public static void removeParseListener(Consumer<URI> listener) {
        PARSE_LISTENERS.remove(listener);
    }

    /**
     * Validates a text as the file's content against the project's other files (as the index and the files' current
     * texts have them): what an editor shows for unsaved text. Parses the text, and another file only when a reference
     * needs it and no parse of its current text is kept.
     */
    public Checked check(URI file, String text, CancelIndicator cancel) {
        lock.lock();
        CheckSet set = null;
        try {
            set = newSet(true);
            set.files(refresh(file, false, set));
            XtextResource resource = parse(set, file, text);
            install(set, file, exported(resource));
            return new Checked(resource, ModelSet.validate(resource, cancel));
        } finally {
            if (set != null) {
                set.open = false;
            }
            lock.unlock();
        }
    }

    /**
     * The text parsed as the file's content, with the index of the project, not validated (hovers, content assist,
     * quick fixes): other files load when a reference needs them, parsed apart from the index's own.
     */
    public XtextResource open(URI file, String text) {
        boolean locked;
        try {
            locked = lock.tryLock(OPEN_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            return openWithoutIndex(file, text);
        }
        try {
            CheckSet set = newSet(false);
            set.files(refresh(file, false, set));
            XtextResource resource = parse(set, file, text);
            install(set, file, exported(resource));
            return resource;
        } finally {
            lock.unlock();
        }
    }

    /**
     * While a build holds the index (a full build takes seconds), a hover or content assist on the UI thread does not
     * wait for it: the text is parsed with every other file of the project, as the editor did before the index.
     */
    private XtextResource openWithoutIndex(URI file, String text) {
        XtextResourceSet set = ModelSet.newResourceSet(injector);
        List<URI> files = new ArrayList<>(source.files());
        files.sort(ORDER);
        for (URI uri : files) {
            String other = uri.equals(file) ? null : source.text(uri);
            if (other != null) {
                parse(set, uri, other);
            }
        }
        return parse(set, file, text);
    }

    /**
     * Validates what may have changed since the last build: every file whose text changed (or that is new), and every
     * file whose results may depend on one of them ({@link #affected}); with {@code full}, every file.
     *
     * @param changed files known to have changed (a resource delta), re-read even if their key looks the same
     */
    public Build build(Set<URI> changed, boolean full, CancelIndicator cancel) {
        lock.lock();
        try {
            for (URI uri : changed) {
                Entry entry = entries.get(uri);
                if (entry != null) {
                    entry.key = null;
                }
                cache.remove(uri);
            }
            CheckSet set = newSet(true);
            List<URI> files = refresh(null, true, set);
            set.files(files);
            Set<URI> present = new HashSet<>(files);
            Set<URI> changedFiles = new LinkedHashSet<>();
            for (Map.Entry<URI, Entry> e : entries.entrySet()) {
                if (full || !Objects.equals(e.getValue().key, e.getValue().builtKey)) {
                    changedFiles.add(e.getKey());
                }
            }
            Set<URI> toValidate = full ? new HashSet<>(files) : affected(changedFiles, present);
            try {
                install(set, null, null);
                Map<URI, XtextResource> resources = new LinkedHashMap<>();
                for (URI uri : files) {
                    if (toValidate.contains(uri)) {
                        resources.put(uri, take(set, uri));
                    }
                }
                Map<URI, List<Issue>> issues = new LinkedHashMap<>();
                for (Map.Entry<URI, XtextResource> e : resources.entrySet()) {
                    if (cancel.isCanceled()) {
                        return new Build(issues, Set.of());
                    }
                    XtextResource resource = e.getValue();
                    issues.put(e.getKey(), ModelSet.validate(resource, cancel));
                    EcoreUtil2.resolveLazyCrossReferences(resource, cancel);
                    Entry entry = entries.get(e.getKey());
                    entry.imports = imports(resource);
                    entry.references = references(resource);
                }
                if (cancel.isCanceled()) {
                    return new Build(issues, Set.of());
                }
                entries.values().removeIf(entry -> entry.key == null && entry.builtKey == null);
                Set<URI> removed = new LinkedHashSet<>();
                for (URI uri : changedFiles) {
                    Entry entry = entries.get(uri);
                    if (!present.contains(uri)) {
                        entries.remove(uri);
                        removed.add(uri);
                    } else {
                        entry.builtKey = entry.key;
                        entry.builtNames = entry.names;
                    }
                }
                return new Build(issues, removed);
            } finally {
                set.open = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The files whose results may differ after the given files changed. Validation reads more than names: a route's
     * gateway, a tested table's rules, the lines of the other definition of a duplicate name. So a file is affected when
     * <ul>
     * <li>its references reach a changed file, directly or through other files' references (their contents are read);</li>
     * <li>it, or a file its references reach, looked up a name a changed file exports or exported (the lookup may
     * resolve elsewhere now, or resolve where it did not);</li>
     * <li>it exports a name a changed file exports or exported (a {@code name.duplicate} message names the other
     * definition's file and line);</li>
     * <li>it has never been validated by a build (what it depends on is not known).</li>
     * </ul>
     */
    private Set<URI> affected(Set<URI> changedFiles, Set<URI> present) {
        Set<QualifiedName> changedNames = new HashSet<>();
        for (URI uri : changedFiles) {
            Entry entry = entries.get(uri);
            changedNames.addAll(entry.builtNames);
            changedNames.addAll(entry.names);
        }
        Map<URI, List<URI>> referencedBy = new HashMap<>();
        Deque<URI> work = new ArrayDeque<>();
        Set<URI> affected = new HashSet<>();
        for (Map.Entry<URI, Entry> e : entries.entrySet()) {
            URI uri = e.getKey();
            Entry entry = e.getValue();
            if (entry.references != null) {
                for (URI target : entry.references) {
                    referencedBy.computeIfAbsent(target, t -> new ArrayList<>()).add(uri);
                }
            }
            if (changedFiles.contains(uri) || entry.imports == null || intersects(entry.imports, changedNames)) {
                work.add(uri);
            } else if (intersects(entry.names, changedNames)) {
                affected.add(uri);
            }
        }
        while (!work.isEmpty()) {
            URI uri = work.poll();
            if (affected.add(uri)) {
                for (URI dependent : referencedBy.getOrDefault(uri, List.of())) {
                    if (!affected.contains(dependent)) {
                        work.add(dependent);
                    }
                }
            }
        }
        affected.retainAll(present);
        return affected;
    }

    private static boolean intersects(Set<QualifiedName> a, Set<QualifiedName> b) {
        Set<QualifiedName> small = a.size() <= b.size() ? a : b;
        Set<QualifiedName> large = small == a ? b : a;
        for (QualifiedName name : small) {
            if (large.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Brings the index up to the source's files and keys: a file whose key changed is described again (parsed, once).
     * The file being checked is left alone (its text is the caller's). A file parsed to be described is parsed into
     * {@code into}, the set of the check that follows, so it is not parsed twice. Returns the readable files in index
     * order.
     */
    private List<URI> refresh(URI skip, boolean keepGone, CheckSet into) {
        List<URI> files = new ArrayList<>(new LinkedHashSet<>(source.files()));
        if (skip != null && !files.contains(skip)) {
            files.add(skip);
        }
        files.sort(ORDER);
        Set<URI> present = new HashSet<>(files);
        for (Iterator<Map.Entry<URI, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
            Map.Entry<URI, Entry> e = it.next();
            if (!present.contains(e.getKey())) {
                cache.remove(e.getKey());
                if (e.getValue().builtKey == null && !keepGone) {
                    it.remove();
                } else {
                    forget(e.getValue());
                }
            }
        }
        List<URI> readable = new ArrayList<>();
        for (URI uri : files) {
            if (uri.equals(skip)) {
                readable.add(uri);
                continue;
            }
            Entry entry = entries.computeIfAbsent(uri, u -> new Entry());
            String key = source.key(uri);
            if (key != null && !key.equals(entry.key)) {
                describe(uri, key, entry, into);
            } else if (key == null) {
                forget(entry);
                cache.remove(uri);
            }
            if (entry.key != null) {
                readable.add(uri);
            }
        }
        return readable;
    }

    private void forget(Entry entry) {
        entry.key = null;
        entry.description = null;
        entry.names = Set.of();
    }

    private void describe(URI uri, String key, Entry entry, CheckSet into) {
        Cached cached = cache.get(uri);
        XtextResource resource;
        if (cached != null && cached.key().equals(key)) {
            resource = cached.resource();
        } else {
            String text = source.text(uri);
            if (text == null) {
                forget(entry);
                cache.remove(uri);
                return;
            }
            resource = parse(into, uri, text);
            cache.put(uri, new Cached(key, resource));
        }
        entry.key = key;
        entry.description = exported(resource);
        entry.names = names(entry.description);
    }

    /** Installs the index: the library, then the project's files in order, the checked file with its own description. */
    private void install(CheckSet set, URI file, IResourceDescription own) {
        List<IResourceDescription> descriptions = new ArrayList<>(library.descriptions());
        for (URI uri : set.files) {
            if (uri.equals(file)) {
                descriptions.add(own);
            } else {
                Entry entry = entries.get(uri);
                if (entry != null && entry.description != null) {
                    descriptions.add(entry.description);
                }
            }
        }
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, new ResourceDescriptionsData(descriptions));
    }

    /** The parse kept for the file's current text, moved into the set and linked anew; else the file parsed into it. */
    private XtextResource take(CheckSet set, URI uri) {
        if (set.getResource(uri, false) instanceof XtextResource parsed) {
            return parsed; // parsed into this set by refresh: linked against this set's index from the start
        }
        Entry entry = entries.get(uri);
        Cached cached = cache.get(uri);
        if (cached != null && entry != null && cached.key().equals(entry.key) && cached.resource().getResourceSet() != set) {
            XtextResource resource = cached.resource();
            set.getResources().add(resource);
            resource.relink();
            return resource;
        }
        String text = source.text(uri);
        XtextResource resource = parse(set, uri, text == null ? "" : text);
        if (entry != null && entry.key != null) {
            cache.put(uri, new Cached(entry.key, resource));
        }
        return resource;
    }

    private XtextResource parse(XtextResourceSet set, URI uri, String text) {
        XtextResource resource = ModelSet.load(set, uri, text);
        for (Consumer<URI> listener : PARSE_LISTENERS) {
            listener.accept(uri);
        }
        return resource;
    }

    private CheckSet newSet(boolean useCache) {
        CheckSet set = new CheckSet(useCache);
        injector.injectMembers(set);
        set.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.FALSE);
        return set;
    }

    /**
     * A set for one check or build: the library comes from {@link SharedLibrary}, a project file from the index's kept
     * parses while the check runs ({@code open}); afterwards (a hover reading the checked resource, say) a file a
     * reference needs is parsed into the set on its own.
     */
    private final class CheckSet extends XtextResourceSet {
        volatile List<URI> files = List.of();
        volatile Set<URI> fileSet = Set.of();
        volatile boolean open;

        CheckSet(boolean open) {
            this.open = open;
        }

        /** The project's files this set's index lists, in order (set before anything is linked). */
        void files(List<URI> ordered) {
            files = List.copyOf(ordered);
            fileSet = Set.copyOf(ordered);
        }

        @Override
        protected Resource delegatedGetResource(URI uri, boolean loadOnDemand) {
            if (DialscapeLibrary.isLibrary(uri)) {
                Resource resource = library.resource(uri);
                if (resource != null) {
                    return resource;
                }
            }
            if (loadOnDemand && fileSet.contains(uri)) {
                if (open && lock.isHeldByCurrentThread()) {
                    return take(this, uri);
                }
                String text = source.text(uri);
                if (text != null) {
                    return parse(this, uri, text);
                }
            }
            return super.delegatedGetResource(uri, loadOnDemand);
        }
    }

    /** The names a resource exports, detached from it. */
    static IResourceDescription exported(XtextResource resource) {
        IResourceDescription description = resource.getResourceServiceProvider().getResourceDescriptionManager()
                .getResourceDescription(resource);
        List<SerializableEObjectDescription> objects = new ArrayList<>();
        for (IEObjectDescription object : description.getExportedObjects()) {
            SerializableEObjectDescription copy = new SerializableEObjectDescription();
            copy.setEObjectURI(object.getEObjectURI());
            copy.setQualifiedName(object.getQualifiedName());
            copy.setEClass(object.getEClass());
            HashMap<String, String> data = new HashMap<>();
            for (String key : object.getUserDataKeys()) {
                data.put(key, object.getUserData(key));
            }
            copy.setUserData(data);
            objects.add(copy);
        }
        SerializableResourceDescription result = new SerializableResourceDescription();
        result.setURI(resource.getURI());
        result.setDescriptions(objects);
        result.setReferences(List.of());
        result.setImportedNames(List.of());
        return result;
    }

    private static Set<QualifiedName> names(IResourceDescription description) {
        Set<QualifiedName> names = new HashSet<>();
        for (IEObjectDescription object : description.getExportedObjects()) {
            names.add(object.getQualifiedName().toLowerCase());
        }
        return names;
    }

    /** Every name the resource's linking looked up (lower case, as Xtext records them). */
    private static Set<QualifiedName> imports(XtextResource resource) {
        ImportedNamesAdapter adapter = ImportedNamesAdapter.find(resource);
        return adapter == null ? Set.of() : Set.copyOf(adapter.getImportedNames());
    }

    /** The other project files the resource's resolved references point into (the library never changes). */
    private static Set<URI> references(XtextResource resource) {
        Set<URI> targets = new HashSet<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
                    continue;
                }
                Object value = object.eGet(reference, false);
                if (value instanceof List<?> list) {
                    for (Object target : list) {
                        addTarget(resource, target, targets);
                    }
                } else {
                    addTarget(resource, value, targets);
                }
            }
        }
        return Set.copyOf(targets);
    }

    private static void addTarget(Resource from, Object value, Set<URI> targets) {
        if (value instanceof EObject target && !target.eIsProxy()) {
            Resource resource = target.eResource();
            if (resource != null && resource != from && !DialscapeLibrary.isLibrary(resource.getURI())) {
                targets.add(resource.getURI());
            }
        }
    }

    private static String path(URI uri) {
        if (uri.isPlatform()) {
            return uri.toPlatformString(true);
        }
        if (uri.isFile()) {
            return uri.toFileString();
        }
        return uri.toString();
    }
}
