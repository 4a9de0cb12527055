package io.loopwise.engine;

import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyExceptionGroup;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.TracebackEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Turns an uncaught Python exception into the client-facing {@link ExceptionInfo}: CPython's traceback text
 * (chained causes and contexts first, program frames only, no carets) and, for groups, the sub-exceptions.
 */
final class ExceptionReports {
    private ExceptionReports() {
    }

    static ExceptionInfo of(RunContext ctx, PyBaseException exc) {
        StringBuilder tb = new StringBuilder();
        chain(ctx, exc, tb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new ExceptionInfo(exc.type().name(), message(ctx, exc), tb.toString(), subExceptions(ctx, exc), null,
                null);
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

    private static void chain(RunContext ctx, PyBaseException exc, StringBuilder out, Set<PyBaseException> seen) {
        seen.add(exc);
        if (exc.cause() != null && !seen.contains(exc.cause())) {
            chain(ctx, exc.cause(), out, seen);
            out.append("\n\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context() != null && !exc.suppressContext() && !seen.contains(exc.context())) {
            chain(ctx, exc.context(), out, seen);
            out.append("\n\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(ctx, exc, out);
    }

    private static void single(RunContext ctx, PyBaseException exc, StringBuilder out) {
        TracebackEntry tb = exc.traceback();
        if (tb != null) {
            out.append("Traceback (most recent call last):\n");
            for (TracebackEntry e = tb; e != null; e = e.next()) {
                out.append("  File \"<program>\", line ").append(e.line()).append(", in ").append(e.function())
                        .append('\n');
                String src = ctx.sourceLine(e.line());
                if (!src.isEmpty()) {
                    out.append("    ").append(src).append('\n');
                }
            }
        }
        String msg = message(ctx, exc);
        out.append(exc.type().displayName());
        if (!msg.isEmpty()) {
            out.append(": ").append(msg);
        }
    }
}
