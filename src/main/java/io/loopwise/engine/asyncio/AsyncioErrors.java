package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;

/**
 * The exception classes of CPython's {@code asyncio.exceptions} and {@code asyncio.queues}: CancelledError is a
 * BaseException, asyncio.TimeoutError is the builtin TimeoutError, InvalidStateError, QueueEmpty/QueueFull and
 * BrokenBarrierError. Their module makes tracebacks print {@code asyncio.exceptions.CancelledError}.
 */
public final class AsyncioErrors {
    public static final PyType CANCELLED_ERROR =
            PyType.builtin("CancelledError", "asyncio.exceptions", ExceptionTypes.BASE_EXCEPTION);
    public static final PyType INVALID_STATE_ERROR =
            PyType.builtin("InvalidStateError", "asyncio.exceptions", ExceptionTypes.EXCEPTION);
    public static final PyType BROKEN_BARRIER_ERROR =
            PyType.builtin("BrokenBarrierError", "asyncio.exceptions", ExceptionTypes.RUNTIME_ERROR);
    public static final PyType QUEUE_EMPTY = PyType.builtin("QueueEmpty", "asyncio.queues", ExceptionTypes.EXCEPTION);
    public static final PyType QUEUE_FULL = PyType.builtin("QueueFull", "asyncio.queues", ExceptionTypes.EXCEPTION);

    private AsyncioErrors() {
    }

    /** {@code CancelledError()} or {@code CancelledError(msg)} (no args when msg is None, as CPython). */
    public static PyBaseException cancelled(PyObject message) {
        PyTuple args = message == null || message == io.loopwise.engine.runtime.PyNone.NONE
                ? PyTuple.EMPTY : PyTuple.of(message);
        return ExceptionTypes.newException(CANCELLED_ERROR, args);
    }

    public static boolean isCancelled(PyBaseException e) {
        return e != null && e.isInstance(CANCELLED_ERROR);
    }

    public static PyException invalidState(String message) {
        return PyException.of(INVALID_STATE_ERROR, message);
    }

    public static PyBaseException newError(PyType type, String message) {
        return ExceptionTypes.newException(type, message == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(message)));
    }
}
