package io.loopwise.engine.runtime;

/** What the runtime needs to know about an executing interpreter frame (implemented by the VM's frames). */
public interface FrameInfo {
    /** The frame that called or resumed this one, or null. */
    FrameInfo back();

    /** The source line being executed. */
    int currentLine();

    /** The exception being handled by an except clause of this frame, or null. */
    PyBaseException handledException();
}
