package io.loopwise.engine.runtime.builtins;

import java.math.BigInteger;

/**
 * CPython 3.12's numeric and tuple hash functions ({@code Python/pyhash.c} {@code _Py_HashDouble},
 * {@code Objects/longobject.c} {@code long_hash}, {@code Objects/tupleobject.c} {@code tuplehash}) on Java
 * values. Sets of ints, floats and tuples iterate in hash-table order, so these must agree with CPython bit for bit.
 */
public final class PyHashes {
    /** {@code sys.hash_info.modulus}: the Mersenne prime 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;
    private static final long INF = 314159;
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private PyHashes() {
    }

    /** hash(n) for an int that fits a long; -1 is reserved by CPython and becomes -2. */
    public static long ofLong(long value) {
        long h;
        if (value == Long.MIN_VALUE) {
            h = -(Long.remainderUnsigned(value, MODULUS));
        } else {
            long magnitude = Math.abs(value) % MODULUS;
            h = value < 0 ? -magnitude : magnitude;
        }
        return h == -1 ? -2 : h;
    }

    /** hash(n) for an arbitrary-precision int. */
    public static long ofBig(BigInteger value) {
        if (value.bitLength() < 63) {
            return ofLong(value.longValue());
        }
        long magnitude = value.abs().mod(BIG_MODULUS).longValue();
        long h = value.signum() < 0 ? -magnitude : magnitude;
        return h == -1 ? -2 : h;
    }

    /**
     * hash(x) for a finite or infinite float: the value reduced modulo 2**61-1, so integral floats hash like the
     * equal int. NaN has no stable hash in CPython (it is identity-based), so callers hash NaN by identity.
     */
    public static long ofDouble(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? INF : -INF;
        }
        if (value == 0.0 || Double.isNaN(value)) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(value);
        int rawExponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int exponent;
        if (rawExponent == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = rawExponent - 1075;
        }
        // |value| = mantissa * 2**exponent, and 2**61 == 1 (mod 2**61-1), so multiplying by 2**exponent is a
        // rotation by exponent mod 61 inside 61 bits.
        long x = mantissa % MODULUS;
        int e = Math.floorMod(exponent, BITS);
        x = ((x << e) & MODULUS) | (x >>> (BITS - e));
        if (x >= MODULUS) {
            x -= MODULUS;
        }
        long h = value < 0 ? -x : x;
        return h == -1 ? -2 : h;
    }

    /** hash(t) for a tuple whose items hash to {@code itemHashes} (CPython 3.8+ xxHash-based tuplehash). */
    public static long ofTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * A deterministic string hash. CPython randomises str hashes per process, so no program can depend on the
     * order of a set of strings; any spread-out deterministic value is faithful.
     */
    public static long ofString(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }
}
