/**
 * The Python object model: values ({@code Py*}), types with C3 MRO, exceptions and the Java carrier
 * {@link io.loopwise.engine.runtime.PyException}, the object protocols ({@link io.loopwise.engine.runtime.Protocols},
 * {@link io.loopwise.engine.runtime.Operators}, {@link io.loopwise.engine.runtime.Attributes},
 * {@link io.loopwise.engine.runtime.Calls}), native callables ({@link io.loopwise.engine.runtime.NativeBody},
 * {@link io.loopwise.engine.runtime.ArgParser}), the coroutine protocol ({@link io.loopwise.engine.runtime.Resumable},
 * {@link io.loopwise.engine.runtime.Step}) and the per-run state ({@link io.loopwise.engine.runtime.RunContext}).
 * Builtin types are immutable after bootstrap and shared by runs; everything mutable belongs to one RunContext.
 * The full native API for lib and async is described in lang-NOTES.md.
 */
package io.loopwise.engine.runtime;
