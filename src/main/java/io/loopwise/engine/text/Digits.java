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
    private static final double[] POW10 = new double[23];
    /** Below 2^40 a scaled double is within 2^-13 of the true product, so its nearest integer is known. */
    private static final double FAST_LIMIT = 0x1p40;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** floor(log10(a)) exactly, or Integer.MIN_VALUE when outside the range the fast paths handle. */
    private static int exponent10(double a) {
        if (a < 1e-22 || a >= 1e22) {
            return Integer.MIN_VALUE;
        }
        int e = (int) Math.floor(Math.log10(a));
        if (e >= 0 ? a < POW10[e] : a * POW10[-e] < 1) {
            e--;
        } else if (e + 1 >= 0 ? e + 1 < POW10.length && a >= POW10[e + 1] : a * POW10[-(e + 1)] >= 1) {
            e++;
        }
        return e;
    }

    /**
     * The integer nearest to a x 10^k when it can be decided from double arithmetic (the scaled value is small
     * and not close to a half), else -1. Multiplying or dividing by an exact power of ten rounds once.
     */
    private static long scaledNearest(double a, int k) {
        if (k > 22 || k < -22) {
            return -1;
        }
        double x = k >= 0 ? a * POW10[k] : a / POW10[-k];
        if (x >= FAST_LIMIT) {
            return -1;
        }
        double m = Math.rint(x);
        double frac = Math.abs(x - Math.floor(x) - 0.5);
        if (frac < 1e-3) {
            return -1;
        }
        return (long) m;
    }

    /** True when the decimal m x 10^-k reads back as a (one correctly rounded operation each way). */
    private static boolean readsBack(long m, int k, double a) {
        return (k >= 0 ? m / POW10[k] : m * POW10[-k]) == a;
    }

    private static Digits ofScaled(long m, int k) {
        String s = Long.toString(m);
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(s.substring(0, end), s.length() - k);
    }

    /**
     * Shortest digits for values that need at most 12 of them and are not a power of two (where the rounding
     * interval is lopsided), using exact double arithmetic; null when the slow exact search must decide.
     */
    private static Digits shortestFast(double a) {
        if (isPowerOfTwoBoundary(a)) {
            return null;
        }
        int e10 = exponent10(a);
        if (e10 == Integer.MIN_VALUE) {
            return null;
        }
        for (int p = 1; p <= 12; p++) {
            int k = p - 1 - e10;
            long m = scaledNearest(a, k);
            if (m < 0) {
                return null;
            }
            if (m > 0 && readsBack(m, k, a)) {
                return ofScaled(m, k);
            }
        }
        return null;
    }

    /** Mode 0: the shortest digit string that reads back as {@code d}, nearest to d when several are that short. */
    static Digits shortest(double d) {
        double a = Math.abs(d);
        if (a == 0) {
            return ZERO;
        }
        if (a < 1e16 && a == Math.rint(a)) {
            return of(BigDecimal.valueOf((long) a));
        }
        Digits fast = shortestFast(a);
        return fast != null ? fast : shortestExact(a);
    }

    /** The shortest digits by exact decimal arithmetic alone; {@code a > 0}. */
    static Digits shortestExact(double a) {
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
        int e10 = exponent10(a);
        if (e10 != Integer.MIN_VALUE && n <= 12) {
            long m = scaledNearest(a, n - 1 - e10);
            if (m > 0) {
                return ofScaled(m, n - 1 - e10);
            }
        }
        return significantExact(a, n);
    }

    static Digits significantExact(double a, int n) {
        return of(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** Mode 3: {@code n >= 0} digits after the decimal point; "0" when the value rounds to zero. */
    static Digits fixed(double d, int n) {
        double a = Math.abs(d);
        if (a == 0) {
            return ZERO;
        }
        if (n <= 22) {
            long m = scaledNearest(a, n);
            if (m == 0) {
                return ZERO;
            }
            if (m > 0) {
                return ofScaled(m, n);
            }
        }
        return fixedExact(a, n);
    }

    static Digits fixedExact(double a, int n) {
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
