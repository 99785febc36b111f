package io.dialscape.dsl.ide.quickfix;

import java.util.List;

/**
 * A diagnostic as every editor has it: its code ({@code DialscapeIssueCodes}), the character range
 * {@code [offset, end)} it marks in the model's text, its message and the validator's issue data.
 */
public record Problem(String code, int offset, int end, String message, List<String> data) {

    public Problem {
        message = message == null ? "" : message;
        data = data == null ? List.of() : List.copyOf(data);
    }
}
