/**
 * The virtual machine: {@link io.loopwise.engine.vm.Interpreter} runs heap frames with their own operand stacks.
 * Calls between Python functions recurse on the Java stack (bounded by the run's recursion limit); generators,
 * coroutines and async generators ({@link io.loopwise.engine.vm.PyGenerator}) suspend by returning from the loop
 * with pc and stack saved in the frame, and are resumed through the {@link io.loopwise.engine.runtime.Resumable}
 * protocol by whoever drives them (a for loop, {@code await}/{@code yield from}, or an asyncio Task).
 */
package io.loopwise.engine.vm;
