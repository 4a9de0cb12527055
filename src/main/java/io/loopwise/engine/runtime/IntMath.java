package io.loopwise.engine.runtime;

import java.math.BigInteger;

/** int arithmetic with Python semantics: floor division and modulo signs, exact overflow into BigInteger. */
final class IntMath {
    private IntMath() {
    }

    static PyObject binary(RunContext ctx, int op, PyInt a, PyInt b) {
        if (a.isSmall() && b.isSmall()) {
            long x = a.longValue();
            long y = b.longValue();
            switch (op) {
                case Operators.ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) {
                        break;
                    }
                    return PyInt.valueOf(r);
                }
                case Operators.SUB: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) {
                        break;
                    }
                    return PyInt.valueOf(r);
                }
                case Operators.MUL: {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.valueOf(lo);
                    }
                    break;
                }
                case Operators.FLOORDIV:
                    if (y == 0) {
                        throw PyException.zeroDivision("integer division or modulo by zero");
                    }
                    if (x == Long.MIN_VALUE && y == -1) {
                        break;
                    }
                    return PyInt.valueOf(Math.floorDiv(x, y));
                case Operators.MOD:
                    if (y == 0) {
                        throw PyException.zeroDivision("integer modulo by zero");
                    }
                    return PyInt.valueOf(Math.floorMod(x, y));
                case Operators.AND:
                    return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x & y) != 0) : PyInt.valueOf(x & y);
                case Operators.OR:
                    return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x | y) != 0) : PyInt.valueOf(x | y);
                case Operators.XOR:
                    return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x ^ y) != 0) : PyInt.valueOf(x ^ y);
                case Operators.RSHIFT:
                    if (y < 0) {
                        throw PyException.valueError("negative shift count");
                    }
                    return PyInt.valueOf(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case Operators.LSHIFT:
                    if (y < 0) {
                        throw PyException.valueError("negative shift count");
                    }
                    if (y < 63 && Long.numberOfLeadingZeros(Math.abs(x)) > y + 1) {
                        return PyInt.valueOf(x << y);
                    }
                    break;
                default:
                    break;
            }
        }
        return bigBinary(ctx, op, a, b);
    }

    private static PyObject bigBinary(RunContext ctx, int op, PyInt a, PyInt b) {
        BigInteger x = a.bigValue();
        BigInteger y = b.bigValue();
        switch (op) {
            case Operators.ADD:
                return checked(ctx, x.add(y));
            case Operators.SUB:
                return checked(ctx, x.subtract(y));
            case Operators.MUL:
                reserve(ctx, (long) x.bitLength() + y.bitLength());
                return checked(ctx, x.multiply(y));
            case Operators.TRUEDIV:
                return new PyFloat(trueDivide(x, y));
            case Operators.FLOORDIV: {
                if (y.signum() == 0) {
                    throw PyException.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyInt.valueOf(q);
            }
            case Operators.MOD: {
                if (y.signum() == 0) {
                    throw PyException.zeroDivision("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return PyInt.valueOf(r);
            }
            case Operators.POW:
                return pow(ctx, a, b);
            case Operators.AND:
                return PyInt.valueOf(x.and(y));
            case Operators.OR:
                return PyInt.valueOf(x.or(y));
            case Operators.XOR:
                return PyInt.valueOf(x.xor(y));
            case Operators.LSHIFT: {
                if (y.signum() < 0) {
                    throw PyException.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return PyInt.ZERO;
                }
                if (y.bitLength() > 31) {
                    throw new LimitExceeded("memory", "integer too large (shift by " + y + ")");
                }
                reserve(ctx, x.bitLength() + y.longValue());
                return PyInt.valueOf(x.shiftLeft(y.intValue()));
            }
            case Operators.RSHIFT: {
                if (y.signum() < 0) {
                    throw PyException.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    return PyInt.valueOf(x.signum() < 0 ? -1 : 0);
                }
                return PyInt.valueOf(x.shiftRight(y.intValue()));
            }
            case Operators.MATMUL:
            default:
                throw PyException.typeError("unsupported operand type(s) for " + Operators.SYMBOLS[op]
                        + ": 'int' and 'int'");
        }
    }

    private static PyInt checked(RunContext ctx, BigInteger v) {
        reserve(ctx, v.bitLength());
        return PyInt.valueOf(v);
    }

    /** Refuses (before computing) an int of more than {@link Operators#MAX_INT_BITS} bits, accounting big ones. */
    static void reserve(RunContext ctx, long bits) {
        if (bits > Operators.MAX_INT_BITS) {
            throw new LimitExceeded("memory", "integer result of about " + bits + " bits exceeds the size limit");
        }
        if (bits > 4096) {
            ctx.allocate(bits / 8);
        }
    }

    static PyObject pow(RunContext ctx, PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.doubleValue();
            if (base == 0) {
                throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return FloatMath.binary(Operators.POW, base, b.doubleValue());
        }
        BigInteger x = a.bigValue();
        if (b.signum() == 0) {
            return PyInt.ONE;
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0) {
            return PyInt.valueOf(x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return PyInt.valueOf(b.bigValue().testBit(0) ? -1 : 1);
        }
        if (!b.isSmall()) {
            throw new LimitExceeded("memory", "integer result of " + a + " ** " + b + " exceeds the size limit");
        }
        long e = b.longValue();
        long bits = (long) Math.ceil((x.bitLength()) * (double) e);
        reserve(ctx, bits);
        if (a.isSmall() && bits < 63) {
            long r = 1;
            long base = a.longValue();
            for (long i = 0; i < e; i++) {
                r *= base;
            }
            return PyInt.valueOf(r);
        }
        return PyInt.valueOf(x.pow((int) e));
    }

    /** Correctly rounded int / int (both may be huge), as CPython's long_true_divide. */
    static double trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PyException.zeroDivision("division by zero");
        }
        if (x.bitLength() < 53 && y.bitLength() < 53) {
            return x.doubleValue() / y.doubleValue();
        }
        java.math.BigDecimal q = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y),
                new java.math.MathContext(40));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return d;
    }
}
