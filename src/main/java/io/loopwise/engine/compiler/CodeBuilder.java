package io.loopwise.engine.compiler;

import io.loopwise.engine.runtime.PyObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the instructions of one code object: tracks the operand-stack depth (for frame sizing and handler
 * depths), the source line of each instruction, forward/backward jump labels, and the exception handler that
 * covers each instruction (a stack of active handlers, so the table needs no nesting search at run time).
 */
final class CodeBuilder {
    /** A jump target; {@code depth} is the stack depth expected there. */
    static final class Label {
        int pc = -1;
        int depth = -1;
        final List<Integer> patches = new ArrayList<>();
    }

    private int[] code = new int[64];
    private int[] lines = new int[64];
    private int[] handlerOf = new int[64];
    private int size;
    private int depth;
    private int maxDepth;
    private int line = 1;
    private boolean reachable = true;
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<Integer> handlerTargets = new ArrayList<>();
    private final List<Integer> handlerDepths = new ArrayList<>();
    private final List<Label> handlerLabels = new ArrayList<>();
    /** Active handler ids, innermost last. */
    final List<Integer> handlerStack = new ArrayList<>();

    void setLine(int l) {
        if (l > 0) {
            line = l;
        }
    }

    int line() {
        return line;
    }

    int depth() {
        return depth;
    }

    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    void emit(int op, int arg) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            handlerOf = Arrays.copyOf(handlerOf, size * 2);
        }
        code[size] = Opcode.encode(op, arg);
        lines[size] = line;
        handlerOf[size] = handlerStack.isEmpty() ? -1 : handlerStack.get(handlerStack.size() - 1);
        size++;
        setDepth(depth + Opcode.stackEffect(op, arg));
        if (depth < 0) {
            if (reachable) {
                throw new IllegalStateException("negative stack depth after " + Opcode.name(op) + " at line " + line);
            }
            depth = 0;
        }
        reachable = !(op == Opcode.JUMP || op == Opcode.RETURN_VALUE || op == Opcode.RERAISE
                || op == Opcode.POP_EXCEPT_RERAISE || (op == Opcode.RAISE_VARARGS));
    }

    void emit(int op) {
        emit(op, 0);
    }

    boolean reachable() {
        return reachable;
    }

    /** Emits a jump to {@code target}; {@code depthAtTarget} is the stack depth when the jump is taken. */
    void jump(int op, Label target, int depthAtTarget) {
        if (target.depth < 0) {
            target.depth = depthAtTarget;
        }
        if (target.pc >= 0) {
            emit(op, target.pc);
        } else {
            target.patches.add(size);
            emit(op, 0);
        }
    }

    /** Jump with the usual depth at the target for {@code op}. */
    void jump(int op, Label target) {
        int before = depth;
        int atTarget;
        switch (op) {
            case Opcode.POP_JUMP_IF_FALSE:
            case Opcode.POP_JUMP_IF_TRUE:
            case Opcode.POP_JUMP_IF_NONE:
                atTarget = before - 1;
                break;
            case Opcode.FOR_ITER:
                atTarget = before - 1;
                break;
            case Opcode.JUMP_IF_FALSE_OR_POP:
            case Opcode.JUMP_IF_TRUE_OR_POP:
                atTarget = before;
                break;
            default:
                atTarget = before;
        }
        jump(op, target, atTarget);
    }

    void bind(Label l) {
        l.pc = size;
        for (int p : l.patches) {
            code[p] = Opcode.encode(Opcode.op(code[p]), size);
        }
        l.patches.clear();
        if (!reachable) {
            if (l.depth >= 0) {
                setDepth(l.depth);
                reachable = true;
            }
        } else if (l.depth < 0) {
            l.depth = depth;
        }
    }

    int pc() {
        return size;
    }

    /** Registers a handler at {@code target} that truncates the stack to {@code handlerDepth}; returns its id. */
    int newHandler(Label target, int handlerDepth) {
        handlerTargets.add(-1);
        handlerDepths.add(handlerDepth);
        handlerLabels.add(target);
        if (target.depth < 0) {
            target.depth = handlerDepth + 1;
        }
        return handlerTargets.size() - 1;
    }

    void pushHandler(int id) {
        handlerStack.add(id);
    }

    void popHandler() {
        handlerStack.remove(handlerStack.size() - 1);
    }

    int constIndex(PyObject value, Object key) {
        Integer i = key == null ? null : constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(value);
        if (key != null) {
            constIndex.put(key, consts.size() - 1);
        }
        return consts.size() - 1;
    }

    int nameIndex(String n) {
        return nameIndex.computeIfAbsent(n.intern(), k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    CodeObject build(String name, String qualname, int flags, String[] varnames, String[] cellvars, String[] freevars,
                     int[] cellFromArg, int argCount, int posOnly, int kwOnly, int firstLine, String docstring) {
        int[] targets = new int[handlerTargets.size()];
        int[] depths = new int[handlerTargets.size()];
        for (int i = 0; i < targets.length; i++) {
            Label l = handlerLabels.get(i);
            if (l.pc < 0) {
                throw new IllegalStateException("unbound handler label");
            }
            targets[i] = l.pc;
            depths[i] = handlerDepths.get(i);
        }
        return new CodeObject(name, qualname, flags, Arrays.copyOf(code, size), Arrays.copyOf(lines, size),
                Arrays.copyOf(handlerOf, size), targets, depths, consts.toArray(new PyObject[0]),
                names.toArray(new String[0]), varnames, cellvars, freevars, cellFromArg, argCount, posOnly, kwOnly,
                maxDepth + 2, firstLine, docstring);
    }
}
