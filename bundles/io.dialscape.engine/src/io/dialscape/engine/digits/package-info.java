/**
 * Digit-modification tables of the Mitel Live Business Gateway (LANGUAGE.md section 5): the model
 * ({@link io.dialscape.engine.digits.DigitTable}, {@link io.dialscape.engine.digits.DigitRule}), their
 * evaluation on a number ({@link io.dialscape.engine.digits.DigitTable#evaluate}), and the exact anomaly
 * analysis behind {@code rule.unmatchable}, {@code rule.conflict}, {@code rule.duplicate},
 * {@code rule.shadowed}, {@code rule.redundant} and the static {@code e164.invalid} check
 * ({@link io.dialscape.engine.digits.DigitTableAnalyzer}).
 */
package io.dialscape.engine.digits;
