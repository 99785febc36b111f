package io.dialscape.diagram.ui;

import io.dialscape.diagram.Diagram;
import java.util.List;
import org.eclipse.core.resources.IFile;

/**
 * What the view shows for one editor: the diagrams of the model's topologies, or a sentence saying why there are
 * none. A stale picture is the last one drawn from text without syntax errors, shown faded with its sentence
 * while the text has some.
 *
 * @param file     the model, or {@code null} when no model editor is active
 * @param diagrams the topologies' diagrams, in model order (empty for an empty state)
 * @param stale    whether the diagrams are of older text (the current text has syntax errors)
 * @param message  the sentence shown: the empty state's, or the stale picture's banner; {@code null} for none
 */
record Picture(IFile file, List<Diagram> diagrams, boolean stale, String message) {

    static Picture noEditor() {
        return new Picture(null, List.of(), false, "Open a Dialscape model (.ucm) in an editor to see its topology here.");
    }

    static Picture drawing(IFile file) {
        return new Picture(file, List.of(), false, "Drawing the topology of '" + file.getName() + "'\u2026");
    }

    static Picture noTopology(IFile file) {
        return new Picture(file, List.of(), false, "'" + file.getName()
                + "' has no topology. Add one (topology NAME platform PLATFORM { site ... }) to see it drawn here.");
    }

    static Picture syntaxErrors(IFile file, List<Diagram> lastGood) {
        if (lastGood == null || lastGood.isEmpty()) {
            return new Picture(file, List.of(), false,
                    "'" + file.getName() + "' has syntax errors. Fix them to see its topology drawn here.");
        }
        return new Picture(file, lastGood, true, "'" + file.getName()
                + "' has syntax errors: this is the picture of its last text without them, greyed until they are fixed.");
    }

    static Picture of(IFile file, List<Diagram> diagrams) {
        return diagrams.isEmpty() ? noTopology(file) : new Picture(file, List.copyOf(diagrams), false, null);
    }
}
