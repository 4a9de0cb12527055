package io.loopwise.engine.runtime;

/**
 * An immutable str backed by a Java String. Python indexes strings by code point; strings outside the Basic
 * Multilingual Plane (emoji) are detected once and then indexed through {@link #length()}, {@link #codePointAt}
 * and {@link #substring}, so every index a program sees is a code-point index.
 */
public final class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] ASCII = new PyStr[128];

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    /** Number of code points, or -1 until computed. */
    private int cpLength = -1;

    public PyStr(String value) {
        this.value = value;
    }

    /** True when every char is a whole code point (no surrogate pairs), so UTF-16 indices are Python indices. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** len(s): the number of code points. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** The UTF-16 offset of code point {@code cpIndex} (0..length()). */
    public int offset(int cpIndex) {
        return isBmp() ? cpIndex : value.offsetByCodePoints(0, cpIndex);
    }

    /** The one-character string at code point {@code cpIndex}. */
    public PyStr codePointAt(int cpIndex) {
        if (isBmp()) {
            return of(value.charAt(cpIndex));
        }
        int off = value.offsetByCodePoints(0, cpIndex);
        return new PyStr(value.substring(off, off + Character.charCount(value.codePointAt(off))));
    }

    /** The code points [from, to) as a string. */
    public String substring(int from, int to) {
        return isBmp() ? value.substring(from, to) : value.substring(offset(from), offset(to));
    }

    /** A UTF-16 index of {@link #value()} converted to a code-point index. */
    public int toCodePointIndex(int utf16Index) {
        return isBmp() ? utf16Index : value.codePointCount(0, utf16Index);
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) {
            return ASCII[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr of(char c) {
        return c < 128 ? ASCII[c] : new PyStr(String.valueOf(c));
    }

    public String value() {
        return value;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.STR;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr && ((PyStr) o).value.equals(value);
    }

    /**
     * Python's str ordering: by code point. Java's compareTo orders UTF-16 units, which puts an emoji (a surrogate
     * pair, 0xD83D...) before BMP characters above 0xD800 such as full-width forms; at the first difference that
     * involves a surrogate, whole code points are compared instead.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x - y;
                }
                int start = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(a.codePointAt(start), b.codePointAt(start));
            }
        }
        return a.length() - b.length();
    }

    /** Python's repr(str): single quotes unless the text has ' and no ", escapes as CPython. */
    public String repr() {
        return repr(value);
    }

    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else if (c >= 0x80 && !isPrintable(s.codePointAt(i))) {
                int cp = s.codePointAt(i);
                if (cp <= 0xff) {
                    b.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    b.append(String.format("\\u%04x", cp));
                } else {
                    b.append(String.format("\\U%08x", cp));
                }
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && cp != ' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
