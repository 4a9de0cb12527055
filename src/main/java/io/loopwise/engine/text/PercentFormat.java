package io.loopwise.engine.text;

import java.math.BigInteger;
import java.util.List;

/**
 * printf-style {@code str % args}, mirroring CPython's {@code PyUnicode_Format} ({@code Objects/unicodeobject.c}):
 * mapping keys, flags {@code -+ #0}, width and precision (also {@code *}), conversions
 * {@code s r a d i u o x X e E f F g G c %}, and CPython's error messages. Python objects stay opaque: the
 * runtime supplies an {@link Objects} view that renders and converts them.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** How the runtime lets this formatter look at its objects. */
    public interface Objects {
        /** True for a right operand CPython treats as a mapping (has __getitem__, not a tuple or str). */
        boolean isMapping(Object o);

        /** {@code mapping[key]}; the runtime raises its own KeyError when missing. */
        Object getItem(Object mapping, String key);

        String str(Object o);

        String repr(Object o);

        String ascii(Object o);

        /**
         * The integer for %d/%i/%u ({@code index} false: int(o) of a real number, floats truncate) or
         * %o/%x/%X ({@code index} true: o.__index__()); null when o is not suitable.
         */
        BigInteger toInteger(Object o, boolean index);

        /** float(o) for %e/%f/%g, or null when o is not a real number. */
        Double toDouble(Object o);

        /** The code point for %c: an int's value or a one-character str's character; null otherwise. */
        BigInteger toChar(Object o);

        /** {@code type(o).__name__} for error messages. */
        String typeName(Object o);
    }

    private static final int LJUST = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALT = 8;
    private static final int ZERO = 16;

    /**
     * {@code template % args}. {@code tuple} holds the items when the right operand is a tuple, otherwise it is
     * null and {@code single} is the operand.
     */
    public static String format(String template, List<Object> tuple, Object single, Objects objs) {
        return new State(template, tuple, single, objs).run();
    }

    private static final class State {
        final String t;
        final Objects objs;
        final Object dict;
        List<Object> tuple;
        Object single;
        int argidx;
        int arglen;

        State(String template, List<Object> tuple, Object single, Objects objs) {
            this.t = template;
            this.objs = objs;
            this.tuple = tuple;
            this.single = single;
            if (tuple != null) {
                arglen = tuple.size();
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            this.dict = tuple == null && objs.isMapping(single) ? single : null;
        }

        Object nextArg() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? single : tuple.get(i);
            }
            throw new TextError("TypeError", "not enough arguments for format string");
        }

        String run() {
            StringBuilder out = new StringBuilder(t.length() + 16);
            int n = t.length();
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (c != '%') {
                    int next = t.indexOf('%', i);
                    if (next < 0) {
                        next = n;
                    }
                    out.append(t, i, next);
                    i = next;
                    continue;
                }
                i++;
                if (i >= n) {
                    throw TextError.value("incomplete format");
                }
                if (t.charAt(i) == '%') {
                    out.append('%');
                    i++;
                    continue;
                }
                i = conversion(out, i);
            }
            if (argidx < arglen && dict == null) {
                throw new TextError("TypeError", "not all arguments converted during string formatting");
            }
            return out.toString();
        }

        /** Parses and applies one conversion starting after its '%'; returns the index after it. */
        private int conversion(StringBuilder out, int i) {
            int n = t.length();
            if (t.charAt(i) == '(') {
                if (dict == null) {
                    throw new TextError("TypeError", "format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char c = t.charAt(i);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw TextError.value("incomplete format key");
                }
                single = objs.getItem(dict, t.substring(start, i - 1));
                tuple = null;
                arglen = -1;
                argidx = -2;
            }
            int flags = 0;
            loop:
            while (i < n) {
                switch (t.charAt(i)) {
                    case '-': flags |= LJUST; break;
                    case '+': flags |= SIGN; break;
                    case ' ': flags |= BLANK; break;
                    case '#': flags |= ALT; break;
                    case '0': flags |= ZERO; break;
                    default: break loop;
                }
                i++;
            }
            int width = -1;
            if (i < n && t.charAt(i) == '*') {
                width = starArg();
                if (width < 0) {
                    flags |= LJUST;
                    width = -width;
                }
                i++;
            } else {
                int start = i;
                long w = 0;
                while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
                    w = w * 10 + (t.charAt(i++) - '0');
                    if (w > Integer.MAX_VALUE) {
                        throw TextError.value("width too big");
                    }
                }
                if (i > start) {
                    width = (int) w;
                }
            }
            int prec = -1;
            if (i < n && t.charAt(i) == '.') {
                i++;
                if (i < n && t.charAt(i) == '*') {
                    prec = Math.max(0, starArg());
                    i++;
                } else {
                    long p = 0;
                    while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
                        p = p * 10 + (t.charAt(i++) - '0');
                        if (p > Integer.MAX_VALUE) {
                            throw TextError.value("precision too big");
                        }
                    }
                    prec = (int) p;
                }
            }
            if (i >= n) {
                throw TextError.value("incomplete format");
            }
            char type = t.charAt(i);
            Object v = nextArg();
            String body;
            boolean numeric = false;
            switch (type) {
                case '%':
                    body = "%";
                    break;
                case 's': case 'r': case 'a':
                    body = type == 's' ? objs.str(v) : type == 'r' ? objs.repr(v) : objs.ascii(v);
                    if (prec >= 0 && body.codePointCount(0, body.length()) > prec) {
                        body = body.substring(0, body.offsetByCodePoints(0, prec));
                    }
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                    boolean index = type == 'o' || type == 'x' || type == 'X';
                    BigInteger value = objs.toInteger(v, index);
                    if (value == null) {
                        throw new TextError("TypeError", "%" + type + " format: "
                                + (index ? "an integer" : "a real number") + " is required, not " + objs.typeName(v));
                    }
                    body = formatLong(value, (flags & ALT) != 0, prec, type);
                    numeric = true;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    Double d = objs.toDouble(v);
                    if (d == null) {
                        throw new TextError("TypeError", "must be real number, not " + objs.typeName(v));
                    }
                    String s = FloatFormat.unsigned(d, Character.toLowerCase(type), prec < 0 ? 6 : prec,
                            (flags & ALT) != 0, false);
                    if (Character.isUpperCase(type)) {
                        s = s.toUpperCase();
                    }
                    body = FloatFormat.isNegative(d) && !Double.isNaN(d) ? "-" + s : s;
                    numeric = true;
                    break;
                }
                case 'c': {
                    BigInteger cp = objs.toChar(v);
                    if (cp == null) {
                        throw new TextError("TypeError", "%c requires int or char");
                    }
                    if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                        throw new TextError("OverflowError", "%c arg not in range(0x110000)");
                    }
                    body = new String(Character.toChars(cp.intValue()));
                    break;
                }
                default: {
                    String shown = type >= 32 && type < 127 ? String.valueOf(type) : "?";
                    throw TextError.value("unsupported format character '" + shown + "' (0x"
                            + Integer.toHexString(type) + ") at index " + i);
                }
            }
            output(out, body, numeric, flags, width, type);
            return i + 1;
        }

        private int starArg() {
            Object v = nextArg();
            BigInteger w = objs.toInteger(v, true);
            if (w == null) {
                throw new TextError("TypeError", "* wants int");
            }
            if (w.bitLength() > 31) {
                throw new TextError("OverflowError", "Python int too large to convert to C int");
            }
            return w.intValue();
        }

        /** CPython's {@code unicode_format_arg_output}: sign and 0x prefix go before zero padding, after spaces. */
        private void output(StringBuilder out, String s, boolean numeric, int flags, int width, char type) {
            int len = s.codePointCount(0, s.length());
            int pindex = 0;
            char sign = 0;
            if (numeric) {
                char first = s.isEmpty() ? 0 : s.charAt(0);
                if (first == '-' || first == '+') {
                    sign = first;
                    len--;
                    pindex++;
                } else if ((flags & SIGN) != 0) {
                    sign = '+';
                } else if ((flags & BLANK) != 0) {
                    sign = ' ';
                }
            }
            if (width < len) {
                width = len;
            }
            char fill = numeric && (flags & ZERO) != 0 ? '0' : ' ';
            if (sign != 0) {
                if (fill != ' ') {
                    out.append(sign);
                }
                if (width > len) {
                    width--;
                }
            }
            boolean prefix = (flags & ALT) != 0 && (type == 'x' || type == 'X' || type == 'o');
            if (prefix) {
                if (fill != ' ') {
                    out.append(s, pindex, pindex + 2);
                }
                width = Math.max(0, width - 2);
                len -= 2;
            }
            if (width > len && (flags & LJUST) == 0) {
                pad(out, fill, width - len);
                width = len;
            }
            if (fill == ' ') {
                if (sign != 0) {
                    out.append(sign);
                }
                if (prefix) {
                    out.append(s, pindex, pindex + 2);
                }
            }
            out.append(s, prefix ? pindex + 2 : pindex, s.length());
            if (width > len) {
                pad(out, ' ', width - len);
            }
        }
    }

    private static void pad(StringBuilder out, char c, int n) {
        for (int i = 0; i < n; i++) {
            out.append(c);
        }
    }

    /** CPython's {@code _PyUnicode_FormatLong}: sign, then 0o/0x/0X with '#', then digits zero-padded to prec. */
    static String formatLong(BigInteger value, boolean alt, int prec, char type) {
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = value.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (value.signum() < 0) {
            sb.append('-');
        }
        if (alt && radix != 10) {
            sb.append('0').append(type == 'o' ? 'o' : type);
        }
        for (int k = digits.length(); k < prec; k++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
