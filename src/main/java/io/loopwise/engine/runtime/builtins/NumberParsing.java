package io.loopwise.engine.runtime.builtins;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The text forms int() and float() accept (CPython {@code PyLong_FromString}, {@code PyOS_string_to_double}):
 * surrounding whitespace, a sign, base prefixes, single underscores between digits, inf/nan spellings.
 */
final class NumberParsing {
    /** CPython 3.12's default {@code sys.get_int_max_str_digits()}. */
    static final int MAX_STR_DIGITS = 4300;

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");

    private NumberParsing() {
    }

    /** Thrown when a decimal string has more digits than {@link #MAX_STR_DIGITS}. */
    static final class TooManyDigits extends RuntimeException {
        final int digits;

        TooManyDigits(int digits) {
            super(null, null, false, false);
            this.digits = digits;
        }
    }

    /** The int the text denotes in {@code base} (0 = infer from prefix, else 2..36), or null when invalid. */
    static BigInteger parseInt(String text, int base) {
        String s = StrSplitting.strip(text, null, true, true);
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                prefixed = true;
            }
        }
        boolean inferredDecimal = false;
        if (base == 0) {
            base = 10;
            inferredDecimal = true;
        }
        // an underscore may follow a base prefix, otherwise only sit between two digits
        if (prefixed && i < n && s.charAt(i) == '_') {
            i++;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastWasDigit = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!lastWasDigit) {
                    return null;
                }
                lastWasDigit = false;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= base) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastWasDigit = true;
        }
        if (!lastWasDigit) {
            return null;
        }
        if (inferredDecimal && digits.length() > 1 && digits.charAt(0) == '0') {
            // "010" is ambiguous and refused with base 0; "000" is fine
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return null;
                }
            }
        }
        if ((base & (base - 1)) != 0 && digits.length() > MAX_STR_DIGITS) {
            throw new TooManyDigits(digits.length());
        }
        BigInteger value = new BigInteger(digits.toString(), base);
        return negative ? value.negate() : value;
    }

    /** ASCII letters for bases above 10, any Unicode decimal digit for 0..9; -1 otherwise. */
    private static int digitValue(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(c, 10);
        }
        return -1;
    }

    /** The float the text denotes, or null when CPython would refuse it. */
    static Double parseFloat(String text) {
        String s = StrSplitting.strip(text, null, true, true);
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // CPython accepts non-ASCII decimal digits and maps them to ASCII first
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.append(c);
            }
        }
        s = ascii.toString();
        if (SPECIAL.matcher(s).matches()) {
            boolean negative = s.charAt(0) == '-';
            boolean nan = s.toLowerCase(java.util.Locale.ROOT).contains("nan");
            if (nan) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!FLOAT.matcher(s).matches()) {
            return null;
        }
        return Double.parseDouble(s.replace("_", ""));
    }
}
