package io.loopwise.engine;

import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyExceptionGroup;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an uncaught Python exception into the client-facing {@link ExceptionInfo}: type, {@code str(exc)},
 * CPython's traceback text ({@link TracebackText}) and, for groups, the sub-exceptions.
 */
final class ExceptionReports {
    private ExceptionReports() {
    }

    static ExceptionInfo of(RunContext ctx, PyBaseException exc) {
        return new ExceptionInfo(exc.type().name(), message(ctx, exc), TracebackText.of(ctx, exc),
                subExceptions(ctx, exc), null, null);
    }

    private static List<ExceptionInfo> subExceptions(RunContext ctx, PyBaseException exc) {
        if (!(exc instanceof PyExceptionGroup)) {
            return null;
        }
        List<ExceptionInfo> subs = new ArrayList<>();
        for (PyObject e : ((PyExceptionGroup) exc).exceptions().array()) {
            subs.add(of(ctx, (PyBaseException) e));
        }
        return subs;
    }

    static String message(RunContext ctx, PyBaseException exc) {
        try {
            return Protocols.str(ctx, exc);
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }
}
