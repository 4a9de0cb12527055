package io.loopwise.engine.runtime;

import java.math.BigInteger;

/**
 * An arbitrary-precision int: a {@code long} while the value fits, a {@link BigInteger} otherwise (never both
 * for the same value, so equality can compare the representations). Values -5..1024 are cached.
 */
public class PyInt extends PyObject {
    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Python's hash modulus 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    public static final PyInt ZERO = valueOf(0);
    public static final PyInt ONE = valueOf(1);

    private final long value;
    private final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt valueOf(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt valueOf(BigInteger v) {
        if (v.bitLength() < 64) {
            return valueOf(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return BuiltinTypes.INT;
    }

    /** True when the value fits a long (then {@link #longValue()} is exact). */
    public final boolean isSmall() {
        return big == null;
    }

    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or an OverflowError/IndexError-free clamp failure message when out of range. */
    public final int intValueExact(String what) {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR,
                    "Python int too large to convert to C " + what);
        }
        return (int) value;
    }

    public final double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** Python's hash(int). */
    public final long pythonHash() {
        long h;
        if (big == null && value != Long.MIN_VALUE) {
            long m = Math.abs(value) % HASH_MODULUS;
            h = value < 0 ? -m : m;
        } else {
            BigInteger b = bigValue();
            long m = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            h = b.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public int hashCode() {
        long h = pythonHash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt) {
            PyInt other = (PyInt) o;
            return big == null ? other.big == null && value == other.value : big.equals(other.big);
        }
        if (o instanceof PyFloat) {
            return Operators.compareIntFloat(this, ((PyFloat) o).value()) == 0;
        }
        return false;
    }

    /** CPython's default sys.int_info.str_digits_check_threshold: str() of longer ints is refused. */
    private static final int MAX_STR_DIGITS = 4300;
    private static final BigInteger STR_DIGITS_LIMIT = BigInteger.TEN.pow(MAX_STR_DIGITS);

    public String repr() {
        if (big == null) {
            return Long.toString(value);
        }
        if (big.bitLength() >= 14284 && big.abs().compareTo(STR_DIGITS_LIMIT) >= 0) {
            throw PyException.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string"
                    + " conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return big.toString();
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
