package io.loopwise.engine.text;

import java.math.BigInteger;

/**
 * Applies a {@link FormatSpec} to an int, float or str the way CPython's {@code __format__} methods do
 * ({@code format_long_internal}, {@code format_float_internal}, {@code format_string_internal} and
 * {@code calc_number_widths}/{@code fill_number} in {@code Python/formatter_unicode.c}).
 * Callers should bound {@link FormatSpec#width()} and {@link FormatSpec#precision()} before formatting
 * untrusted specs: the output is as large as they ask for.
 */
public final class SpecFormatter {
    private SpecFormatter() {
    }

    /** {@code format(value, spec)} for a Python int. */
    public static String formatInt(BigInteger value, String spec) {
        return formatInt(value, FormatSpec.parse(spec, "int", '>', 'd'), "int");
    }

    /** {@code format(value, spec)} for a Python float. */
    public static String formatFloat(double value, String spec) {
        return formatFloat(value, FormatSpec.parse(spec, "float", '>', (char) 0), "float");
    }

    /** {@code format(value, spec)} for a Python str. */
    public static String formatStr(String value, String spec) {
        return formatStr(value, FormatSpec.parse(spec, "str", '<', 's'), "str");
    }

    public static String formatInt(BigInteger value, FormatSpec spec, String typeName) {
        char type = spec.type();
        switch (type) {
            case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(toDouble(value), spec, typeName);
            default:
                throw unknownCode(type, typeName);
        }
        if (spec.precision() != -1) {
            throw TextError.value("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw TextError.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw TextError.value("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw TextError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.bitLength() > 63) {
                throw new TextError("OverflowError", "Python int too large to convert to C long");
            }
            if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw new TextError("OverflowError", "%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars(value.intValue()));
            return layout(spec, false, "", "", false, ch, 0);
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = value.abs().toString(radix);
        String prefix = "";
        if (spec.alternate()) {
            prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : radix == 16 ? "0x" : "";
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        char grouping = type == 'n' ? 0 : spec.grouping();
        int groupSize = grouping == '_' && radix != 10 ? 4 : 3;
        return layout(spec, value.signum() < 0, prefix, digits, false, "", grouping == 0 ? 0 : groupSize);
    }

    private static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new TextError("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    public static String formatFloat(double value, FormatSpec spec, String typeName) {
        char type = spec.type();
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknownCode(type, typeName);
        }
        boolean addDot0 = false;
        int defaultPrecision = 6;
        char code = Character.toLowerCase(type);
        if (type == 0) {
            addDot0 = true;
            code = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            code = 'g';
        }
        double val = value;
        boolean percent = false;
        if (type == '%') {
            code = 'f';
            val *= 100;
            percent = true;
        }
        int precision = spec.precision();
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        String body = FloatFormat.unsigned(val, code, precision, spec.alternate(), addDot0);
        if (type == 'E' || type == 'F' || type == 'G') {
            body = body.toUpperCase();
        }
        boolean negative = FloatFormat.isNegative(val) && !Double.isNaN(val);
        if (negative && spec.noNegZero() && isZero(body)) {
            negative = false;
        }
        if (percent) {
            body = body + "%";
        }
        int digitsEnd = 0;
        while (digitsEnd < body.length() && Character.isDigit(body.charAt(digitsEnd))) {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < body.length() && body.charAt(digitsEnd) == '.';
        String remainder = body.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        char grouping = type == 'n' ? 0 : spec.grouping();
        return layout(spec, negative, "", body.substring(0, digitsEnd), hasDecimal, remainder, grouping == 0 ? 0 : 3);
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9' || c == 'i' || c == 'n' || c == 'I' || c == 'N') {
                return false;
            }
        }
        return true;
    }

    public static String formatStr(String value, FormatSpec spec, String typeName) {
        if (spec.type() != 0 && spec.type() != 's') {
            throw unknownCode(spec.type(), typeName);
        }
        if (spec.sign() == ' ') {
            throw TextError.value("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw TextError.value("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw TextError.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw TextError.value("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw TextError.value("'=' alignment not allowed in string format specifier");
        }
        String s = value;
        int len = s.codePointCount(0, s.length());
        if (spec.precision() >= 0 && len > spec.precision()) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
            len = spec.precision();
        }
        int padding = spec.width() - len;
        if (padding <= 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + padding);
        int left = spec.align() == '>' ? padding : spec.align() == '^' ? padding / 2 : 0;
        repeat(out, spec.fill(), left);
        out.append(s);
        repeat(out, spec.fill(), padding - left);
        return out.toString();
    }

    private static TextError unknownCode(char type, String typeName) {
        String code = type < 32 || type > 126 ? "\\x" + Integer.toHexString(type) : String.valueOf(type);
        return TextError.value("Unknown format code '" + code + "' for object of type '" + typeName + "'");
    }

    /**
     * Lays out {@code <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>} (CPython's
     * {@code calc_number_widths} + {@code fill_number}); {@code groupSize} 0 means no separators.
     */
    private static String layout(FormatSpec spec, boolean negative, String prefix, String digits,
                                 boolean hasDecimal, String remainder, int groupSize) {
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        int nonDigits = sign.length() + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        int minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, groupSize == 0 ? 0 : spec.grouping(), groupSize,
                minWidth);
        int padding = spec.width() - (nonDigits + grouped.length());
        int left = 0;
        int inner = 0;
        int right = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<': right = padding; break;
                case '^': left = padding / 2; right = padding - left; break;
                case '=': inner = padding; break;
                default: left = padding;
            }
        }
        StringBuilder out = new StringBuilder(Math.max(0, spec.width()) + nonDigits + grouped.length());
        repeat(out, spec.fill(), left);
        out.append(sign).append(prefix);
        repeat(out, spec.fill(), inner);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        repeat(out, spec.fill(), right);
        return out.toString();
    }

    /** CPython's {@code _PyUnicode_InsertThousandsGrouping}: separators every group, zero-filling to minWidth. */
    static String group(String digits, char sep, int groupSize, int minWidth) {
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / 3 + 4);
        int remaining = digits.length();
        if (groupSize == 0) {
            int l = Math.max(Math.max(remaining, minWidth), 1);
            for (int i = 0; i < l - remaining; i++) {
                rev.append('0');
            }
            return rev.append(digits).toString();
        }
        boolean useSep = false;
        while (true) {
            int l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                rev.append(sep);
            }
            for (int i = remaining - 1; i >= remaining - chars; i--) {
                rev.append(digits.charAt(i));
            }
            for (int i = 0; i < zeros; i++) {
                rev.append('0');
            }
            useSep = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }

    private static void repeat(StringBuilder out, int codePoint, int n) {
        for (int i = 0; i < n; i++) {
            out.appendCodePoint(codePoint);
        }
    }
}
