package io.loopwise.engine.compiler;

import io.loopwise.engine.runtime.PyObject;

/**
 * Compiled code of a module, class body, function, lambda or comprehension: instructions (one int each, see
 * {@link Opcode}), a line per instruction, constant and name tables, the variable layout resolved at compile time
 * (fast locals, cell variables, free variables), the handler of each instruction, and the signature.
 * Immutable once built, so one program's code can be shared by all its frames.
 */
public final class CodeObject extends PyObject {
    public static final int GENERATOR = 1;
    public static final int COROUTINE = 2;
    public static final int ASYNC_GENERATOR = 4;
    /** Module or class body: names live in a dictionary, not in fast locals. */
    public static final int NAME_SCOPE = 8;
    /** An inlined comprehension (CPython 3.12, PEP 709): no traceback entry of its own. */
    public static final int HIDDEN_FRAME = 16;
    public static final int VARARGS = 32;
    public static final int VARKEYWORDS = 64;

    public final String name;
    public final String qualname;
    public final int flags;
    public final int[] code;
    public final int[] lines;
    /** Per instruction: index into {@link #handlerTargets}/{@link #handlerDepths}, or -1 for none. */
    public final int[] handlerOf;
    public final int[] handlerTargets;
    public final int[] handlerDepths;
    public final PyObject[] consts;
    public final String[] names;
    /** Fast locals; the parameters come first in signature order. */
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable, the index of the parameter it is initialised from, or -1. */
    public final int[] cellFromArg;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    public final int maxStack;
    public final int firstLine;
    /** A function's docstring ({@code __doc__}), or null. */
    public final String docstring;

    CodeObject(String name, String qualname, int flags, int[] code, int[] lines, int[] handlerOf,
               int[] handlerTargets, int[] handlerDepths, PyObject[] consts, String[] names, String[] varnames,
               String[] cellvars, String[] freevars, int[] cellFromArg, int argCount, int posOnlyCount,
               int kwOnlyCount, int maxStack, int firstLine, String docstring) {
        this.name = name;
        this.qualname = qualname;
        this.flags = flags;
        this.code = code;
        this.lines = lines;
        this.handlerOf = handlerOf;
        this.handlerTargets = handlerTargets;
        this.handlerDepths = handlerDepths;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellFromArg = cellFromArg;
        this.argCount = argCount;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyCount = kwOnlyCount;
        this.maxStack = maxStack;
        this.firstLine = firstLine;
        this.docstring = docstring;
    }

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public io.loopwise.engine.runtime.PyType type() {
        return io.loopwise.engine.runtime.BuiltinTypes.OBJECT;
    }

    /** A readable listing (for compiler tests and debugging). */
    public String disassemble() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.length; i++) {
            int op = Opcode.op(code[i]);
            b.append(String.format("%4d %4d %-22s %d", lines[i], i, Opcode.name(op), Opcode.arg(code[i])));
            if (handlerOf[i] >= 0) {
                b.append("  [handler ").append(handlerTargets[handlerOf[i]]).append(" depth ")
                        .append(handlerDepths[handlerOf[i]]).append(']');
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "<code object " + name + ">";
    }
}
