package io.loopwise.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.loopwise.engine.compiler.CompileError;
import io.loopwise.engine.compiler.Compiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files under {@code src/test/resources/syntax}: each {@code ok/X.py} must parse to exactly the tree
 * CPython 3.12 builds ({@code X.ast}), each {@code errors/X.py} must be rejected with CPython's first error
 * ({@code X.err}). Expectations come from {@code oracle.py}; adding a case is adding a .py file and rerunning it.
 */
class ParserGoldenTest {

    private static Path root() throws URISyntaxException {
        return Path.of(ParserGoldenTest.class.getResource("/syntax/oracle.py").toURI()).getParent();
    }

    private static List<Path> programs(String folder) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Path beside(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }

    @TestFactory
    Stream<DynamicTest> validProgramsParseToCPythonsTree() throws Exception {
        return programs("ok").stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            // given a program CPython accepts
            String source = Files.readString(program);
            // when we parse it
            ParseResult result = Parser.parseModule(source);
            // then there are no problems and every statement matches CPython's tree
            assertEquals(List.of(), result.problems());
            StringBuilder dump = new StringBuilder();
            result.module().body().forEach(s -> dump.append(AstDump.dump(s)).append('\n'));
            assertEquals(Files.readString(beside(program, ".ast")), dump.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidProgramsReportCPythonsFirstError() throws Exception {
        return programs("errors").stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            // given a program CPython rejects
            String source = Files.readString(program);
            // when we parse it (and, if it parses, compile it: scope errors come from CPython's symtable pass)
            ParseResult result = Parser.parseModule(source);
            String reported;
            if (result.problems().isEmpty()) {
                CompileError error = assertThrows(CompileError.class, () -> Compiler.compile(result.module()),
                        "expected a syntax error");
                reported = error.type() + " " + error.line() + ":" + error.column() + ": " + error.getMessage();
            } else {
                SyntaxProblem first = result.problems().get(0);
                reported = first.exceptionType() + " " + first.line() + ":" + first.column() + ": " + first.message();
            }
            // then our first problem is CPython's SyntaxError: same class, line, column and message
            assertEquals(Files.readString(beside(program, ".err")).strip(), reported);
        }));
    }
}
