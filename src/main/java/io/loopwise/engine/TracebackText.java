package io.loopwise.engine;

import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyExceptionGroup;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Suggestions;
import io.loopwise.engine.runtime.TracebackEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * CPython 3.12's traceback text for an uncaught exception, as {@code traceback.TracebackException.format()}
 * draws it: chained causes and contexts first, exception groups in the {@code +-+----} box layout (at most 15
 * sub-exceptions per group, 10 levels deep), notes under the exception line, "Did you mean" suggestions and
 * runs of identical frames folded into "[Previous line repeated N more times]". Only program frames exist in
 * our tracebacks and no caret lines are drawn (docs/engine-contract.md).
 */
final class TracebackText {
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    private static final int RECURSIVE_CUTOFF = 3;
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /**
     * One exception ready for drawing. Which chained exceptions are shown depends on the order CPython's
     * constructor visits them (an exception already visited anywhere in the tree is not drawn again), so the
     * tree is built first, in that order.
     */
    private static final class Node {
        final PyBaseException exc;
        Node cause;
        Node context;
        List<Node> exceptions;

        Node(PyBaseException exc) {
            this.exc = exc;
        }
    }

    private final RunContext ctx;
    private final StringBuilder out = new StringBuilder();
    private int groupDepth;
    private boolean needClose;

    private TracebackText(RunContext ctx) {
        this.ctx = ctx;
    }

    /** The whole text, without its final newline. */
    static String of(RunContext ctx, PyBaseException exc) {
        TracebackText text = new TracebackText(ctx);
        text.format(tree(exc));
        int end = text.out.length();
        while (end > 0 && text.out.charAt(end - 1) == '\n') {
            end--;
        }
        return text.out.substring(0, end);
    }

    private static Node tree(PyBaseException root) {
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(root);
        Node top = new Node(root);
        Deque<Node> queue = new ArrayDeque<>();
        queue.push(top);
        while (!queue.isEmpty()) {
            Node node = queue.pop();
            PyBaseException e = node.exc;
            if (e.cause() != null && seen.add(e.cause())) {
                node.cause = new Node(e.cause());
            }
            if (e.context() != null && seen.add(e.context())) {
                node.context = new Node(e.context());
            }
            if (e instanceof PyExceptionGroup) {
                node.exceptions = new ArrayList<>();
                for (PyObject sub : ((PyExceptionGroup) e).exceptions().array()) {
                    PyBaseException s = (PyBaseException) sub;
                    seen.add(s);
                    node.exceptions.add(new Node(s));
                }
            }
            if (node.cause != null) {
                queue.push(node.cause);
            }
            if (node.context != null) {
                queue.push(node.context);
            }
            if (node.exceptions != null) {
                node.exceptions.forEach(queue::push);
            }
        }
        return top;
    }

    private void format(Node top) {
        List<Node> chain = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (Node n = top; n != null; ) {
            Node next;
            String separator;
            if (n.cause != null) {
                next = n.cause;
                separator = CAUSE;
            } else if (n.context != null && !n.exc.suppressContext()) {
                next = n.context;
                separator = CONTEXT;
            } else {
                next = null;
                separator = null;
            }
            chain.add(n);
            separators.add(separator);
            n = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (separators.get(i) != null) {
                emit(separators.get(i), '|');
            }
            Node n = chain.get(i);
            if (n.exceptions == null) {
                if (n.exc.traceback() != null) {
                    emit("Traceback (most recent call last):\n", '|');
                    emit(frames(n.exc.traceback()), '|');
                }
                emit(exceptionOnly(n.exc), '|');
            } else if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            } else {
                formatGroup(n);
            }
        }
    }

    private void formatGroup(Node n) {
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        if (n.exc.traceback() != null) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(frames(n.exc.traceback()), '|');
        }
        emit(exceptionOnly(n.exc), '|');
        int count = n.exceptions.size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                format(n.exceptions.get(i));
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** textwrap.indent with every line prefixed: the group margin, when inside a group. */
    private void emit(String text, char margin) {
        if (groupDepth == 0) {
            out.append(text);
            return;
        }
        String prefix = indent() + margin + ' ';
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = lineEnd(text, start);
            out.append(prefix).append(text, start, end);
            start = end;
        }
    }

    /** The index just past the line break ending the line at {@code start} (str.splitlines(keepends=True)). */
    private static int lineEnd(String s, int start) {
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            if (c == '\n' || c == '\u000b' || c == '\u000c' || (c >= '\u001c' && c <= '\u001e') || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
        }
        return s.length();
    }

    /** StackSummary.format: one entry per frame, runs of the same line folded after three. */
    private String frames(TracebackEntry tb) {
        StringBuilder sb = new StringBuilder();
        String lastName = null;
        int lastLine = -1;
        int count = 0;
        for (TracebackEntry e = tb; e != null; e = e.next()) {
            if (lastName == null || lastLine != e.line() || !lastName.equals(e.function())) {
                appendRepeated(sb, count);
                lastName = e.function();
                lastLine = e.line();
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            sb.append("  File \"<program>\", line ").append(e.line()).append(", in ").append(e.function())
                    .append('\n');
            String src = ctx.sourceLine(e.line());
            if (!src.isEmpty()) {
                sb.append("    ").append(src).append('\n');
            }
        }
        appendRepeated(sb, count);
        return sb.toString();
    }

    private static void appendRepeated(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** format_exception_only: the exception line (with any suggestion), then the notes. */
    private String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder(exc.type().displayName());
        String message = ExceptionReports.message(ctx, exc) + Suggestions.forException(ctx, exc);
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
        }
        sb.append('\n');
        PyObject notes = exc.instanceDict().get("__notes__");
        if (notes instanceof PyList || notes instanceof PyTuple) {
            for (PyObject note : List.copyOf(notes instanceof PyList ? ((PyList) notes).items()
                    : ((PyTuple) notes).asList())) {
                String text = safe(() -> Protocols.str(ctx, note), "<note str() failed>");
                for (String line : text.split("\n", -1)) {
                    sb.append(line).append('\n');
                }
            }
        } else if (notes != null) {
            sb.append(safe(() -> Protocols.repr(ctx, notes), "<__notes__ repr() failed>")).append('\n');
        }
        return sb.toString();
    }

    private interface Text {
        String get();
    }

    private static String safe(Text text, String fallback) {
        try {
            return text.get();
        } catch (PyException e) {
            return fallback;
        }
    }
}
