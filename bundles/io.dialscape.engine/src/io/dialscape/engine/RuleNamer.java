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

    /** A namer for tests and tools without source positions: {@code rule 1}, {@code rule 2}, ... */
    static RuleNamer byPosition() {
        return index -> "rule " + (index + 1);
    }
}
