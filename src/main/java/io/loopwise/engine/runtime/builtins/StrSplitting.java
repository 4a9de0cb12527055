package io.loopwise.engine.runtime.builtins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * str.split/rsplit/splitlines/strip/partition on Java strings, with CPython's notion of whitespace
 * ({@code Py_UNICODE_ISSPACE}) and of line boundaries ({@code str.splitlines}).
 */
final class StrSplitting {
    private StrSplitting() {
    }

    /** Py_UNICODE_ISSPACE: Unicode White_Space plus the ASCII information separators U+001C..U+001F. */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    /** str.split(None, maxsplit): runs of whitespace separate, leading/trailing whitespace yields no empty parts. */
    static List<String> splitWhitespace(String s, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int n = s.length();
        int i = 0;
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (parts.size() == limit) {
                parts.add(s.substring(i)); // the rest keeps its trailing whitespace, as CPython does
                break;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) {
                j++;
            }
            parts.add(s.substring(i, j));
            i = j;
        }
        return parts;
    }

    static List<String> rsplitWhitespace(String s, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int j = s.length();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (j > 0 && isSpace(s.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (parts.size() == limit) {
                parts.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(s.charAt(i - 1))) {
                i--;
            }
            parts.add(s.substring(i, j));
            j = i;
        }
        Collections.reverse(parts);
        return parts;
    }

    /** str.split(sep, maxsplit) for a non-empty separator. */
    static List<String> split(String s, String sep, long maxsplit) {
        List<String> parts = new ArrayList<>();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        int start = 0;
        while (parts.size() < limit) {
            int at = s.indexOf(sep, start);
            if (at < 0) {
                break;
            }
            parts.add(s.substring(start, at));
            start = at + sep.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    static List<String> rsplit(String s, String sep, long maxsplit) {
        List<String> parts = new ArrayList<>();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        int end = s.length();
        while (parts.size() < limit) {
            int at = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
            if (at < 0) {
                break;
            }
            parts.add(s.substring(at + sep.length(), end));
            end = at;
        }
        parts.add(s.substring(0, end));
        Collections.reverse(parts);
        return parts;
    }

    static List<String> splitlines(String s, boolean keepends) {
        List<String> lines = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            lines.add(s.substring(i, eol));
            i = j;
        }
        return lines;
    }

    /** strip/lstrip/rstrip: {@code chars} null means whitespace. */
    static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && stripped(s.charAt(i), chars)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(s.charAt(j - 1), chars)) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    /** partition/rpartition for a non-empty separator: {before, sep, after}. */
    static String[] partition(String s, String sep, boolean fromRight) {
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return fromRight ? new String[] {"", "", s} : new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }
}
