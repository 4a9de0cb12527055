package io.loopwise.engine.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary, in-place, unary and comparison operators: Java fast paths for int/float/str/list/tuple, then the
 * special-method protocol with reflected operands and NotImplemented, as CPython's binary_op1/do_richcompare.
 * Operator codes follow {@code io.loopwise.engine.ast.Operator} declaration order.
 */
public final class Operators {
    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int MUL = 2;
    public static final int MATMUL = 3;
    public static final int TRUEDIV = 4;
    public static final int FLOORDIV = 5;
    public static final int MOD = 6;
    public static final int POW = 7;
    public static final int LSHIFT = 8;
    public static final int RSHIFT = 9;
    public static final int OR = 10;
    public static final int XOR = 11;
    public static final int AND = 12;

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    static final String[] SYMBOLS = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"};
    static final String[] NAMES = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift",
        "rshift", "or", "xor", "and"};
    private static final String[] DUNDER = new String[13];
    private static final String[] RDUNDER = new String[13];
    private static final String[] IDUNDER = new String[13];
    static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};
    /** Ints are capped so a single value can never take more than this many bits (about 1 MB). */
    static final long MAX_INT_BITS = 8L << 20;

    static {
        for (int i = 0; i < NAMES.length; i++) {
            DUNDER[i] = ("__" + NAMES[i] + "__").intern();
            RDUNDER[i] = ("__r" + NAMES[i] + "__").intern();
            IDUNDER[i] = ("__i" + NAMES[i] + "__").intern();
        }
    }

    private Operators() {
    }

    // ---- binary ----

    public static PyObject binary(RunContext ctx, int op, PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt && a.type().isBuiltin() && b.type().isBuiltin()) {
            return IntMath.binary(ctx, op, (PyInt) a, (PyInt) b);
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)
                && a.type().isBuiltin() && b.type().isBuiltin() && op <= POW && op != MATMUL) {
            return FloatMath.binary(op, toDouble(a), toDouble(b));
        }
        PyObject r = builtinSequenceBinary(ctx, op, a, b);
        if (r != null) {
            return r;
        }
        return dispatchBinary(ctx, op, a, b);
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat ? ((PyFloat) o).value() : ((PyInt) o).doubleValue();
    }

    private static PyObject dispatchBinary(RunContext ctx, int op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject fa = ta.lookup(DUNDER[op]);
        PyObject fb = ta == tb ? null : tb.lookup(RDUNDER[op]);
        if (fb != null && tb.isSubtypeOf(ta) && fb != ta.lookup(RDUNDER[op])) {
            PyObject r = Protocols.callSpecial(ctx, fb, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            PyObject r = Protocols.callSpecial(ctx, fa, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            PyObject r = Protocols.callSpecial(ctx, fb, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == ADD && a instanceof PyStr) {
            throw PyException.typeError("can only concatenate str (not \"" + tb.name() + "\") to str");
        }
        if (op == ADD && (a instanceof PyList || a instanceof PyTuple)) {
            throw PyException.typeError("can only concatenate " + ta.name() + " (not \"" + tb.name() + "\") to "
                    + ta.name());
        }
        if (op == MUL && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            if (!isSequence(other) && !(other instanceof PyInt) && other.type().lookup("__index__") != null) {
                return repeat(ctx, isSequence(a) ? a : b, PyInt.valueOf(Protocols.index(other)));
            }
            if (!(other instanceof PyInt) || isSequence(other)) {
                throw PyException.typeError("can't multiply sequence by non-int of type '" + other.type().name() + "'");
            }
        }
        if (op == POW) {
            throw PyException.typeError("unsupported operand type(s) for ** or pow(): '" + ta.tpName() + "' and '"
                    + tb.tpName() + "'");
        }
        throw PyException.typeError("unsupported operand type(s) for " + SYMBOLS[op] + ": '" + ta.tpName() + "' and '"
                + tb.tpName() + "'");
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    /** str/list/tuple concatenation and repetition; null when not applicable. */
    private static PyObject builtinSequenceBinary(RunContext ctx, int op, PyObject a, PyObject b) {
        if (op == ADD) {
            if (a instanceof PyStr && b instanceof PyStr) {
                String x = ((PyStr) a).value();
                String y = ((PyStr) b).value();
                ctx.allocate(2L * (x.length() + y.length()));
                return PyStr.of(x.concat(y));
            }
            if (a instanceof PyList && b instanceof PyList) {
                List<PyObject> x = ((PyList) a).items();
                List<PyObject> y = ((PyList) b).items();
                ctx.allocateSlots(x.size() + (long) y.size());
                ArrayList<PyObject> out = new ArrayList<>(x.size() + y.size());
                out.addAll(x);
                out.addAll(y);
                return new PyList(out);
            }
            if (a instanceof PyTuple && b instanceof PyTuple) {
                PyObject[] x = ((PyTuple) a).array();
                PyObject[] y = ((PyTuple) b).array();
                ctx.allocateSlots(x.length + (long) y.length);
                PyObject[] out = java.util.Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, out, x.length, y.length);
                return PyTuple.of(out);
            }
            return null;
        }
        if (op == MUL) {
            if ((a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) && b instanceof PyInt
                    && a.type().isBuiltin()) {
                return repeat(ctx, a, (PyInt) b);
            }
            if ((b instanceof PyStr || b instanceof PyList || b instanceof PyTuple) && a instanceof PyInt
                    && b.type().isBuiltin()) {
                return repeat(ctx, b, (PyInt) a);
            }
        }
        return null;
    }

    private static PyObject repeat(RunContext ctx, PyObject seq, PyInt count) {
        if (!count.isSmall()) {
            if (count.signum() < 0) {
                count = PyInt.ZERO;
            } else {
                throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            }
        }
        long n = Math.max(0, count.longValue());
        if (seq instanceof PyStr) {
            String s = ((PyStr) seq).value();
            ctx.allocate(multiplyBytes(s.length(), n, 2));
            return PyStr.of(s.repeat((int) n));
        }
        List<PyObject> items = seq instanceof PyList ? ((PyList) seq).items() : ((PyTuple) seq).asList();
        ctx.allocate(multiplyBytes(items.size(), n, 8));
        ArrayList<PyObject> out = new ArrayList<>((int) (items.size() * n));
        for (long i = 0; i < n; i++) {
            out.addAll(items);
        }
        return seq instanceof PyList ? new PyList(out) : PyTuple.of(out);
    }

    private static long multiplyBytes(long len, long n, long unit) {
        if (len == 0 || n == 0) {
            return 0;
        }
        if (n > Integer.MAX_VALUE / Math.max(1, len) || len * n > Integer.MAX_VALUE - 16) {
            return -1;
        }
        return len * n * unit;
    }

    /** {@code a op= b}: in-place special methods first, list += extends in place, then the binary operator. */
    public static PyObject inplace(RunContext ctx, int op, PyObject a, PyObject b) {
        if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || a instanceof PyTuple) {
            if (a.type().isBuiltin()) {
                return binaryForInplace(ctx, op, a, b);
            }
        }
        if (a instanceof PyList && a.type().isBuiltin()) {
            PyList l = (PyList) a;
            if (op == ADD) {
                List<PyObject> extra = Protocols.toList(ctx, b);
                ctx.allocateSlots(l.size() + (long) extra.size());
                l.items().addAll(extra);
                return l;
            }
            if (op == MUL && b instanceof PyInt) {
                PyList r = (PyList) repeat(ctx, l, (PyInt) b);
                l.items().clear();
                l.items().addAll(r.items());
                return l;
            }
        }
        PyObject f = a.type().lookup(IDUNDER[op]);
        if (f != null) {
            PyObject r = Protocols.callSpecial(ctx, f, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return binaryForInplace(ctx, op, a, b);
    }

    /** The binary operator behind {@code a op= b}: its "unsupported operand" error names {@code op=}, as CPython. */
    private static PyObject binaryForInplace(RunContext ctx, int op, PyObject a, PyObject b) {
        try {
            return binary(ctx, op, a, b);
        } catch (PyException e) {
            String prefix = "unsupported operand type(s) for " + (op == POW ? "** or pow()" : SYMBOLS[op]) + ": ";
            PyTuple args = e.value().args();
            if (e.matches(ExceptionTypes.TYPE_ERROR) && e.value().traceback() == null && args.size() == 1
                    && args.get(0) instanceof PyStr && ((PyStr) args.get(0)).value().startsWith(prefix)) {
                throw PyException.typeError("unsupported operand type(s) for " + SYMBOLS[op] + "=: "
                        + ((PyStr) args.get(0)).value().substring(prefix.length()));
            }
            throw e;
        }
    }

    // ---- unary ----

    public static PyObject negate(RunContext ctx, PyObject a) {
        if (a instanceof PyInt && a.type().isBuiltin()) {
            PyInt i = (PyInt) a;
            if (i.isSmall() && i.longValue() != Long.MIN_VALUE) {
                return PyInt.valueOf(-i.longValue());
            }
            return PyInt.valueOf(i.bigValue().negate());
        }
        if (a instanceof PyFloat) {
            return new PyFloat(-((PyFloat) a).value());
        }
        return unary(ctx, a, "__neg__", "-");
    }

    public static PyObject positive(RunContext ctx, PyObject a) {
        if (a instanceof PyInt && a.type().isBuiltin()) {
            return a instanceof PyBool ? PyInt.valueOf(((PyInt) a).longValue()) : a;
        }
        if (a instanceof PyFloat) {
            return a;
        }
        return unary(ctx, a, "__pos__", "+");
    }

    public static PyObject invert(RunContext ctx, PyObject a) {
        if (a instanceof PyInt && a.type().isBuiltin()) {
            PyInt i = (PyInt) a;
            return i.isSmall() ? PyInt.valueOf(~i.longValue()) : PyInt.valueOf(i.bigValue().not());
        }
        return unary(ctx, a, "__invert__", "~");
    }

    private static PyObject unary(RunContext ctx, PyObject a, String dunder, String symbol) {
        PyObject f = a.type().lookup(dunder);
        if (f == null) {
            throw PyException.typeError("bad operand type for unary " + symbol + ": '" + a.type().name() + "'");
        }
        return Protocols.callSpecial(ctx, f, a);
    }

    // ---- comparison ----

    public static PyObject compare(RunContext ctx, int op, PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt && a.type().isBuiltin() && b.type().isBuiltin()) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            int c = x.isSmall() && y.isSmall() ? Long.compare(x.longValue(), y.longValue())
                    : x.bigValue().compareTo(y.bigValue());
            return PyBool.of(test(op, c));
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)
                && a.type().isBuiltin() && b.type().isBuiltin()) {
            int c;
            if (a instanceof PyFloat && b instanceof PyFloat) {
                c = cmpDouble(((PyFloat) a).value(), ((PyFloat) b).value());
            } else if (a instanceof PyInt) {
                c = compareIntFloat((PyInt) a, ((PyFloat) b).value());
            } else {
                c = compareIntFloat((PyInt) b, ((PyFloat) a).value());
                c = c == 2 ? 2 : -c;
            }
            return PyBool.of(c != 2 ? test(op, c) : op == NE);
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return PyBool.of(test(op, PyStr.compare(((PyStr) a).value(), ((PyStr) b).value())));
        }
        if (a.type().isBuiltin() && b.type().isBuiltin()) {
            PyObject r = builtinCompare(ctx, op, a, b);
            if (r != null) {
                return r;
            }
        }
        return dispatchCompare(ctx, op, a, b);
    }

    private static int cmpDouble(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return 2;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    private static boolean test(int op, int c) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Exact comparison of an int with a double: -1, 0, 1, or 2 when the double is NaN. */
    public static int compareIntFloat(PyInt i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i.isSmall() && Math.abs(i.longValue()) < (1L << 53)) {
            double x = (double) i.longValue();
            return x < d ? -1 : x > d ? 1 : 0;
        }
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(d));
    }

    private static PyObject builtinCompare(RunContext ctx, int op, PyObject a, PyObject b) {
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            List<PyObject> x = a instanceof PyList ? ((PyList) a).items() : ((PyTuple) a).asList();
            List<PyObject> y = b instanceof PyList ? ((PyList) b).items() : ((PyTuple) b).asList();
            if ((op == EQ || op == NE) && x.size() != y.size()) {
                return PyBool.of(op == NE);
            }
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!Protocols.eq(ctx, x.get(i), y.get(i))) {
                    if (op == EQ) {
                        return PyBool.FALSE;
                    }
                    if (op == NE) {
                        return PyBool.TRUE;
                    }
                    return compare(ctx, op, x.get(i), y.get(i));
                }
            }
            return PyBool.of(test(op, Integer.compare(x.size(), y.size())));
        }
        if (a instanceof PyDict && b instanceof PyDict && (op == EQ || op == NE)) {
            return PyBool.of(a.equals(b) == (op == EQ));
        }
        if (a instanceof PySet && b instanceof PySet) {
            java.util.Set<PyObject> x = ((PySet) a).items();
            java.util.Set<PyObject> y = ((PySet) b).items();
            switch (op) {
                case EQ: return PyBool.of(x.size() == y.size() && y.containsAll(x));
                case NE: return PyBool.of(!(x.size() == y.size() && y.containsAll(x)));
                case LE: return PyBool.of(y.containsAll(x));
                case LT: return PyBool.of(x.size() < y.size() && y.containsAll(x));
                case GE: return PyBool.of(x.containsAll(y));
                default: return PyBool.of(x.size() > y.size() && x.containsAll(y));
            }
        }
        return null;
    }

    private static PyObject dispatchCompare(RunContext ctx, int op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        int swapped = CMP_SWAP[op];
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.overriddenByUser(CMP_DUNDER[swapped]);
        if (reflectedFirst) {
            PyObject r = richCall(ctx, swapped, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = richCall(ctx, op, a, b);
        if (r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectedFirst) {
            r = richCall(ctx, swapped, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == EQ) {
            return PyBool.of(a == b);
        }
        if (op == NE) {
            return PyBool.of(a != b);
        }
        throw PyException.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + ta.tpName()
                + "' and '" + tb.tpName() + "'");
    }

    private static PyObject richCall(RunContext ctx, int op, PyObject self, PyObject other) {
        PyObject f = self.type().lookup(CMP_DUNDER[op]);
        if (f == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (op == NE && f == CoreMethods.OBJECT_NE) {
            PyObject eq = self.type().lookup("__eq__");
            if (eq == null || eq == CoreMethods.OBJECT_EQ) {
                return self == other ? PyBool.FALSE : PyNone.NOT_IMPLEMENTED;
            }
            PyObject r = Protocols.callSpecial(ctx, eq, self, other);
            return r == PyNone.NOT_IMPLEMENTED ? r : PyBool.of(!Protocols.isTrue(ctx, r));
        }
        return Protocols.callSpecial(ctx, f, self, other);
    }
}
