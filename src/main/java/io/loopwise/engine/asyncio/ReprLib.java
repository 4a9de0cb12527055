package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Subscription;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's {@code reprlib.repr} with the default limits (what Future and Task reprs use for results): strings
 * beyond 30 characters, ints beyond 40 digits and other reprs beyond 30 characters are cut in the middle with
 * "...", lists/tuples/sets show 6 items and dicts 4 (sets and dicts sorted when their keys compare), 6 levels deep.
 */
final class ReprLib {
    private static final int MAX_LEVEL = 6;
    private static final int MAX_ITEMS = 6;
    private static final int MAX_DICT = 4;
    private static final int MAX_STRING = 30;
    private static final int MAX_LONG = 40;
    private static final int MAX_OTHER = 30;
    private static final String FILL = "...";

    private ReprLib() {
    }

    static String repr(RunContext ctx, PyObject x) {
        return repr(ctx, x, MAX_LEVEL);
    }

    private static String repr(RunContext ctx, PyObject x, int level) {
        String type = x.type().name();
        switch (type) {
            case "str" -> {
                String v = ((PyStr) x).value();
                String s = PyStr.repr(v.substring(0, v.offsetByCodePoints(0, Math.min(MAX_STRING,
                        v.codePointCount(0, v.length())))));
                if (s.length() > MAX_STRING) {
                    int i = Math.max(0, (MAX_STRING - 3) / 2);
                    int j = Math.max(0, MAX_STRING - 3 - i);
                    s = PyStr.repr(v.substring(0, i) + v.substring(v.length() - j));
                    s = s.substring(0, i) + FILL + s.substring(s.length() - j);
                }
                return s;
            }
            case "int" -> {
                return cut(Protocols.repr(ctx, x), MAX_LONG);
            }
            case "list" -> {
                return iterable(ctx, ((PyList) x).items(), level, "[", "]", "");
            }
            case "tuple" -> {
                return iterable(ctx, ((PyTuple) x).asList(), level, "(", ")", ",");
            }
            case "set" -> {
                List<PyObject> items = Protocols.toList(ctx, x);
                return items.isEmpty() ? "set()" : iterable(ctx, sorted(ctx, items), level, "{", "}", "");
            }
            case "dict" -> {
                return dict(ctx, (PyDict) x, level);
            }
            default -> {
                try {
                    return cut(Protocols.repr(ctx, x), MAX_OTHER);
                } catch (PyException e) {
                    return "<" + type + " instance>";
                }
            }
        }
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return s.substring(0, i) + FILL + s.substring(s.length() - j);
    }

    private static String iterable(RunContext ctx, List<PyObject> items, int level, String left, String right,
            String trail) {
        int n = items.size();
        String s;
        if (level <= 0 && n > 0) {
            s = FILL;
        } else {
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < Math.min(n, MAX_ITEMS); i++) {
                pieces.add(repr(ctx, items.get(i), level - 1));
            }
            if (n > MAX_ITEMS) {
                pieces.add(FILL);
            }
            s = String.join(", ", pieces);
            if (n == 1) {
                right = trail + right;
            }
        }
        return left + s + right;
    }

    private static String dict(RunContext ctx, PyDict d, int level) {
        List<PyObject> keys = Protocols.toList(ctx, d);
        if (keys.isEmpty()) {
            return "{}";
        }
        if (level <= 0) {
            return "{" + FILL + "}";
        }
        List<String> pieces = new ArrayList<>();
        List<PyObject> ordered = sorted(ctx, keys);
        for (int i = 0; i < Math.min(ordered.size(), MAX_DICT); i++) {
            PyObject k = ordered.get(i);
            pieces.add(repr(ctx, k, level - 1) + ": " + repr(ctx, Subscription.getItem(ctx, d, k), level - 1));
        }
        if (ordered.size() > MAX_DICT) {
            pieces.add(FILL);
        }
        return "{" + String.join(", ", pieces) + "}";
    }

    /** {@code _possibly_sorted}: sorted when the items compare, else in iteration order. */
    private static List<PyObject> sorted(RunContext ctx, List<PyObject> items) {
        List<PyObject> copy = new ArrayList<>(items);
        try {
            for (int i = 1; i < copy.size(); i++) {
                PyObject x = copy.get(i);
                int j = i - 1;
                while (j >= 0 && Protocols.isTrue(ctx, Operators.compare(ctx, Operators.LT, x, copy.get(j)))) {
                    copy.set(j + 1, copy.get(j));
                    j--;
                }
                copy.set(j + 1, x);
            }
            return copy;
        } catch (PyException e) {
            return items;
        }
    }
}
