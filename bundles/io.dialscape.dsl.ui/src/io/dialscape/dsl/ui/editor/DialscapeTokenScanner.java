package io.dialscape.dsl.ui.editor;

import io.dialscape.dsl.parser.antlr.internal.InternalDialscapeLexer;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Syntax highlighting straight from the language's generated ANTLR lexer, so it always
 * agrees with the parser: keywords, strings, numbers and comments.
 */
public class DialscapeTokenScanner implements ITokenScanner {

    static final Color KEYWORD_COLOR = new Color(127, 0, 85);
    static final Color STRING_COLOR = new Color(42, 0, 255);
    static final Color COMMENT_COLOR = new Color(63, 127, 95);
    static final Color NUMBER_COLOR = new Color(125, 80, 0);

    static final IToken KEYWORD = new Token(new TextAttribute(KEYWORD_COLOR, null, SWT.BOLD));
    static final IToken STRING = new Token(new TextAttribute(STRING_COLOR));
    static final IToken COMMENT = new Token(new TextAttribute(COMMENT_COLOR));
    static final IToken NUMBER = new Token(new TextAttribute(NUMBER_COLOR));
    static final IToken PLAIN = new Token(null);

    private InternalDialscapeLexer lexer;
    private int rangeOffset;
    private int tokenOffset;
    private int tokenLength;

    @Override
    public void setRange(IDocument document, int offset, int length) {
        String text;
        try {
            text = document.get(offset, length);
        } catch (BadLocationException e) {
            text = "";
        }
        rangeOffset = offset;
        lexer = new InternalDialscapeLexer(new ANTLRStringStream(text));
    }

    @Override
    public IToken nextToken() {
        org.antlr.runtime.Token token = lexer.nextToken();
        if (token == null || token.getType() == org.antlr.runtime.Token.EOF) {
            return Token.EOF;
        }
        CommonToken common = (CommonToken) token;
        tokenOffset = rangeOffset + common.getStartIndex();
        tokenLength = common.getStopIndex() - common.getStartIndex() + 1;
        return kind(token.getType(), token.getText());
    }

    /** What a token of the lexer looks like: every token type that is not a terminal rule is a keyword or a symbol. */
    static IToken kind(int type, String text) {
        return switch (type) {
            case InternalDialscapeLexer.RULE_STRING -> STRING;
            case InternalDialscapeLexer.RULE_INT -> NUMBER;
            case InternalDialscapeLexer.RULE_SL_COMMENT, InternalDialscapeLexer.RULE_ML_COMMENT -> COMMENT;
            case InternalDialscapeLexer.RULE_ID, InternalDialscapeLexer.RULE_WS, InternalDialscapeLexer.RULE_ANY_OTHER -> PLAIN;
            default -> text != null && !text.isEmpty() && Character.isLetter(text.charAt(0)) ? KEYWORD : PLAIN;
        };
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
