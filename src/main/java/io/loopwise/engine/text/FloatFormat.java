package io.loopwise.engine.text;

/**
 * Python's float-to-text conversions, mirroring CPython's {@code PyOS_double_to_string} and
 * {@code format_float_short} ({@code Python/pystrtod.c}): {@code repr}/{@code str}, and the 'e', 'f', 'g', 'r'
 * codes the format mini-language and {@code %}-formatting build on.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** {@code repr(d)} and {@code str(d)}: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    public static String repr(double d) {
        String body = unsigned(d, 'r', 0, false, true);
        return isNegative(d) && !Double.isNaN(d) ? "-" + body : body;
    }

    static boolean isNegative(double d) {
        return Double.doubleToRawLongBits(d) < 0;
    }

    /**
     * Formats {@code |d|} with a lower-case code 'e', 'f', 'g' or 'r' ('r' = shortest, precision ignored).
     * {@code alt} is the '#' flag (keep the point and, for 'g', trailing zeros); {@code addDot0} appends ".0" to
     * fixed-notation integers, as repr and the format spec without a type do. Infinities and NaN give
     * "inf"/"nan". The caller adds the sign and changes case for 'E', 'F', 'G'.
     */
    static String unsigned(double d, char code, int precision, boolean alt, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return "inf";
        }
        Digits dg;
        switch (code) {
            case 'e':
                precision++;
                dg = Digits.significant(d, precision);
                break;
            case 'f':
                dg = Digits.fixed(d, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                dg = Digits.significant(d, precision);
                break;
            case 'r':
                dg = Digits.shortest(d);
                break;
            default:
                throw new IllegalArgumentException("format code " + code);
        }
        String digits = dg.digits();
        int digitsLen = digits.length();
        int decpt = dg.decpt();
        boolean useExp = false;
        int vdigitsEnd = digitsLen;
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default:
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        StringBuilder p = new StringBuilder(Math.max(16, vdigitsEnd - vdigitsStart + 8));
        if (decpt <= 0) {
            zeros(p, decpt - vdigitsStart);
            p.append('.');
            zeros(p, -decpt);
        }
        if (0 < decpt && decpt <= digitsLen) {
            p.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            p.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(p, decpt - digitsLen);
            p.append('.');
            zeros(p, vdigitsEnd - decpt);
        } else {
            zeros(p, vdigitsEnd - digitsLen);
        }
        if (p.charAt(p.length() - 1) == '.' && !alt) {
            p.setLength(p.length() - 1);
        }
        if (useExp) {
            p.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) {
                p.append('0');
            }
            p.append(e);
        }
        return p.toString();
    }

    private static void zeros(StringBuilder p, int n) {
        for (int i = 0; i < n; i++) {
            p.append('0');
        }
    }
}
