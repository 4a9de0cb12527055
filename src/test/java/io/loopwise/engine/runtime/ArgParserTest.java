package io.loopwise.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ArgParser's three wordings; the Python and Clinic ones against what CPython 3.12.1 says for the same calls. */
class ArgParserTest {
    private static final PyObject ONE = PyInt.valueOf(1);
    private static final PyObject TWO = PyInt.valueOf(2);

    private static String error(Runnable call) {
        PyException e = assertThrows(PyException.class, call::run);
        assertSame(ExceptionTypes.TYPE_ERROR, e.value().type());
        return ((PyStr) e.value().args().array()[0]).value();
    }

    @Test
    void pythonSignaturesReadLikeThePythonBinder() {
        // given asyncio.sleep's Python signature, when it is misused, then the errors are a Python function's
        ArgParser sleep = ArgParser.python("sleep", "delay", "result=");
        assertEquals("sleep() missing 1 required positional argument: 'delay'",
                error(() -> sleep.parse(new PyObject[0], null)));
        assertEquals("sleep() takes from 1 to 2 positional arguments but 3 were given",
                error(() -> sleep.parse(new PyObject[] {ONE, TWO, ONE}, null)));
        assertEquals("sleep() got multiple values for argument 'delay'",
                error(() -> sleep.parse(new PyObject[] {ONE, TWO}, new String[] {"delay"})));
        // and a method counts self, under its qualified name
        ArgParser set = ArgParser.python("Event.set", "self");
        assertEquals("Event.set() takes 1 positional argument but 2 were given",
                error(() -> set.parse(new PyObject[] {ONE, TWO}, null)));
        // and keyword-only arguments passed are reported alongside the extra positionals
        ArgParser wait = ArgParser.python("wait", "fs", "*", "timeout=");
        assertEquals("wait() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument)"
                + " were given", error(() -> wait.parse(new PyObject[] {ONE, TWO, ONE}, new String[] {"timeout"})));
    }

    @Test
    void pythonSignaturesBindLikeThePythonBinder() {
        // given to_thread's signature, when func is passed by keyword, then it lands in **kwargs and func is missing
        ArgParser toThread = ArgParser.python("to_thread", "func", "/", "*args", "**kwargs");
        assertEquals("to_thread() missing 1 required positional argument: 'func'",
                error(() -> toThread.parse(new PyObject[] {ONE}, new String[] {"func"})));
        // and a correct call binds every slot
        PyObject[] p = toThread.parse(new PyObject[] {ONE, TWO, ONE}, new String[] {"x"});
        assertSame(ONE, p[0]);
        assertEquals(1, ((PyTuple) p[1]).array().length);
        assertEquals(1, ((PyDict) p[2]).size());
    }

    @Test
    void clinicSignaturesReadLikeArgumentClinic() {
        // given _asyncio's Future.cancel(msg=None) and add_done_callback(fn, /, *, context=None)
        ArgParser cancel = ArgParser.clinic("cancel", "msg=");
        ArgParser addDone = ArgParser.clinic("add_done_callback", "fn", "/", "*", "context=");
        // then misuse reads as _PyArg_UnpackKeywords words it
        assertEquals("cancel() takes at most 1 argument (2 given)",
                error(() -> cancel.parse(new PyObject[] {ONE, TWO}, null)));
        assertEquals("'x' is an invalid keyword argument for cancel()",
                error(() -> cancel.parse(new PyObject[] {ONE}, new String[] {"x"})));
        assertEquals("add_done_callback() takes exactly 1 positional argument (2 given)",
                error(() -> addDone.parse(new PyObject[] {ONE, TWO}, null)));
        assertEquals("add_done_callback() takes exactly 1 positional argument (0 given)",
                error(() -> addDone.parse(new PyObject[] {ONE}, new String[] {"fn"})));
        assertEquals("Future() takes no positional arguments",
                error(() -> ArgParser.clinic("Future", "*", "loop=").parse(new PyObject[] {ONE}, null)));
        assertEquals("exception() takes no arguments",
                error(() -> ArgParser.clinic("exception").parse(new PyObject[] {ONE}, null)));
    }

    @Test
    void noArgsAndOneArgMethodsReadLikeMethNoargsAndMethO() {
        // given a receiver and one extra argument, then METH_NOARGS counts only the extra one
        assertEquals("Future.result() takes no arguments (1 given)",
                error(() -> ArgParser.noArgs("Future.result", new PyObject[] {ONE, TWO}, null)));
        assertEquals("Future.result() takes no keyword arguments",
                error(() -> ArgParser.noArgs("Future.result", new PyObject[] {ONE, TWO}, new String[] {"x"})));
        assertEquals("Task.set_name() takes exactly one argument (0 given)",
                error(() -> ArgParser.oneArg("Task.set_name", new PyObject[] {ONE}, null)));
    }

    @Test
    void theDefaultWordingStaysGetargs() {
        // given a plain parser, then it keeps PyArg_ParseTupleAndKeywords' wording for the C builtins that use it
        ArgParser plain = new ArgParser("f", "a", "/", "*", "key=");
        assertEquals("f() takes at most 1 positional argument (2 given)",
                error(() -> plain.parse(new PyObject[] {ONE, TWO}, null)));
        assertEquals("f() missing required argument 'a' (pos 1)", error(() -> plain.parse(new PyObject[0], null)));
    }
}
