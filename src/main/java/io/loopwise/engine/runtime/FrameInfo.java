package io.loopwise.engine.runtime;

/** What the runtime needs to know about an executing interpreter frame (implemented by the VM's frames). */
public interface FrameInfo {
    /** The frame that called or resumed this one, or null. */
    FrameInfo back();

    /** The source line being executed. */
    int currentLine();

    /** The exception being handled by an except clause of this frame, or null. */
    PyBaseException handledException();

    /** The code's local variable names, bound or not (CPython's co_varnames): NameError suggestions search them. */
    default String[] varnames() {
        return new String[0];
    }

    /** The current value of local variable {@code name}, or null when unbound or not a local. */
    default PyObject local(String name) {
        return null;
    }

    /** The frame's global namespace. */
    default java.util.Map<String, PyObject> globals() {
        return java.util.Map.of();
    }
}
