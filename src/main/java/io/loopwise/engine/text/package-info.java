/**
 * Python's text and number semantics on plain Java types, with CPython's exact output and error messages:
 * {@link io.loopwise.engine.text.FloatFormat} (repr of float), {@link io.loopwise.engine.text.SpecFormatter} and
 * {@link io.loopwise.engine.text.FormatSpec} (the format mini-language), {@link io.loopwise.engine.text.PercentFormat}
 * ({@code str % args}), {@link io.loopwise.engine.text.FormatTemplate} ({@code str.format} templates) and
 * {@link io.loopwise.engine.text.MersenneTwister} (the {@code random} module). No Python object model here:
 * the runtime passes Java values or plugs in through small interfaces; failures are
 * {@link io.loopwise.engine.text.TextError}s naming the Python exception to raise.
 */
package io.loopwise.engine.text;
