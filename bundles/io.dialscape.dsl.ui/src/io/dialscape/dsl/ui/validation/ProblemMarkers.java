package io.dialscape.dsl.ui.validation;

import io.dialscape.dsl.ui.DialscapeUiPlugin;
import io.dialscape.dsl.validation.DiagnosticCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Dialscape's problem markers: type {@value #TYPE} (a problem marker, so they show in the
 * Problems view and as editor annotations), with the diagnostic code in attribute
 * {@value #CODE} and the issue's data (what quick fixes need) in {@value #DATA}.
 *
 * <p>Every validation of a file takes a stamp first; markers are only written for the newest
 * stamp, so a slow validation of old text never overwrites the result of a newer one.
 */
public final class ProblemMarkers {

    public static final String TYPE = "io.dialscape.dsl.ui.problem";
    public static final String CODE = "code";
    public static final String DATA = "data";
    /** Separates the entries of {@link #DATA}; URI fragments and names never contain it. */
    public static final String DATA_SEPARATOR = "\n";

    private static final Map<IFile, AtomicLong> STAMPS = new ConcurrentHashMap<>();
    private static final Map<IFile, ISchedulingRule> RULES = new ConcurrentHashMap<>();

    private ProblemMarkers() {
    }

    /** A new stamp for a validation of the file that starts now. */
    public static long nextStamp(IFile file) {
        return STAMPS.computeIfAbsent(file, f -> new AtomicLong()).incrementAndGet();
    }

    private static boolean isLatest(IFile file, long stamp) {
        AtomicLong latest = STAMPS.get(file);
        return latest == null || latest.get() == stamp;
    }

    /** Replaces the file's markers in a workspace job, unless a newer validation has started meanwhile. */
    public static WorkspaceJob schedule(IFile file, List<Issue> issues, long stamp) {
        WorkspaceJob job = new WorkspaceJob("Updating Dialscape problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (isLatest(file, stamp)) {
                    replace(file, issues);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProblemMarkers.class;
            }
        };
        job.setSystem(true);
        job.setRule(RULES.computeIfAbsent(file, FileRule::new));
        job.schedule();
        return job;
    }

    /** Replaces the file's markers now; the caller is in a workspace operation or a build. */
    public static void replace(IFile file, List<Issue> issues) throws CoreException {
        if (!file.exists()) {
            return;
        }
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Issue issue : issues) {
            Integer severity = severity(issue.getSeverity());
            if (severity == null) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, issue.getMessage());
            attributes.put(IMarker.SEVERITY, severity);
            attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
            if (issue.getOffset() != null && issue.getLength() != null) {
                attributes.put(IMarker.CHAR_START, issue.getOffset());
                attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
            }
            attributes.put(CODE, DiagnosticCodes.of(issue));
            if (issue.getData() != null && issue.getData().length > 0) {
                attributes.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
            }
            attributes.put(IMarker.SOURCE_ID, "Dialscape");
            file.createMarker(TYPE, attributes);
        }
    }

    /** Replaces markers of many files at once (the builder). */
    public static void replaceAll(Map<IFile, List<Issue>> issues) {
        issues.forEach((file, fileIssues) -> {
            nextStamp(file);
            try {
                replace(file, fileIssues);
            } catch (CoreException e) {
                DialscapeUiPlugin.log("Cannot write the problems of " + file.getFullPath(), e);
            }
        });
    }

    private static Integer severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
            case IGNORE -> null;
        };
    }

    public static String code(IMarker marker) {
        return marker.getAttribute(CODE, "");
    }

    public static String[] data(IMarker marker) {
        String data = marker.getAttribute(DATA, "");
        return data.isEmpty() ? new String[0] : data.split(DATA_SEPARATOR);
    }

    /** Serializes the marker jobs of one file, and nothing else. */
    private record FileRule(IFile file) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }
}
