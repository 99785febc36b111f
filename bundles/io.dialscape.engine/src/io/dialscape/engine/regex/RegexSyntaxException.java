package io.dialscape.engine.regex;

/**
 * A pattern that does not compile as .NET would read it, or that leaves the regular subset Dialscape
 * supports. The message is complete and user-facing (sentence case, no final period), for example
 * {@code Pattern '^(\d+$' does not compile: missing ')' for the group opened at position 2}; it is what
 * the {@code regex.invalid} diagnostic shows.
 */
public final class RegexSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int position;

    RegexSyntaxException(String pattern, int position, String message) {
        super(message);
        this.pattern = pattern;
        this.position = position;
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** 1-based position in the pattern of the offending character, or 0 when the whole pattern is at fault. */
    public int position() {
        return position;
    }
}
