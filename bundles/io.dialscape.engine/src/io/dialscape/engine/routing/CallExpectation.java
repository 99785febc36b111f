package io.dialscape.engine.routing;

/**
 * What a call case expects (LANGUAGE.md section 10): {@code "dialed" from USERS -> "normalized" [route R]
 * [sends "n" | unroutable]}. A {@code null} component is not checked.
 *
 * @param normalized the expected normalized number, URI parameters included, or {@code null}
 * @param route      the expected route's name, or {@code null}
 * @param sends      the expected number sent, or {@code null}
 * @param unroutable whether the case expects no route ({@code unroutable})
 */
public record CallExpectation(String normalized, String route, String sends, boolean unroutable) {
}
