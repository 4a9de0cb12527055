package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The {@code BUILD_TUPLE/LIST/MAP/STRING} instructions: each pops its items off the operand stack, pushes the new
 * object and returns the new stack pointer.
 */
final class Displays {
    private Displays() {
    }

    static int tuple(PyObject[] stack, int sp, int n) {
        PyObject[] items = Arrays.copyOfRange(stack, sp - n, sp);
        Interpreter.clear(stack, sp - n, sp);
        sp -= n;
        stack[sp++] = PyTuple.of(items);
        return sp;
    }

    static int list(PyObject[] stack, int sp, int n) {
        ArrayList<PyObject> items = new ArrayList<>(Math.max(n, 4));
        for (int i = sp - n; i < sp; i++) {
            items.add(stack[i]);
        }
        Interpreter.clear(stack, sp - n, sp);
        sp -= n;
        stack[sp++] = new PyList(items);
        return sp;
    }

    static int map(PyObject[] stack, int sp, int pairs) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * pairs; i < sp; i += 2) {
            d.put(stack[i], stack[i + 1]);
        }
        Interpreter.clear(stack, sp - 2 * pairs, sp);
        sp -= 2 * pairs;
        stack[sp++] = d;
        return sp;
    }

    /** Joins the pieces of an f-string, charging the result to the run's memory. */
    static int string(RunContext ctx, PyObject[] stack, int sp, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            b.append(((PyStr) stack[i]).value());
        }
        Interpreter.clear(stack, sp - n, sp);
        sp -= n;
        ctx.allocate(2L * b.length());
        stack[sp++] = PyStr.of(b.toString());
        return sp;
    }
}
