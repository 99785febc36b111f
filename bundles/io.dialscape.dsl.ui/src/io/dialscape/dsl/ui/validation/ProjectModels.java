package io.dialscape.dsl.ui.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * The .ucm files of a project and their current text: an open editor's unsaved text when
 * there is one (so the builder and the editor agree), the file on disk otherwise.
 */
public final class ProjectModels {

    public static final String EXTENSION = "ucm";

    private ProjectModels() {
    }

    public static boolean isModel(IResource resource) {
        return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
    }

    /** Every .ucm file of the project, skipping derived and hidden folders (build output, .settings). */
    public static List<IFile> files(IProject project) {
        List<IFile> files = new ArrayList<>();
        if (project == null || !project.isAccessible()) {
            return files;
        }
        try {
            collect(project, files);
        } catch (CoreException e) {
            // a folder that vanished while we looked: the next build sees the new state
        }
        return files;
    }

    private static void collect(IContainer container, List<IFile> files) throws CoreException {
        for (IResource member : container.members()) {
            if (member.isDerived() || member.getName().startsWith(".")) {
                continue;
            }
            if (member instanceof IContainer folder) {
                collect(folder, files);
            } else if (isModel(member)) {
                files.add((IFile) member);
            }
        }
    }

    /** The text an editor shows for the file, or the file's contents. */
    public static String text(IFile file) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        if (buffer != null) {
            return buffer.getDocument().get();
        }
        Charset charset;
        try {
            charset = Charset.forName(file.getCharset());
        } catch (RuntimeException e) {
            charset = StandardCharsets.UTF_8;
        }
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + file.getFullPath(), e));
        }
    }

    /** The workspace file an editor's document belongs to, or null (a file outside the workspace). */
    public static IFile fileOf(IDocument document) {
        if (document == null) {
            return null;
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null) {
            return null;
        }
        IPath location = buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file.getProject().isAccessible() ? file : null;
    }

    public static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }
}
