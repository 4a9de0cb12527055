package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import java.math.BigInteger;
import java.util.Map;

/** abs, round, divmod, pow (with a modulus), bin, hex and oct with CPython's results and messages. */
final class NumericFunctions {
    private NumericFunctions() {
    }

    static void install(Map<String, PyObject> builtins) {
        BuiltinFunctions.def(builtins, "abs", (ctx, a, kw) -> abs(ctx, Args.one("abs", a, kw, 0)));
        BuiltinFunctions.def(builtins, "round", NumericFunctions::round);
        BuiltinFunctions.def(builtins, "divmod", (ctx, a, kw) -> {
            Args.range("divmod", a, kw, 0, 2, 2);
            return divmod(ctx, a[0], a[1]);
        });
        BuiltinFunctions.def(builtins, "pow", NumericFunctions::pow);
        BuiltinFunctions.def(builtins, "bin", (ctx, a, kw) -> PyStr.of(radix(Args.one("bin", a, kw, 0), 2, "0b")));
        BuiltinFunctions.def(builtins, "oct", (ctx, a, kw) -> PyStr.of(radix(Args.one("oct", a, kw, 0), 8, "0o")));
        BuiltinFunctions.def(builtins, "hex", (ctx, a, kw) -> PyStr.of(radix(Args.one("hex", a, kw, 0), 16, "0x")));
    }

    private static boolean isBuiltinNumber(PyObject o) {
        return (o instanceof PyInt || o instanceof PyFloat) && o.type().isBuiltin();
    }

    static PyObject abs(RunContext ctx, PyObject x) {
        if (x instanceof PyInt i && x.type().isBuiltin()) {
            return i.signum() >= 0 && !(i instanceof PyBool) ? i : PyInt.valueOf(i.bigValue().abs());
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value()));
        }
        if (x.type().lookup("__abs__") != null) {
            return Calls.callMethod(ctx, x, "__abs__");
        }
        throw PyException.typeError("bad operand type for abs(): '" + x.type().name() + "'");
    }

    private static PyObject round(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("round", args, kw, 0, 1, "number", "ndigits");
        PyObject x = a[0];
        PyObject digits = a[1] == PyNone.NONE ? null : a[1];
        if (x instanceof PyInt i && x.type().isBuiltin()) {
            BigInteger value = i.bigValue();
            return PyInt.valueOf(digits == null ? value : Rounding.roundInt(value, Args.index(digits)));
        }
        if (x instanceof PyFloat f) {
            double d = f.value();
            if (digits == null) {
                if (Double.isNaN(d)) {
                    throw PyException.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
                }
                return PyInt.valueOf(Rounding.roundDoubleToInt(d));
            }
            Double r = Rounding.roundDouble(d, Args.index(digits));
            if (r == null) {
                throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "rounded value too large to represent");
            }
            return new PyFloat(r);
        }
        if (x.type().lookup("__round__") == null) {
            throw PyException.typeError("type " + x.type().name() + " doesn't define __round__ method");
        }
        return digits == null ? Calls.callMethod(ctx, x, "__round__") : Calls.callMethod(ctx, x, "__round__", digits);
    }

    static PyObject divmod(RunContext ctx, PyObject x, PyObject y) {
        if (isBuiltinNumber(x) && isBuiltinNumber(y)) {
            if (x instanceof PyFloat || y instanceof PyFloat) {
                double divisor = y instanceof PyFloat f ? f.value() : ((PyInt) y).doubleValue();
                if (divisor == 0.0) {
                    throw PyException.zeroDivision("float divmod()");
                }
            }
            return PyTuple.of(Operators.binary(ctx, Operators.FLOORDIV, x, y),
                    Operators.binary(ctx, Operators.MOD, x, y));
        }
        if (x.type().lookup("__divmod__") != null) {
            PyObject r = Calls.callMethod(ctx, x, "__divmod__", y);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (y.type().lookup("__rdivmod__") != null) {
            PyObject r = Calls.callMethod(ctx, y, "__rdivmod__", x);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyException.typeError("unsupported operand type(s) for divmod(): '" + x.type().name() + "' and '"
                + y.type().name() + "'");
    }

    private static PyObject pow(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("pow", args, kw, 0, 2, "base", "exp", "mod");
        if (a[2] == null || a[2] == PyNone.NONE) {
            return Operators.binary(ctx, Operators.POW, a[0], a[1]);
        }
        if (!(a[0] instanceof PyInt b && a[1] instanceof PyInt e && a[2] instanceof PyInt m)) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger modulus = m.bigValue();
        if (modulus.signum() == 0) {
            throw PyException.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger abs = modulus.abs();
        BigInteger base = b.bigValue();
        BigInteger exponent = e.bigValue();
        if (exponent.signum() < 0) {
            try {
                base = base.mod(abs).modInverse(abs);
            } catch (ArithmeticException notInvertible) {
                throw PyException.valueError("base is not invertible for the given modulus");
            }
            exponent = exponent.negate();
        }
        ctx.chargeSteps(exponent.bitLength());
        BigInteger r = base.modPow(exponent, abs);
        if (modulus.signum() < 0 && r.signum() != 0) {
            r = r.add(modulus);
        }
        return PyInt.valueOf(r);
    }

    private static String radix(PyObject x, int radix, String prefix) {
        BigInteger v = x instanceof PyInt i ? i.bigValue() : BigInteger.valueOf(Protocols.index(x));
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
