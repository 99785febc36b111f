/**
 * Server role collocation: which roles of a platform may share one computer ({@code allow} and {@code deny}
 * lines of a {@code platform}, LANGUAGE.md section 2). {@link io.dialscape.engine.collocation.CollocationMatrix}
 * turns a platform's lines into bit masks and checks one server at a time; the validator of the language
 * maps its verdicts to {@code collocation.denied} and {@code collocation.unsupported}.
 */
package io.dialscape.engine.collocation;
