package io.dialscape.dsl.batch;

/**
 * A usage or input problem (LANGUAGE.md section 9, exit status 2): a missing path, an
 * unreadable, oversized or non-UTF-8 file, a folder with no models. The message is one
 * line a user can act on.
 */
public class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public InputProblem(String message) {
        super(message);
    }
}
