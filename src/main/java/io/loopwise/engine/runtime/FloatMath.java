package io.loopwise.engine.runtime;

/** float arithmetic with Python semantics (floor division and modulo signs, Python's error messages). */
final class FloatMath {
    private FloatMath() {
    }

    static PyObject binary(int op, double x, double y) {
        switch (op) {
            case Operators.ADD:
                return new PyFloat(x + y);
            case Operators.SUB:
                return new PyFloat(x - y);
            case Operators.MUL:
                return new PyFloat(x * y);
            case Operators.TRUEDIV:
                if (y == 0) {
                    throw PyException.zeroDivision("float division by zero");
                }
                return new PyFloat(x / y);
            case Operators.FLOORDIV:
                if (y == 0) {
                    throw PyException.zeroDivision("float floor division by zero");
                }
                return new PyFloat(divmod(x, y)[0]);
            case Operators.MOD:
                if (y == 0) {
                    throw PyException.zeroDivision("float modulo");
                }
                return new PyFloat(divmod(x, y)[1]);
            case Operators.POW:
                return pow(x, y);
            default:
                throw PyException.typeError("unsupported operand type(s) for " + Operators.SYMBOLS[op]
                        + ": 'float' and 'float'");
        }
    }

    /** CPython's float_divmod: {floor quotient, modulo with the divisor's sign}. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static PyObject pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            throw PyException.notImplemented("complex numbers are not supported (negative number to a fractional power)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }
}
