package io.dialscape.dsl.ui.validation;

import io.dialscape.dsl.index.ProjectIndex;
import io.dialscape.dsl.ui.DialscapeInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

/**
 * One {@link ProjectIndex} per workspace project, held in memory for the session: the index of the names its models
 * export, filled on first use (a check or a full build) and kept up to date file by file by the builder and by every
 * check. A file's text is an open editor's when it has unsaved changes, its contents on disk otherwise.
 */
public final class WorkspaceIndex {

    private static final Map<IProject, ProjectIndex> INDEXES = new ConcurrentHashMap<>();

    private WorkspaceIndex() {
    }

    /** The project's index, made on first use. */
    public static ProjectIndex of(IProject project) {
        INDEXES.keySet().removeIf(p -> !p.isAccessible());
        return INDEXES.computeIfAbsent(project, p -> new ProjectIndex(DialscapeInjector.get(), new WorkspaceSource(p)));
    }

    /** Forgets the project's index (the next use builds it from the files). */
    public static void forget(IProject project) {
        INDEXES.remove(project);
    }

    /** The workspace file of a platform resource URI. */
    public static IFile file(URI uri) {
        return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
    }

    private static String digest(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project's models and their current texts. */
    private record WorkspaceSource(IProject project) implements ProjectIndex.Source {

        @Override
        public List<URI> files() {
            List<URI> uris = new ArrayList<>();
            for (IFile file : ProjectModels.files(project)) {
                uris.add(ProjectModels.uri(file));
            }
            return uris;
        }

        @Override
        public String key(URI uri) {
            IFile file = file(uri);
            if (!file.exists()) {
                return null;
            }
            ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            if (buffer != null && buffer.isDirty()) {
                String text = buffer.getDocument().get();
                return "editor " + digest(text);
            }
            String charset;
            try {
                charset = file.getCharset();
            } catch (CoreException e) {
                charset = "?";
            }
            return "file " + file.getModificationStamp() + " " + charset;
        }

        @Override
        public String text(URI uri) {
            IFile file = file(uri);
            try {
                return file.exists() ? ProjectModels.text(file) : null;
            } catch (CoreException | RuntimeException e) {
                return null; // unreadable: not in the index, as the command line skips a file it cannot load
            }
        }
    }
}
