package io.loopwise.sandbox.service;

/** The bulkhead refused a run: every learner-code thread is busy and the queue is full. */
public final class SandboxBusyException extends RuntimeException {

    public SandboxBusyException(Throwable cause) {
        super("every sandbox slot is busy and the queue is full", cause, false, false);
    }
}
