package io.loopwise.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token streams for the layout rules the parser relies on. */
class LexerTest {

    private static String types(String source) {
        List<SyntaxProblem> problems = new ArrayList<>();
        List<Token> tokens = Lexer.tokenize(source, problems);
        assertEquals(List.of(), problems);
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.type().text() != null ? t.type().text() : t.type().name()).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void indentationBecomesIndentAndDedent() {
        assertEquals("if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT pass NEWLINE DEDENT DEDENT NAME NEWLINE EOF",
                types("if a:\n    if b:\n        pass\nc\n"));
    }

    @Test
    void bracketsAndBackslashesJoinLines() {
        assertEquals("NAME = ( INT , INT ) + INT NEWLINE EOF", types("x = (1,\n  2) + \\\n 3\n"));
    }

    @Test
    void blankAndCommentLinesDoNotAffectIndentation() {
        assertEquals("def NAME ( ) : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
                types("def f():\n    a\n\n        # deep comment\n    b\n"));
    }

    @Test
    void missingFinalNewlineIsSupplied() {
        assertEquals("NAME NEWLINE EOF", types("x"));
    }

    @Test
    void numbersInEveryNotation() {
        List<SyntaxProblem> problems = new ArrayList<>();
        List<Token> tokens = Lexer.tokenize("0x_ff 0o17 0b101 1_000 1.5e-3 .5 3. 1E+5", problems);
        assertEquals(List.of(), problems);
        assertEquals("255", tokens.get(0).value().toString());
        assertEquals("15", tokens.get(1).value().toString());
        assertEquals("5", tokens.get(2).value().toString());
        assertEquals("1000", tokens.get(3).value().toString());
        assertEquals(0.0015, tokens.get(4).value());
        assertEquals(0.5, tokens.get(5).value());
        assertEquals(3.0, tokens.get(6).value());
        assertEquals(100000.0, tokens.get(7).value());
    }

    @Test
    void tokensCarryOneBasedPositions() {
        List<Token> tokens = Lexer.tokenize("x = 1\n  \nif y:\n  z\n", new ArrayList<>());
        Token z = tokens.stream().filter(t -> "z".equals(t.value())).findFirst().orElseThrow();
        assertEquals(4, z.line());
        assertEquals(3, z.col());
    }
}
