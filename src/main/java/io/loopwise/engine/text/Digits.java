package io.loopwise.engine.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a double as David Gay's {@code _Py_dg_dtoa} returns them to CPython: a digit string without
 * trailing zeros and {@code decpt}, the position of the decimal point (value = 0.DIGITS x 10^decpt). Rounding is
 * always of the exact binary value, half to even, so {@code 2.675} to 2 places is {@code 2.67}.
 */
record Digits(String digits, int decpt) {
    private static final Digits ZERO = new Digits("0", 1);

    /** Mode 0: the shortest digit string that reads back as {@code d}, nearest to d when several are that short. */
    static Digits shortest(double d) {
        double a = Math.abs(d);
        if (a == 0) {
            return ZERO;
        }
        if (a < 1e16 && a == Math.rint(a)) {
            return of(BigDecimal.valueOf((long) a));
        }
        BigDecimal exact = new BigDecimal(a);
        int lo = 1;
        int hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (roundTrips(exact.round(new MathContext(mid, RoundingMode.HALF_EVEN)), a)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        BigDecimal best = exact.round(new MathContext(lo, RoundingMode.HALF_EVEN));
        // At a power of two the interval below d is half as wide as above, so a neighbour of the nearest
        // candidate can be shorter-but-valid where the nearest is not; check one digit shorter explicitly.
        if (lo > 1 && isPowerOfTwoBoundary(a)) {
            BigDecimal nearest = exact.round(new MathContext(lo - 1, RoundingMode.HALF_EVEN));
            BigDecimal unit = BigDecimal.ONE.movePointLeft(nearest.scale());
            BigDecimal up = nearest.add(unit);
            if (roundTrips(up, a)) {
                best = up;
            }
        }
        return of(best);
    }

    private static boolean isPowerOfTwoBoundary(double a) {
        return (Double.doubleToRawLongBits(a) & 0xFFFFFFFFFFFFFL) == 0;
    }

    private static boolean roundTrips(BigDecimal candidate, double a) {
        return Double.parseDouble(candidate.toString()) == a;
    }

    /** Mode 2: {@code n >= 1} significant digits. */
    static Digits significant(double d, int n) {
        double a = Math.abs(d);
        if (a == 0) {
            return ZERO;
        }
        return of(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** Mode 3: {@code n >= 0} digits after the decimal point; "0" when the value rounds to zero. */
    static Digits fixed(double d, int n) {
        double a = Math.abs(d);
        if (a == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return ZERO;
        }
        return of(r);
    }

    private static Digits of(BigDecimal b) {
        BigInteger unscaled = b.unscaledValue();
        String s = unscaled.toString();
        int decpt = s.length() - b.scale();
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(s.substring(0, end), decpt);
    }
}
