package io.loopwise.engine.runtime.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * round() on floats and ints as CPython 3.12 does it: half-to-even on the exact binary value of a float
 * ({@code round(2.675, 2) == 2.67}), half-to-even on ints for negative {@code ndigits}.
 */
final class Rounding {
    /** Beyond these, CPython short-cuts (floatobject.c NDIGITS_MAX / NDIGITS_MIN). */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    private Rounding() {
    }

    /** round(x, ndigits) for a float; null means the result is too large (OverflowError). */
    static Double roundDouble(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double result = rounded.doubleValue();
        if (Double.isInfinite(result)) {
            return null;
        }
        return result == 0.0 ? Math.copySign(0.0, x) : result;
    }

    /** round(x) for a finite float: the nearest int, ties to even. */
    static BigInteger roundDoubleToInt(double x) {
        return new BigDecimal(Math.rint(x)).toBigIntegerExact();
    }

    /** round(n, ndigits) for an int: unchanged unless ndigits is negative, then half-to-even on 10**-ndigits. */
    static BigInteger roundInt(BigInteger n, long ndigits) {
        if (ndigits >= 0) {
            return n;
        }
        if (-ndigits > (long) n.abs().toString().length() + 1) {
            return BigInteger.ZERO;
        }
        return new BigDecimal(n).setScale((int) ndigits, RoundingMode.HALF_EVEN).toBigInteger();
    }
}
