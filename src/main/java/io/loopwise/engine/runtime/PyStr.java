package io.loopwise.engine.runtime;

/** An immutable str backed by a Java String (indices count UTF-16 units; programs are expected to stay in the BMP). */
public final class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] ASCII = new PyStr[128];

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;

    public PyStr(String value) {
        this.value = value;
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
