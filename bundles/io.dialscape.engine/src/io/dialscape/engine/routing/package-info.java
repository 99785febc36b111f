/**
 * Voice routing (LANGUAGE.md section 10, DOMAIN.md section 4b): what a call does and what a group of
 * users cannot reach. Plain Java, no EMF: validation, hover, {@code trace} and the language server all
 * go through {@link io.dialscape.engine.routing.VoiceRouting}.
 *
 * <ul>
 * <li>The model: {@link io.dialscape.engine.routing.Route} (file order is priority),
 * {@link io.dialscape.engine.routing.TrunkGateway}, {@link io.dialscape.engine.routing.VoicePolicy}.</li>
 * <li>{@link io.dialscape.engine.routing.VoiceRouting#call}: one call, step by step, as a
 * {@link io.dialscape.engine.routing.CallPath}; {@link io.dialscape.engine.routing.CallPath#check} compares
 * it with a call case ({@link io.dialscape.engine.routing.CallExpectation}) for {@code call.failed}.</li>
 * <li>{@link io.dialscape.engine.routing.VoiceRouting#unroutable}: the exact {@code users.unroutable}
 * analysis, with the shortest dialed number as its example
 * ({@link io.dialscape.engine.routing.Unroutable}).</li>
 * </ul>
 *
 * <p>Names in messages come from {@link io.dialscape.engine.routing.RoutingNames}, which the adapter that
 * knows files and lines implements.
 */
package io.dialscape.engine.routing;
