package io.loopwise.engine.runtime;

import java.math.BigDecimal;

/** Python's repr(float): the shortest digits that round-trip, in Python's exponent layout. */
final class FloatRepr {
    private FloatRepr() {
    }

    static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        // shortest round-trip digits: BigDecimal of Double.toString is correct on JDK 19+, close on 17;
        // refine by trying fewer digits until it no longer round-trips.
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(v)));
        String digits = exact.unscaledValue().toString();
        int exp10 = digits.length() - exact.scale(); // value = 0.digits * 10^exp10
        for (int n = 1; n < digits.length(); n++) {
            BigDecimal candidate = new BigDecimal(Math.abs(v)).round(new java.math.MathContext(n));
            if (candidate.doubleValue() == Math.abs(v)) {
                digits = candidate.unscaledValue().toString();
                exp10 = digits.length() - candidate.scale();
                break;
            }
        }
        digits = stripZeros(digits);
        String body = layout(digits, exp10);
        return v < 0 ? "-" + body : body;
    }

    private static String stripZeros(String d) {
        int end = d.length();
        while (end > 1 && d.charAt(end - 1) == '0') {
            end--;
        }
        return d.substring(0, end);
    }

    /** Python's float_repr_style 'short': fixed notation for 1e-4 <= |v| < 1e16, scientific otherwise. */
    private static String layout(String digits, int exp10) {
        int decpt = exp10;
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return "0." + "0".repeat(-decpt) + digits;
            }
            if (decpt >= digits.length()) {
                return digits + "0".repeat(decpt - digits.length()) + ".0";
            }
            return digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int e = decpt - 1;
        return mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }
}
