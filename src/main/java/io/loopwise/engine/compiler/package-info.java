/**
 * AST to bytecode: {@link io.loopwise.engine.compiler.ScopeAnalyzer} resolves every name (fast local, cell, free,
 * global, namespace), then the compiler layers ({@link io.loopwise.engine.compiler.Compiler} and its bases) emit
 * one {@link io.loopwise.engine.compiler.CodeObject} per module, class body, function, lambda and comprehension:
 * one int per instruction ({@link io.loopwise.engine.compiler.Opcode}), a source line per instruction, and the
 * exception handler covering each instruction, so the VM finds a handler with one array read.
 */
package io.loopwise.engine.compiler;
