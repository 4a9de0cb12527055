package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods and attributes of {@code int} (and so {@code bool}) and {@code float}. */
final class NumberMethods {
    private NumberMethods() {
    }

    static void install() {
        PyType integer = BuiltinTypes.INT;
        integer.def("bit_length", (ctx, a, kw) -> {
            Args.none("int.bit_length", a, kw, 1);
            return PyInt.valueOf(big(a[0]).abs().bitLength());
        });
        integer.def("bit_count", (ctx, a, kw) -> {
            Args.none("int.bit_count", a, kw, 1);
            return PyInt.valueOf(big(a[0]).abs().bitCount());
        });
        integer.def("conjugate", (ctx, a, kw) -> {
            Args.none("int.conjugate", a, kw, 1);
            return plain(a[0]);
        });
        integer.def("is_integer", (ctx, a, kw) -> {
            Args.none("int.is_integer", a, kw, 1);
            return PyBool.TRUE;
        });
        integer.def("as_integer_ratio", (ctx, a, kw) -> {
            Args.none("int.as_integer_ratio", a, kw, 1);
            return PyTuple.of(plain(a[0]), PyInt.ONE);
        });
        integer.def("__index__", (ctx, a, kw) -> plain(a[0]));
        integer.def("__int__", (ctx, a, kw) -> plain(a[0]));
        integer.def("__trunc__", (ctx, a, kw) -> plain(a[0]));
        integer.def("__floor__", (ctx, a, kw) -> plain(a[0]));
        integer.def("__ceil__", (ctx, a, kw) -> plain(a[0]));
        integer.def("__float__", (ctx, a, kw) -> new PyFloat(((PyInt) a[0]).doubleValue()));
        integer.def("__abs__", (ctx, a, kw) -> PyInt.valueOf(big(a[0]).abs()));
        integer.defGetter("real", (ctx, self) -> plain(self));
        integer.defGetter("imag", (ctx, self) -> PyInt.ZERO);
        integer.defGetter("numerator", (ctx, self) -> plain(self));
        integer.defGetter("denominator", (ctx, self) -> PyInt.ONE);

        PyType real = BuiltinTypes.FLOAT;
        real.def("is_integer", (ctx, a, kw) -> {
            Args.none("float.is_integer", a, kw, 1);
            double d = value(a[0]);
            return PyBool.of(!Double.isInfinite(d) && d == Math.rint(d));
        });
        real.def("as_integer_ratio", (ctx, a, kw) -> {
            Args.none("float.as_integer_ratio", a, kw, 1);
            return ratio(value(a[0]));
        });
        real.def("conjugate", (ctx, a, kw) -> {
            Args.none("float.conjugate", a, kw, 1);
            return a[0];
        });
        real.def("__trunc__", (ctx, a, kw) -> Constructors.floatToInt(value(a[0])));
        real.def("__int__", (ctx, a, kw) -> Constructors.floatToInt(value(a[0])));
        real.def("__floor__", (ctx, a, kw) -> Constructors.floatToInt(Math.floor(value(a[0]))));
        real.def("__ceil__", (ctx, a, kw) -> Constructors.floatToInt(Math.ceil(value(a[0]))));
        real.def("__float__", (ctx, a, kw) -> a[0]);
        real.def("__abs__", (ctx, a, kw) -> new PyFloat(Math.abs(value(a[0]))));
        real.defGetter("real", (ctx, self) -> self);
        real.defGetter("imag", (ctx, self) -> new PyFloat(0.0));
    }

    private static BigInteger big(PyObject o) {
        return ((PyInt) o).bigValue();
    }

    /** The int itself, or the equal plain int for a bool. */
    private static PyInt plain(PyObject o) {
        PyInt i = (PyInt) o;
        return i instanceof PyBool ? PyInt.valueOf(i.longValue()) : i;
    }

    private static double value(PyObject o) {
        return ((PyFloat) o).value();
    }

    /** float.as_integer_ratio: the exact fraction in lowest terms. */
    private static PyTuple ratio(double d) {
        if (Double.isNaN(d)) {
            throw PyException.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(d);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.ONE;
        if (exact.scale() > 0) {
            denominator = BigInteger.TEN.pow(exact.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger gcd = numerator.gcd(denominator);
        return PyTuple.of(PyInt.valueOf(numerator.divide(gcd)), PyInt.valueOf(denominator.divide(gcd)));
    }
}
