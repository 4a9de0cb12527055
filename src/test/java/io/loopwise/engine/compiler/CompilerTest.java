package io.loopwise.engine.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.syntax.Parser;
import org.junit.jupiter.api.Test;

class CompilerTest {

    private static CodeObject compile(String src) {
        return Compiler.compile(Parser.parseModule(src).module());
    }

    private static CodeObject nested(CodeObject c, String name) {
        for (Object k : c.consts) {
            if (k instanceof CodeObject) {
                CodeObject code = (CodeObject) k;
                if (code.name.equals(name)) {
                    return code;
                }
                CodeObject deeper = nested(code, name);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    @Test
    void capturedLocalsBecomeCellsAndFreeVariables() {
        // given a closure over n
        CodeObject m = compile("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n"
                + "    return inner\n");
        // then outer keeps n in a cell and inner receives it as a free variable
        assertArrayEquals(new String[] {"n"}, nested(m, "outer").cellvars);
        assertArrayEquals(new String[] {"n"}, nested(m, "inner").freevars);
        assertEquals("outer.<locals>.inner", nested(m, "inner").qualname);
    }

    @Test
    void zeroArgumentSuperCapturesTheClassCell() {
        CodeObject m = compile("class A:\n    def f(self):\n        return super().f()\n");
        assertArrayEquals(new String[] {"__class__"}, nested(m, "A").cellvars);
        assertArrayEquals(new String[] {"__class__"}, nested(m, "f").freevars);
    }

    @Test
    void asyncAndGeneratorFunctionsAreFlagged() {
        CodeObject m = compile("async def c():\n    await x\ndef g():\n    yield 1\nasync def ag():\n    yield 1\n");
        assertTrue(nested(m, "c").is(CodeObject.COROUTINE));
        assertTrue(nested(m, "g").is(CodeObject.GENERATOR));
        assertTrue(nested(m, "ag").is(CodeObject.ASYNC_GENERATOR));
    }

    @Test
    void instructionsInATryBodyPointAtTheirHandler() {
        CodeObject m = compile("try:\n    x = 1\nexcept ValueError:\n    pass\n");
        int storeX = -1;
        for (int i = 0; i < m.code.length; i++) {
            if (Opcode.op(m.code[i]) == Opcode.STORE_GLOBAL) {
                storeX = i;
                break;
            }
        }
        int handler = m.handlerOf[storeX];
        assertTrue(handler >= 0);
        assertEquals(Opcode.PUSH_EXC_INFO, Opcode.op(m.code[m.handlerTargets[handler]]));
        assertEquals(0, m.handlerDepths[handler]);
    }

    @Test
    void forbiddenBuiltinsAndImportsAreRejectedWithTheirPosition() {
        CompileError open = assertThrows(CompileError.class, () -> compile("x = 1\ny = open('f')\n"));
        assertEquals("NotImplementedError", open.type());
        assertEquals(2, open.line());
        assertEquals(5, open.column());
        CompileError imp = assertThrows(CompileError.class, () -> compile("import socket\n"));
        assertEquals("ImportError", imp.type());
    }

    @Test
    void aProgramMayDefineItsOwnFunctionCalledOpen() {
        compile("def open(x):\n    return x\nprint(open(1))\n");
    }

    @Test
    void scopeErrorsAreSyntaxErrors() {
        assertEquals("no binding for nonlocal 'q' found",
                assertThrows(CompileError.class, () -> compile("def f():\n    nonlocal q\n")).getMessage());
        assertEquals("'break' outside loop",
                assertThrows(CompileError.class, () -> compile("break\n")).getMessage());
        assertEquals("'await' outside function",
                assertThrows(CompileError.class, () -> compile("await x\n")).getMessage());
        assertEquals("'return' outside function",
                assertThrows(CompileError.class, () -> compile("return 1\n")).getMessage());
    }
}
