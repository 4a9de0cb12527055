package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.FrameInfo;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyObject;
import java.util.Map;

/**
 * An activation of a code object, on the heap: fast locals, cells, its own operand stack and program counter.
 * Because nothing of it lives on the Java stack between instructions, a generator or coroutine frame can stop
 * at a yield/await and be resumed later by any caller.
 */
final class Frame implements FrameInfo {
    final CodeObject code;
    final PyObject[] fast;
    final PyCell[] cells;
    final PyObject[] stack;
    final Map<String, PyObject> globals;
    final Map<String, PyObject> builtins;
    /** The namespace of a class body (NAME_SCOPE code), or the module globals. */
    Map<String, PyObject> names;
    int sp;
    int pc;
    FrameInfo back;
    PyBaseException handled;
    /** Set when the last execution stopped at a yield (rather than returning). */
    boolean yielded;
    /** For async generators: the last suspension was a {@code yield value} (not an await passing through). */
    boolean yieldedValue;

    Frame(CodeObject code, PyObject[] fast, PyCell[] cells, Map<String, PyObject> globals,
          Map<String, PyObject> builtins) {
        this.code = code;
        this.fast = fast;
        this.cells = cells;
        this.stack = new PyObject[code.maxStack];
        this.globals = globals;
        this.builtins = builtins;
        this.names = globals;
    }

    @Override
    public FrameInfo back() {
        return back;
    }

    @Override
    public int currentLine() {
        return pc == 0 ? code.firstLine : code.lines[pc - 1];
    }

    @Override
    public PyBaseException handledException() {
        return handled;
    }

    @Override
    public String[] varnames() {
        return code.varnames;
    }

    @Override
    public PyObject local(String name) {
        for (int i = 0; i < code.varnames.length; i++) {
            if (code.varnames[i].equals(name) && fast[i] != null) {
                return fast[i];
            }
        }
        for (int i = 0; i < code.cellvars.length; i++) {
            if (code.cellvars[i].equals(name)) {
                return cells[i].value;
            }
        }
        return null;
    }

    @Override
    public Map<String, PyObject> globals() {
        return globals;
    }
}
