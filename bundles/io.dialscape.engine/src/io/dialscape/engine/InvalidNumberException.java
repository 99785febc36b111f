package io.dialscape.engine;

/**
 * A string that is not a dialed number (LANGUAGE.md section 5.1): a character outside {@code 0-9 * #} once
 * {@code tel:}, URI parameters and visual separators are dropped, a {@code +} that is not the first
 * character, or no digits at all. The message is complete and meant for the user, for example
 * {@code '+1 (416) 55x-1234' is not a number: 'x' at position 12 is not a digit, '*' or '#'}.
 */
public class InvalidNumberException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final int position;

    /**
     * @param input    the string as the user wrote it
     * @param position 1-based position (in characters of {@code input}) of the offending character, or 0
     *                 when the problem is not one character (no digits at all)
     * @param message  the complete user-facing message
     */
    public InvalidNumberException(String input, int position, String message) {
        super(message);
        this.input = input;
        this.position = position;
    }

    /** The string as the user wrote it. */
    public String input() {
        return input;
    }

    /**
     * The 1-based position of the offending character in {@link #input()} (counted in Unicode code
     * points), or 0 when the problem is not one character.
     */
    public int position() {
        return position;
    }
}
