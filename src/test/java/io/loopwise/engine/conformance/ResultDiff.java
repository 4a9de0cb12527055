package io.loopwise.engine.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Field-by-field differences between CPython's expectation and the engine's run, written for a human. */
public final class ResultDiff {

    private ResultDiff() {
    }

    /** Empty when the two agree on every compared field; otherwise one readable entry per differing field. */
    public static List<String> between(ComparableResult expected, ComparableResult actual) {
        List<String> diffs = new ArrayList<>();
        field(diffs, "status", expected.status(), actual.status());
        text(diffs, "stdout", expected.stdout(), actual.stdout());
        exception(diffs, "exception", expected.exception(), actual.exception());
        if (Double.compare(expected.virtualTime(), actual.virtualTime()) != 0) {
            diffs.add("virtualTime: expected " + expected.virtualTime() + " but was " + actual.virtualTime());
        }
        field(diffs, "tasks", expected.tasks(), actual.tasks());
        prints(diffs, expected.prints(), actual.prints());
        if (!expected.warnings().equals(actual.warnings())) {
            diffs.add("warnings: expected " + expected.warnings() + " but was " + actual.warnings());
        }
        return diffs;
    }

    private static void field(List<String> diffs, String name, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            diffs.add(name + ": expected " + expected + " but was " + actual);
        }
    }

    /** Points at the first differing line instead of dumping two blobs. */
    private static void text(List<String> diffs, String name, String expected, String actual) {
        if (Objects.equals(expected, actual)) {
            return;
        }
        if (expected == null || actual == null) {
            diffs.add(name + ": expected " + ComparableResult.quote(expected) + " but was "
                    + ComparableResult.quote(actual));
            return;
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        String wantLine = line < want.length ? ComparableResult.quote(want[line]) : "<end>";
        String gotLine = line < got.length ? ComparableResult.quote(got[line]) : "<end>";
        diffs.add(name + ": first difference at line " + (line + 1) + ": expected " + wantLine + " but was "
                + gotLine + "\n    expected " + name + ": " + ComparableResult.quote(expected)
                + "\n    actual   " + name + ": " + ComparableResult.quote(actual));
    }

    @SuppressWarnings("unchecked")
    private static void exception(List<String> diffs, String path, Map<String, Object> expected,
                                  Map<String, Object> actual) {
        if (expected == null || actual == null) {
            if (expected != actual) {
                diffs.add(path + ": expected " + describe(expected) + " but was " + describe(actual));
            }
            return;
        }
        field(diffs, path + ".type", expected.get("type"), actual.get("type"));
        field(diffs, path + ".message", expected.get("message"), actual.get("message"));
        text(diffs, path + ".traceback", (String) expected.get("traceback"), (String) actual.get("traceback"));
        List<Object> want = (List<Object>) expected.get("exceptions");
        List<Object> got = (List<Object>) actual.get("exceptions");
        if (want == null || got == null) {
            if (want != got) {
                diffs.add(path + ".exceptions: expected " + (want == null ? "none" : want.size() + " sub-exceptions")
                        + " but was " + (got == null ? "none" : got.size() + " sub-exceptions"));
            }
            return;
        }
        if (want.size() != got.size()) {
            diffs.add(path + ".exceptions: expected " + want.size() + " sub-exceptions but was " + got.size());
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            exception(diffs, path + ".exceptions[" + i + "]", (Map<String, Object>) want.get(i),
                    (Map<String, Object>) got.get(i));
        }
    }

    private static String describe(Map<String, Object> exception) {
        return exception == null ? "no exception" : exception.get("type") + ": " + exception.get("message");
    }

    private static void prints(List<String> diffs, List<ComparableResult.Print> expected,
                               List<ComparableResult.Print> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            ComparableResult.Print want = expected.get(i);
            ComparableResult.Print got = actual.get(i);
            if (Double.compare(want.t(), got.t()) != 0 || !Objects.equals(want.task(), got.task())
                    || !Objects.equals(want.text(), got.text())) {
                diffs.add("prints[" + i + "]: expected " + want + " but was " + got);
                return;
            }
        }
        if (expected.size() != actual.size()) {
            diffs.add("prints: expected " + expected.size() + " print calls but was " + actual.size());
        }
    }
}
