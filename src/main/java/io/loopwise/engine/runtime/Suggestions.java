package io.loopwise.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "Did you mean" hints CPython 3.12.1's display of an uncaught exception appends to its last line: the
 * closest name by a Levenshtein distance (moves cost 2, an ASCII case flip 1, on UTF-8 bytes) within a third of
 * the characters involved, searched in dir(obj) for an AttributeError, dir(module) for an ImportError from
 * {@code from M import name}, and for a NameError in the frame's variable names, then {@code self.name}, then
 * globals, then builtins, each list on its own. Only the exact types get hints (not subclasses), and a NameError
 * for a standard-library module name adds "Did you forget to import". The hint is part of the traceback text
 * only, never of {@code str(exc)}.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    /** The globals every program module starts with in CPython (the reference runner's fresh module). */
    private static final List<String> MODULE_DUNDERS = List.of("__name__", "__doc__", "__package__", "__loader__",
            "__spec__", "__builtins__");
    /** What CPython's own classes hold in their __dict__ besides what the class body defines. */
    private static final List<String> CLASS_DUNDERS = List.of("__module__", "__dict__", "__weakref__", "__doc__");
    private static final List<String> BUILTINS = words(CPythonNames.BUILTINS);
    private static final Set<String> STDLIB_MODULES = Set.copyOf(words(CPythonNames.STDLIB_MODULES));

    private Suggestions() {
    }

    /** The text to append to the exception's line: "" or e.g. ". Did you mean: 'count'?". */
    public static String forException(RunContext ctx, PyBaseException exc) {
        String name = exc.missingName();
        if (name == null) {
            return "";
        }
        try {
            PyType t = exc.type();
            if (t == ExceptionTypes.ATTRIBUTE_ERROR
                    || t == ExceptionTypes.IMPORT_ERROR && exc.missingFrom() instanceof PyModule) {
                String s = exc.missingFrom() == null ? null : closest(dir(exc.missingFrom()), name);
                return s == null ? "" : ". Did you mean: " + PyStr.repr(s) + "?";
            }
            if (t == ExceptionTypes.NAME_ERROR && exc.origin() != null) {
                String s = forName(ctx, exc.origin(), name);
                boolean stdlib = STDLIB_MODULES.contains(name);
                if (s == null) {
                    return stdlib ? ". Did you forget to import " + PyStr.repr(name) + "?" : "";
                }
                return ". Did you mean: " + PyStr.repr(s) + "?"
                        + (stdlib ? " Or did you forget to import " + PyStr.repr(name) + "?" : "");
            }
        } catch (RuntimeException e) {
            // CPython's display drops a suggestion whose computation raised (a user __getattr__, a limit hit)
        }
        return "";
    }

    private static String forName(RunContext ctx, FrameInfo frame, String name) {
        List<String> varnames = Arrays.asList(frame.varnames());
        if (varnames.contains("self")) {
            PyObject self = frame.local("self");
            if (self == null) {
                return null;
            }
            if (Attributes.lookupAttr(ctx, self, name) != null) {
                return "self." + name;
            }
        }
        String s = closest(varnames, name);
        if (s != null) {
            return s;
        }
        List<String> globals = new ArrayList<>(MODULE_DUNDERS);
        for (String g : frame.globals().keySet()) {
            if (!MODULE_DUNDERS.contains(g)) {
                globals.add(g);
            }
        }
        s = closest(globals, name);
        return s != null ? s : closest(BUILTINS, name);
    }

    /** dir(obj): sorted names of a module, a class (with its bases) or an instance (with its class). */
    static List<String> dir(PyObject obj) {
        if (obj instanceof PyModule) {
            String known = CPythonNames.MODULES.get(((PyModule) obj).name());
            return known != null ? words(known) : new ArrayList<>(new TreeSet<>(obj.instanceDict().keySet()));
        }
        TreeSet<String> names = new TreeSet<>();
        if (obj instanceof PyType) {
            addClassNames((PyType) obj, names);
        } else {
            Map<String, PyObject> dict = obj.instanceDict();
            if (dict != null) {
                names.addAll(dict.keySet());
            }
            addClassNames(obj.type(), names);
        }
        return new ArrayList<>(names);
    }

    private static void addClassNames(PyType type, Set<String> names) {
        for (PyType t : type.mroArray()) {
            String known = t.isBuiltin() ? CPythonNames.TYPES.get(t.name()) : null;
            if (known != null) {
                names.addAll(words(known));
                continue;
            }
            names.addAll(t.ownDict().keySet());
            names.remove("__qualname__");
            if (!t.isBuiltin()) {
                names.addAll(CLASS_DUNDERS);
            }
        }
    }

    /** calculate_suggestions: the first candidate at the smallest distance within the allowed one, or null. */
    static String closest(List<String> candidates, String wrong) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] name = wrong.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
            int maxDistance = Math.min((name.length + item.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int distance = levenshtein(name, item, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** Edit distance with common prefix and suffix trimmed; anything above {@code maxCost} is maxCost + 1. */
    static int levenshtein(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a0.length;
        int bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = Arrays.copyOfRange(a0, aStart, aEnd);
        byte[] b = Arrays.copyOfRange(b0, bStart, bEnd);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                int substitute = distance + substitutionCost(b[bi], a[i]);
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static List<String> words(String spaced) {
        return List.of(spaced.split(" "));
    }
}
