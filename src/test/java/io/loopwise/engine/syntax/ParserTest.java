package io.loopwise.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the parser beyond single golden files: recovery, error text, robustness. */
class ParserTest {

    @Test
    void reportsSeveralMistakesInOneRun() {
        // given a program with three independent syntax errors
        String source = "def f(x y):\n    pass\nx = 1 +\nif y\n    z = 2\nprint('ok')\n";
        // when it is parsed
        ParseResult result = Parser.parseModule(source);
        // then each mistake is reported with its position, and the valid statement after them survives
        assertEquals(List.of(1, 3, 4), result.problems().stream().map(SyntaxProblem::line).toList());
        assertEquals("SyntaxError: line 4, col 5: expected ':'", result.problems().get(2).toString());
        Stmt last = result.module().body().get(result.module().body().size() - 1);
        assertInstanceOf(Stmt.ExprStmt.class, last);
    }

    @Test
    void contextErrorsAreReportedTogether() {
        // given a program that parses but breaks two compile-time rules
        String source = "break\ndef f():\n    await g()\n";
        // when it is parsed
        ParseResult result = Parser.parseModule(source);
        // then both rules are reported in source order
        assertEquals(List.of("'break' outside loop", "'await' outside async function"),
                result.problems().stream().map(SyntaxProblem::message).toList());
    }

    @Test
    void deeplyNestedInputIsAProblemNotACrash() {
        // given absurdly deep nesting
        String source = "x = " + "(".repeat(50_000) + ")".repeat(50_000) + "\n";
        // when it is parsed
        ParseResult result = Parser.parseModule(source);
        // then it is rejected like CPython does, without a Java exception
        assertEquals("too many nested parentheses", result.problems().get(0).message());
    }

    private static final String NOISE = "()[]{}:'\"\\\n\t #=*fb!";

    @Test
    void treesTooDeepToCompileAreRejectedLikeCPython() {
        // given a 5000-term sum, which CPython 3.12 refuses to compile (1000 terms are fine)
        String deep = "x = " + String.join("+", java.util.Collections.nCopies(5000, "a")) + "\n";
        String fine = "x = " + String.join("+", java.util.Collections.nCopies(1000, "a")) + "\n";
        // when both are parsed
        ParseResult rejected = Parser.parseModule(deep);
        // then only the deep one is a problem, named as CPython names it
        assertEquals("RecursionError", rejected.problems().get(0).exceptionType());
        assertEquals("maximum recursion depth exceeded during compilation", rejected.problems().get(0).message());
        assertTrue(Parser.parseModule(fine).ok());
    }

    @Test
    void garbageNeverThrows() {
        // given many mutations of a valid program
        String base = "async def main(x=1, *a, **k):\n    async with t as (a, b):\n        y = f\"{x!r:>{w}}\"\n"
                + "    return [await z async for z in q if z]\n";
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder(base);
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    default -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            // when parsed, then it either succeeds or lists problems: never an exception
            ParseResult result = Parser.parseModule(s.toString());
            assertTrue(result.ok() || !result.problems().isEmpty());
        }
    }

    @Test
    void integersKeepArbitraryPrecision() {
        // given a literal beyond long
        ParseResult result = Parser.parseModule("x = 123456789012345678901234567890\n");
        // then its exact value is kept
        Expr value = ((Stmt.Assign) result.module().body().get(0)).value();
        assertEquals(new java.math.BigInteger("123456789012345678901234567890"), ((Expr.IntConst) value).value());
    }
}
