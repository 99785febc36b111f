/**
 * Normalization rules of OCS, Lync and Skype for Business location profiles (LANGUAGE.md sections 6 and
 * 8): a .NET regular expression and a translation per rule, first match wins.
 *
 * <ul>
 * <li>{@link io.dialscape.engine.regex.NetRegex}: a pattern read with .NET's syntax by our own parser,
 * restricted to the regular subset ({@link io.dialscape.engine.regex.RegexSyntaxException} says why a
 * pattern is refused), matched in .NET's order in linear time by our own Pike VM
 * ({@code NetMatcher}: look-ahead, empty loop iterations), and turned into the
 * exact automaton of the numbers it matches (dk.brics.automaton).</li>
 * <li>{@link io.dialscape.engine.regex.NormalizationTable}: evaluation of a table on a number (the
 * {@code test} blocks) and the {@code regex.group} check of translations.</li>
 * <li>{@link io.dialscape.engine.regex.NormalizationAnalyzer}: the exact anomaly analysis
 * ({@code rule.unmatchable}, {@code rule.conflict}, {@code rule.duplicate}, {@code rule.shadowed},
 * {@code rule.redundant}, {@code rule.overlap}) and the static {@code e164.invalid} check.</li>
 * </ul>
 *
 * <p>The validator's order: compile every pattern ({@code regex.invalid} on failure, else
 * {@code regex.class-separator} for each of its {@link io.dialscape.engine.regex.NetRegex#classSeparators()}),
 * check every translation ({@code regex.group}), then build the table and run the analysis with the failed rules
 * excluded.
 */
package io.dialscape.engine.regex;
