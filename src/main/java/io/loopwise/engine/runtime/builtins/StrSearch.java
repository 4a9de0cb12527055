package io.loopwise.engine.runtime.builtins;

/**
 * str.find/rfind/count/startswith/endswith/replace on Java strings, with the optional {@code start}/{@code end}
 * interpreted like a slice (CPython's {@code ADJUST_INDICES}). Indices are code points (emoji count once), as in
 * Python; the searching itself runs on the UTF-16 text.
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

    /** len() of a Java string in code points (Python's characters). */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The UTF-16 offset of code point {@code cp} (at most the string's length in code points). */
    private static int offset(String s, int cp, int cpLength) {
        return cpLength == s.length() ? cp : s.offsetByCodePoints(0, Math.min(cp, cpLength));
    }

    private static int cpIndex(String s, int utf16, int cpLength) {
        return cpLength == s.length() ? utf16 : s.codePointCount(0, utf16);
    }

    static int find(String s, String sub, long start, long end) {
        int n = length(s);
        int[] r = adjust(n, start, end);
        if (r[1] - r[0] < length(sub)) {
            return -1;
        }
        int to = offset(s, r[1], n);
        int at = s.indexOf(sub, offset(s, r[0], n));
        return at >= 0 && at + sub.length() <= to ? cpIndex(s, at, n) : -1;
    }

    static int rfind(String s, String sub, long start, long end) {
        int n = length(s);
        int[] r = adjust(n, start, end);
        if (r[1] - r[0] < length(sub)) {
            return -1;
        }
        int at = s.lastIndexOf(sub, offset(s, r[1], n) - sub.length());
        return at >= offset(s, r[0], n) ? cpIndex(s, at, n) : -1;
    }

    static int count(String s, String sub, long start, long end) {
        int n = length(s);
        int[] r = adjust(n, start, end);
        if (r[1] - r[0] < length(sub)) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int to = offset(s, r[1], n);
        int count = 0;
        int at = offset(s, r[0], n);
        while ((at = s.indexOf(sub, at)) >= 0 && at + sub.length() <= to) {
            count++;
            at += sub.length();
        }
        return count;
    }

    /** tailmatch: does s[start:end] start (or end) with {@code affix}? */
    static boolean matches(String s, String affix, long start, long end, boolean atEnd) {
        int n = length(s);
        int[] r = adjust(n, start, end);
        if (r[0] > n || r[1] - r[0] < length(affix)) {
            return false;
        }
        return atEnd ? s.startsWith(affix, offset(s, r[1], n) - affix.length())
                : s.startsWith(affix, offset(s, r[0], n));
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
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                if (done < limit) {
                    out.append(replacement);
                    done++;
                }
                out.appendCodePoint(s.codePointAt(i));
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
        long occurrences = old.isEmpty() ? length(s) + 1L : count(s, old, 0, s.length());
        if (count >= 0) {
            occurrences = Math.min(occurrences, count);
        }
        return s.length() + occurrences * (replacement.length() - (long) old.length());
    }
}
