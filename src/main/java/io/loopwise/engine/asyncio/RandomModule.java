package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.text.MersenneTwister;
import io.loopwise.engine.text.TextError;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * The {@code random} module: CPython's generator bit for bit ({@link MersenneTwister}), one per run. A program
 * that never calls {@code seed} (or calls it without an argument) gets {@link #DEFAULT_SEED}, so every run of
 * the same program draws the same numbers; seeded programs draw exactly what CPython draws.
 */
final class RandomModule {
    /** The seed of an unseeded run (CPython would seed from the OS; a sandbox run must be reproducible). */
    static final long DEFAULT_SEED = 0;

    private static final ArgParser SEED = new ArgParser("seed", "a=", "version=");
    private static final ArgParser RANDRANGE = new ArgParser("randrange", "start", "stop=", "step=");
    private static final ArgParser TWO = new ArgParser("randint", "a", "b");
    private static final ArgParser UNIFORM = new ArgParser("uniform", "a", "b");
    private static final ArgParser ONE = new ArgParser("choice", "seq");
    private static final ArgParser SAMPLE = new ArgParser("sample", "population", "k", "*", "counts=");
    private static final ArgParser CHOICES = new ArgParser("choices", "population", "weights=", "*", "cum_weights=",
            "k=");

    private static final ArgParser GAUSS = new ArgParser("gauss", "mu=", "sigma=");
    private static final ArgParser NORMAL = new ArgParser("normalvariate", "mu=", "sigma=");
    private static final ArgParser EXPO = new ArgParser("expovariate", "lambd=");
    private static final ArgParser TRIANGULAR = new ArgParser("triangular", "low=", "high=", "mode=");
    private static final ArgParser BITS = new ArgParser("getrandbits", "k");

    private RandomModule() {
    }

    static PyModule create(RunContext ctx) {
        MersenneTwister mt = new MersenneTwister(BigInteger.valueOf(DEFAULT_SEED));
        PyModule m = new PyModule("random");
        m.def("seed", (c, a, k) -> {
            PyObject s = SEED.parse(a, k)[0];
            if (s == null || s == PyNone.NONE) {
                mt.seed(BigInteger.valueOf(DEFAULT_SEED));
            } else if (s instanceof PyInt i) {
                mt.seed(i.bigValue());
            } else if (s instanceof PyStr str) {
                mt.seed(str.value());
            } else if (s instanceof PyFloat) {
                mt.seed(new BigInteger(Long.toUnsignedString(Protocols.hash(c, s))));
            } else {
                throw PyException.typeError("The only supported seed types are: None,\nint, float, str, bytes, "
                        + "and bytearray.");
            }
            return PyNone.NONE;
        });
        m.def("random", (c, a, k) -> {
            ArgParser.checkPositional("random", a, k, 0, 0);
            return PyFloat.valueOf(mt.random());
        });
        m.def("uniform", (c, a, k) -> {
            PyObject[] p = UNIFORM.parse(a, k);
            return PyFloat.valueOf(mt.uniform(number(p[0]), number(p[1])));
        });
        m.def("randint", (c, a, k) -> {
            PyObject[] p = TWO.parse(a, k);
            return guarded(() -> PyInt.valueOf(mt.randint(integer(p[0]), integer(p[1]))));
        });
        m.def("randrange", (c, a, k) -> {
            PyObject[] p = RANDRANGE.parse(a, k);
            if (p[1] == null || p[1] == PyNone.NONE) {
                return guarded(() -> PyInt.valueOf(mt.randrange(integer(p[0]))));
            }
            BigInteger step = p[2] == null ? BigInteger.ONE : integer(p[2]);
            return guarded(() -> PyInt.valueOf(mt.randrange(integer(p[0]), integer(p[1]), step)));
        });
        m.def("choice", (c, a, k) -> {
            PyObject seq = ONE.parse(a, k)[0];
            int n = (int) Protocols.len(c, seq);
            return guarded(() -> Protocols.getItem(c, seq, PyInt.valueOf(mt.choiceIndex(n))));
        });
        m.def("shuffle", (c, a, k) -> {
            PyObject x = ONE.parse(a, k)[0];
            if (!(x instanceof PyList list)) {
                throw PyException.typeError("shuffle() needs a mutable sequence (a list), got '"
                        + x.type().name() + "'");
            }
            mt.shuffle(list.items());
            return PyNone.NONE;
        });
        m.def("sample", (c, a, k) -> {
            PyObject[] p = SAMPLE.parse(a, k);
            PyObject population = p[0];
            PyType t = population.type();
            if (t.name().equals("set") || t.name().equals("frozenset") || t.name().equals("dict")) {
                throw PyException.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            int n = (int) Protocols.len(c, population);
            long kk = Protocols.index(p[1]);
            int[] picks = guarded(() -> mt.sampleIndices(n, (int) Math.max(-1, Math.min(kk, Integer.MAX_VALUE))));
            ArrayList<PyObject> out = new ArrayList<>(picks.length);
            for (int i : picks) {
                out.add(Protocols.getItem(c, population, PyInt.valueOf(i)));
            }
            return new PyList(out);
        });
        m.def("choices", (c, a, k) -> {
            PyObject[] p = CHOICES.parse(a, k);
            PyObject population = p[0];
            int n = (int) Protocols.len(c, population);
            int count = p[3] == null ? 1 : (int) Math.max(0, Math.min(Protocols.index(p[3]), 1_000_000));
            c.allocateSlots(count);
            boolean noWeights = p[1] == null || p[1] == PyNone.NONE;
            boolean noCum = p[2] == null || p[2] == PyNone.NONE;
            int[] picks;
            if (noWeights && noCum) {
                picks = mt.choicesIndices(n, count);
            } else {
                if (!noWeights && !noCum) {
                    throw PyException.typeError("Cannot specify both weights and cumulative weights");
                }
                java.util.List<PyObject> w = Protocols.toList(c, noCum ? p[1] : p[2]);
                double[] cum = new double[w.size()];
                double acc = 0;
                for (int i = 0; i < cum.length; i++) {
                    acc = noCum ? acc + number(w.get(i)) : number(w.get(i));
                    cum[i] = acc;
                }
                if (cum.length != n) {
                    throw PyException.valueError("The number of weights does not match the population");
                }
                picks = guarded(() -> mt.choicesIndices(cum, count));
            }
            ArrayList<PyObject> out = new ArrayList<>(picks.length);
            for (int i : picks) {
                out.add(Protocols.getItem(c, population, PyInt.valueOf(i)));
            }
            return new PyList(out);
        });
        m.def("gauss", (c, a, k) -> {
            PyObject[] p = GAUSS.parse(a, k);
            return PyFloat.valueOf(mt.gauss(number(p[0], 0.0), number(p[1], 1.0)));
        });
        m.def("normalvariate", (c, a, k) -> {
            PyObject[] p = NORMAL.parse(a, k);
            return PyFloat.valueOf(mt.normalvariate(number(p[0], 0.0), number(p[1], 1.0)));
        });
        m.def("expovariate", (c, a, k) -> {
            double lambd = number(EXPO.parse(a, k)[0], 1.0);
            if (lambd == 0.0) {
                mt.random(); // Lib/random.py draws before it divides by lambd
                throw PyException.of(ExceptionTypes.ZERO_DIVISION_ERROR, "float division by zero");
            }
            return PyFloat.valueOf(mt.expovariate(lambd));
        });
        m.def("triangular", (c, a, k) -> {
            PyObject[] p = TRIANGULAR.parse(a, k);
            double mode = p[2] == null || p[2] == PyNone.NONE ? Double.NaN : number(p[2]);
            return PyFloat.valueOf(mt.triangular(number(p[0], 0.0), number(p[1], 1.0), mode));
        });
        m.def("getrandbits", (c, a, k) -> {
            long bits = Protocols.index(BITS.parse(a, k)[0]);
            if (bits > Integer.MAX_VALUE || bits < Integer.MIN_VALUE) {
                throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            c.allocate(Math.max(bits, 0) / 8);
            return guarded(() -> PyInt.valueOf(mt.getrandbits((int) bits)));
        });
        return m;
    }

    /** An optional real-number argument: {@code fallback} when omitted. */
    private static double number(PyObject o, double fallback) {
        return o == null ? fallback : number(o);
    }

    private static double number(PyObject o) {
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        if (o instanceof PyFloat f) {
            return f.value();
        }
        throw PyException.typeError("must be real number, not " + o.type().name());
    }

    private static BigInteger integer(PyObject o) {
        if (o instanceof PyInt i) {
            return i.bigValue();
        }
        throw PyException.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    /** Runs a generator call, turning its {@link TextError} into the Python exception it names. */
    private static <T> T guarded(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (TextError e) {
            PyType type = switch (e.pythonType()) {
                case "IndexError" -> ExceptionTypes.INDEX_ERROR;
                case "TypeError" -> ExceptionTypes.TYPE_ERROR;
                default -> ExceptionTypes.VALUE_ERROR;
            };
            throw PyException.of(type, e.getMessage());
        }
    }
}
