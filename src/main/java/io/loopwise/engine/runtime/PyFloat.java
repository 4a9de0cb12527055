package io.loopwise.engine.runtime;

/** An IEEE double; {@link #repr()} is Python's shortest round-trip form. */
public final class PyFloat extends PyObject {
    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat valueOf(double v) {
        return new PyFloat(v);
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.FLOAT;
    }

    /** Python's hash(float): integral values hash like the equal int. */
    public long pythonHash() {
        if (Double.isNaN(value)) {
            return System.identityHashCode(this);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? 314159 : -314159;
        }
        if (value == Math.rint(value)) {
            return PyInt.valueOf(new java.math.BigDecimal(value).toBigInteger()).pythonHash();
        }
        // CPython's _Py_HashDouble: reduce the mantissa modulo 2**61-1
        int[] exp = new int[1];
        double m = frexp(Math.abs(value), exp);
        int e = exp[0];
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & PyInt.HASH_MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= PyInt.HASH_MODULUS) {
                x -= PyInt.HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & PyInt.HASH_MODULUS) | (x >>> (61 - e));
        if (value < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    private static double frexp(double d, int[] exp) {
        if (d == 0) {
            exp[0] = 0;
            return 0;
        }
        int e = Math.getExponent(d) + 1;
        double m = d / Math.pow(2, e);
        if (m >= 1) {
            m /= 2;
            e++;
        } else if (m < 0.5) {
            m *= 2;
            e--;
        }
        exp[0] = e;
        return m;
    }

    @Override
    public int hashCode() {
        long h = pythonHash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat) {
            return value == ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return Operators.compareIntFloat((PyInt) o, value) == 0;
        }
        return false;
    }

    public String repr() {
        return io.loopwise.engine.text.FloatFormat.repr(value);
    }

    @Override
    public String toString() {
        return repr();
    }
}
