package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.dialscape.TestCase;
import io.dialscape.dsl.ui.validation.ProblemMarkers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/** The quick fixes on digit and normalization rules and on tests. */
public final class RuleFixes {

    private RuleFixes() {
    }

    private abstract static class Fix extends DocumentFix {
        Fix(String label, String description) {
            super(label, description);
        }
    }

    /** rule.duplicate, rule.redundant, rule.shadowed: delete the rule (its lines, when it has them to itself). */
    public static final class DeleteRule extends Fix {
        public DeleteRule(String label) {
            super(label, "Removes the rule; no number is handled differently, since the rule never applies or repeats another");
        }

        @Override
        void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws org.eclipse.jface.text.BadLocationException {
            EObject rule = new RuleLocator(file, document).ruleAt(start);
            RuleLocator.Span span = rule == null ? null : RuleLocator.span(rule);
            if (span == null) {
                return;
            }
            IRegion region = ModelEdit.wholeLines(document, span.offset(), span.end());
            document.replace(region.getOffset(), region.getLength(), "");
        }
    }

    /** rule.shadowed: move the rule above the first rule that shadows it (the issue data names them). */
    public static final class MoveRuleAbove extends Fix {
        public MoveRuleAbove() {
            super("Move the rule above the rules that shadow it",
                    "The rule then applies to the numbers it is written for; every other number is handled as before");
        }

        @Override
        void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws org.eclipse.jface.text.BadLocationException {
            RuleLocator locator = new RuleLocator(file, document);
            EObject rule = locator.ruleAt(start);
            RuleLocator.Span span = rule == null ? null : RuleLocator.span(rule);
            if (span == null) {
                return;
            }
            RuleLocator.Span earliest = null;
            for (String fragment : ProblemMarkers.data(marker)) {
                EObject other = locator.byFragment(fragment);
                RuleLocator.Span otherSpan = other == null || other == rule ? null : RuleLocator.span(other);
                if (otherSpan != null && otherSpan.offset() < span.offset() && (earliest == null || otherSpan.offset() < earliest.offset())) {
                    earliest = otherSpan;
                }
            }
            if (earliest == null) {
                return;
            }
            String ruleText = document.get(span.offset(), span.end() - span.offset());
            IRegion removed = ModelEdit.wholeLines(document, span.offset(), span.end());
            // the rule's own trailing comment travels with it
            String carried = ruleText;
            if (removed.getOffset() + removed.getLength() > span.end()) {
                String rest = document.get(span.end(), removed.getOffset() + removed.getLength() - span.end()).stripTrailing();
                carried = ruleText + rest;
            }
            String indent = ModelEdit.indentationOfLine(document, earliest.offset());
            String delimiter = ModelEdit.lineDelimiter(document);
            document.replace(removed.getOffset(), removed.getLength(), "");
            document.replace(earliest.offset(), 0, carried + delimiter + indent);
        }
    }

    /** rule.flag-direction: remove the flag that does not apply to the table's direction. */
    public static final class RemoveFlag extends Fix {
        public RemoveFlag() {
            super("Remove the flag", "The flag has no effect in this direction; removing it changes nothing");
        }

        @Override
        void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws org.eclipse.jface.text.BadLocationException {
            String flag = document.get(start, end - start);
            if (!flag.equals("add-plus") && !flag.equals("ignore-ars")) {
                return;
            }
            int from = start;
            while (from > 0 && (document.getChar(from - 1) == ' ' || document.getChar(from - 1) == '\t')) {
                from--;
            }
            document.replace(from, end - from, "");
        }
    }

    /** test.failed: make the expectation the table's actual result. */
    public static final class UpdateExpectation extends Fix {
        private static final Pattern GIVES = Pattern.compile("gives '([^']*)'");

        public UpdateExpectation() {
            super("Expect the actual result", "Changes the test's expectation to what the table gives");
        }

        @Override
        void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws org.eclipse.jface.text.BadLocationException {
            String message = marker.getAttribute(IMarker.MESSAGE, "");
            String replacement;
            Matcher matcher = GIVES.matcher(message);
            if (matcher.find()) {
                replacement = "\"" + matcher.group(1) + "\"";
            } else if (message.contains("gives none")) {
                replacement = "none";
            } else {
                return;
            }
            replaceAfterArrow(file, document, start, replacement);
        }
    }

    /** call.failed: make the call case expect the actual outcome (the validator puts it in the issue data). */
    public static final class UpdateCallExpectation extends Fix {

        public UpdateCallExpectation() {
            super("Expect the actual outcome", "Changes the call case's expectation to what the call actually does");
        }

        @Override
        void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws org.eclipse.jface.text.BadLocationException {
            String[] data = io.dialscape.dsl.ui.validation.ProblemMarkers.data(marker);
            if (data.length == 1) {
                replaceAfterArrow(file, document, start, data[0]);
            }
        }
    }

    /** Replaces everything after the {@code ->} of the test case at {@code start} with {@code replacement}. */
    private static void replaceAfterArrow(IFile file, IDocument document, int start, String replacement)
            throws org.eclipse.jface.text.BadLocationException {
        TestCase testCase = new RuleLocator(file, document).testCaseAt(start);
        RuleLocator.Span span = testCase == null ? null : RuleLocator.span(testCase);
        if (span == null) {
            return;
        }
        String text = document.get(span.offset(), span.end() - span.offset());
        int arrow = text.indexOf("->");
        if (arrow < 0) {
            return;
        }
        document.replace(span.offset() + arrow, text.length() - arrow, "-> " + replacement);
    }
}
