package io.dialscape.dsl.ui.editor;

import com.google.inject.Injector;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.DialscapeUiPlugin;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProjectModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist for the Generic Editor, made of the calls the Xtext language server makes:
 * a {@link ContentAssistContextFactory} per request, {@link IdeContentProposalProvider}
 * and {@link IdeContentProposalAcceptor}, over the editor's text parsed with the library
 * and the project's other models (so a server's roles are those of its topology's platform).
 */
public class DialscapeContentAssistProcessor implements IContentAssistProcessor {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "Dialscape content assist");
        thread.setDaemon(true);
        return thread;
    });

    private String errorMessage;

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        errorMessage = null;
        try {
            Point selection = viewer.getSelectedRange();
            return proposals(viewer.getDocument(), offset, selection == null ? 0 : selection.y).toArray(ICompletionProposal[]::new);
        } catch (RuntimeException e) {
            errorMessage = "Dialscape content assist failed: " + e;
            DialscapeUiPlugin.log(errorMessage, e);
            return new ICompletionProposal[0];
        }
    }

    /** The proposals at the offset, in the order the ide services rank them. */
    public static List<DialscapeCompletionProposal> proposals(IDocument document, int offset, int selectionLength) {
        IFile file = ProjectModels.fileOf(document);
        String text = document.get();
        XtextResource resource = ModelChecker.parse(file, text);
        Injector injector = DialscapeInjector.get();
        ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, selectionLength), offset, resource);
        IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
        injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
        List<DialscapeCompletionProposal> result = new ArrayList<>();
        for (ContentAssistEntry entry : acceptor.getEntries()) {
            String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
            String proposal = entry.getProposal();
            if (proposal == null || !proposal.regionMatches(true, 0, prefix, 0, prefix.length())) {
                continue;
            }
            // while a word is being typed, only what completes it (not what could follow it)
            if (prefix.isEmpty() && offset > 0 && isWordPart(text.charAt(offset - 1))) {
                continue;
            }
            int start = Math.max(0, offset - prefix.length());
            result.add(new DialscapeCompletionProposal(entry.getProposal(), start, offset - start, entry.getLabel(), entry.getDescription()));
        }
        return result;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return null; // Ctrl+Space only: a list after every space gets in the way
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
