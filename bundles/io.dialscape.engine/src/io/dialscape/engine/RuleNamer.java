package io.dialscape.engine;

/**
 * Names a rule of a table for messages, as the user knows it: for example
 * {@code rule 'Long distance' (line 4)}. The engine never knows about files or
 * lines; the adapter that built the table does.
 */
@FunctionalInterface
public interface RuleNamer {

    /** How to refer to the rule at {@code index} (0-based, table order) in a message. */
    String name(int index);

    /**
     * How a message that is about the rule at {@code index} starts, capitalised: for example
     * {@code Rule 'Ottawa local'}. The default capitalises {@link #name(int)} and drops a
     * trailing {@code (line N)}: a diagnostic already sits on its own rule's line.
     */
    default String subject(int index) {
        String name = name(index);
        int open = name.lastIndexOf(" (line ");
        if (open > 0 && name.endsWith(")")) {
            name = name.substring(0, open);
        }
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A namer for tests and tools without source positions: {@code rule 1}, {@code rule 2}, ... */
    static RuleNamer byPosition() {
        return index -> "rule " + (index + 1);
    }
}
