package io.dialscape.dsl.bridge;

/** A document or script could not be imported at all (unreadable, malformed, refused); the message is one line. */
public final class ImportProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportProblem(String message) {
        super(message);
    }
}
