package io.loopwise.engine.runtime.builtins;

/**
 * str.find/rfind/count/startswith/endswith/replace on Java strings, with the optional {@code start}/{@code end}
 * interpreted like a slice (CPython's {@code ADJUST_INDICES}).
 */
final class StrSearch {
    private StrSearch() {
    }

    /** {start, end} clamped into [0, length] the way a slice would be. */
    static int[] adjust(int length, long start, long end) {
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    static int find(String s, String sub, long start, long end) {
        int[] r = adjust(s.length(), start, end);
        if (r[1] - r[0] < sub.length()) {
            return -1;
        }
        int at = s.indexOf(sub, r[0]);
        return at >= 0 && at + sub.length() <= r[1] ? at : -1;
    }

    static int rfind(String s, String sub, long start, long end) {
        int[] r = adjust(s.length(), start, end);
        if (r[1] - r[0] < sub.length()) {
            return -1;
        }
        int at = s.lastIndexOf(sub, r[1] - sub.length());
        return at >= r[0] ? at : -1;
    }

    static int count(String s, String sub, long start, long end) {
        int[] r = adjust(s.length(), start, end);
        if (r[1] - r[0] < sub.length()) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int n = 0;
        int at = r[0];
        while ((at = s.indexOf(sub, at)) >= 0 && at + sub.length() <= r[1]) {
            n++;
            at += sub.length();
        }
        return n;
    }

    /** tailmatch: does s[start:end] start (or end) with {@code affix}? */
    static boolean matches(String s, String affix, long start, long end, boolean atEnd) {
        int[] r = adjust(s.length(), start, end);
        if (r[0] > s.length() || r[1] - r[0] < affix.length()) {
            return false;
        }
        return atEnd ? s.startsWith(affix, r[1] - affix.length()) : s.startsWith(affix, r[0]);
    }

    /** str.replace; a negative count replaces every occurrence; an empty {@code old} inserts between characters. */
    static String replace(String s, String old, String replacement, long count) {
        long limit = count < 0 ? Long.MAX_VALUE : count;
        if (limit == 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        long done = 0;
        if (old.isEmpty()) {
            for (int i = 0; i < s.length(); i++) {
                if (done < limit) {
                    out.append(replacement);
                    done++;
                }
                out.append(s.charAt(i));
            }
            if (done < limit) {
                out.append(replacement);
            }
            return out.toString();
        }
        int start = 0;
        int at;
        while (done < limit && (at = s.indexOf(old, start)) >= 0) {
            out.append(s, start, at).append(replacement);
            start = at + old.length();
            done++;
        }
        return out.append(s, start, s.length()).toString();
    }

    /** The length str.replace would produce, so memory can be charged before building it. */
    static long replacedLength(String s, String old, String replacement, long count) {
        long occurrences = old.isEmpty() ? s.length() + 1L : count(s, old, 0, s.length());
        if (count >= 0) {
            occurrences = Math.min(occurrences, count);
        }
        return s.length() + occurrences * (replacement.length() - (long) old.length());
    }
}
