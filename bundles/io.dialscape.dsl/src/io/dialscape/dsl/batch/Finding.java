package io.dialscape.dsl.batch;

import java.nio.file.Path;

/**
 * One diagnostic of a headless run, as every output format reports it.
 *
 * @param file     the model file (absolute, normalized)
 * @param line     1-based line
 * @param column   1-based column
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param code     the diagnostic code of LANGUAGE.md sections 8 and 9
 * @param message  the message, sentence case, no trailing period
 */
public record Finding(Path file, int line, int column, String severity, String code, String message) {

    public boolean isError() {
        return "error".equals(severity);
    }

    public boolean isWarning() {
        return "warning".equals(severity);
    }
}
