package io.loopwise.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectModelTest {
    private RunContext ctx;

    @BeforeEach
    void bindRun() {
        ctx = new RunContext(RunLimits.DEFAULTS, new RunControl(), BuiltinNamespace.get(), "");
        ctx.bind();
    }

    @AfterEach
    void unbindRun() {
        ctx.unbind();
    }

    private static PyInt i(long v) {
        return PyInt.valueOf(v);
    }

    @Test
    void diamondInheritanceFollowsC3() {
        // given class A; B(A); C(A); D(B, C)
        PyType a = PyType.user("A", "A", "__main__", new PyType[0], Map.of());
        PyType b = PyType.user("B", "B", "__main__", new PyType[] {a}, Map.of());
        PyType c = PyType.user("C", "C", "__main__", new PyType[] {a}, Map.of());
        // when
        PyType d = PyType.user("D", "D", "__main__", new PyType[] {b, c}, Map.of());
        // then
        assertEquals(List.of(d, b, c, a, BuiltinTypes.OBJECT), List.of(d.mroArray()));
    }

    @Test
    void inconsistentHierarchyIsATypeError() {
        PyType a = PyType.user("A", "A", "__main__", new PyType[0], Map.of());
        PyType b = PyType.user("B", "B", "__main__", new PyType[] {a}, Map.of());
        PyException e = assertThrows(PyException.class,
                () -> PyType.user("X", "X", "__main__", new PyType[] {a, b}, Map.of()));
        assertTrue(e.matches(ExceptionTypes.TYPE_ERROR));
    }

    @Test
    void classAttributeChangesReachSubclassesThroughTheLookupCache() {
        PyType a = PyType.user("A", "A", "__main__", new PyType[0], Map.of("x", i(1)));
        PyType b = PyType.user("B", "B", "__main__", new PyType[] {a}, Map.of());
        assertEquals(i(1), b.lookup("x"));
        a.setAttribute("x", i(2));
        assertEquals(i(2), b.lookup("x"));
    }

    @Test
    void floorDivisionAndModuloFollowThePythonSignRules() {
        assertEquals(i(-4), Operators.binary(ctx, Operators.FLOORDIV, i(-10), i(3)));
        assertEquals(i(-2), Operators.binary(ctx, Operators.MOD, i(10), i(-3)));
        assertEquals(i(2), Operators.binary(ctx, Operators.MOD, i(-7), i(3)));
        assertEquals(-0.5, ((PyFloat) Operators.binary(ctx, Operators.MOD, new PyFloat(1.5), i(-1))).value());
    }

    @Test
    void intArithmeticOverflowsIntoBigIntegers() {
        PyObject r = Operators.binary(ctx, Operators.MUL, i(Long.MAX_VALUE), i(2));
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO), ((PyInt) r).bigValue());
        assertEquals("1267650600228229401496703205376",
                ((PyInt) Operators.binary(ctx, Operators.POW, i(2), i(100))).repr());
    }

    @Test
    void intFloatComparisonIsExact() {
        PyInt big = PyInt.valueOf(BigInteger.TWO.pow(53).add(BigInteger.ONE));
        assertEquals(PyBool.FALSE, Operators.compare(ctx, Operators.EQ, big, new PyFloat(Math.pow(2, 53))));
        assertEquals(PyBool.TRUE, Operators.compare(ctx, Operators.GT, big, new PyFloat(Math.pow(2, 53))));
        assertEquals(PyBool.FALSE, Operators.compare(ctx, Operators.EQ, new PyFloat(Double.NaN), new PyFloat(Double.NaN)));
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(Hashing.hash(ctx, i(1)), Hashing.hash(ctx, new PyFloat(1.0)));
        assertEquals(Hashing.hash(ctx, PyBool.TRUE), Hashing.hash(ctx, i(1)));
        assertEquals(-2L, Hashing.hash(ctx, i(-1)));
        assertEquals(1152921504606846977L, Hashing.hash(ctx, new PyFloat(1.5)));
        assertEquals(549755813888L, Hashing.hash(ctx, PyInt.valueOf(BigInteger.TWO.pow(100))));
        assertEquals(-3550055125485641917L, Hashing.hash(ctx, PyTuple.of(i(1), i(2))));
    }

    @Test
    void dictKeysUnifyEqualNumbers() {
        PyDict d = new PyDict();
        d.put(i(1), PyStr.of("int"));
        d.put(new PyFloat(1.0), PyStr.of("float"));
        d.put(PyBool.TRUE, PyStr.of("bool"));
        assertEquals(1, d.size());
        assertEquals("{1: 'bool'}", Protocols.repr(ctx, d));
    }

    @Test
    void reprOfContainersGuardsAgainstCycles() {
        PyList l = PyList.of(i(1));
        l.append(l);
        assertEquals("[1, [...]]", Protocols.repr(ctx, l));
        assertEquals("('a',)", Protocols.repr(ctx, PyTuple.of(PyStr.of("a"))));
        assertEquals("\"it's\"", Protocols.repr(ctx, PyStr.of("it's")));
    }

    @Test
    void argParserBindsKeywordsAndReportsCPythonErrors() {
        ArgParser p = new ArgParser("sorted", "iterable", "/", "*", "key=", "reverse=");
        PyObject[] v = p.parse(new PyObject[] {PyList.of(), PyBool.TRUE}, new String[] {"reverse"});
        assertEquals(PyBool.TRUE, v[2]);
        assertEquals(null, v[1]);
        PyException e = assertThrows(PyException.class,
                () -> p.parse(new PyObject[] {PyList.of(), i(1)}, new String[] {"cmp"}));
        assertEquals("sorted() got an unexpected keyword argument 'cmp'", Protocols.str(ctx, e.value()));
    }

    @Test
    void hugeAllocationsAreRefusedBeforeTheyHappen() {
        LimitExceeded e = assertThrows(LimitExceeded.class,
                () -> Operators.binary(ctx, Operators.MUL, PyList.of(i(0)), PyInt.valueOf(10_000_000_000L)));
        assertEquals("memory", e.kind());
        assertThrows(LimitExceeded.class, () -> Operators.binary(ctx, Operators.POW, i(10),
                PyInt.valueOf(100_000_000)));
    }

    @Test
    void exceptionGroupsSplitByTypeKeepingStructure() {
        PyBaseException v1 = ExceptionTypes.newException(ExceptionTypes.VALUE_ERROR, PyTuple.of(i(1)));
        PyBaseException t1 = ExceptionTypes.newException(ExceptionTypes.TYPE_ERROR, PyTuple.of(i(2)));
        PyBaseException eg = ExceptionTypes.newException(ExceptionTypes.BASE_EXCEPTION_GROUP,
                PyTuple.of(PyStr.of("eg"), PyList.of(v1, t1)));
        assertEquals(ExceptionTypes.EXCEPTION_GROUP, eg.type());
        ExceptionGroups.Split s = ExceptionGroups.split(ctx, eg, e -> e.isInstance(ExceptionTypes.VALUE_ERROR));
        assertEquals("eg (1 sub-exception)", Protocols.str(ctx, s.match()));
        assertEquals(List.of(t1), ((PyExceptionGroup) s.rest()).exceptions().asList());
    }
}
