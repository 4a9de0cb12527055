package io.loopwise.engine.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the builtin functions and the methods of the builtin types: each
 * {@code builtins/golden/NAME.py} must print exactly {@code NAME.out}, which CPython 3.12 produced
 * ({@code sh src/test/resources/builtins/golden/regenerate.sh}; never edit an .out by hand).
 */
class BuiltinsGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCpythonPrinted() throws IOException, URISyntaxException {
        Path dir = Path.of(BuiltinsGoldenTest.class.getResource("/builtins/golden").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            // given a program and the stdout CPython printed for it
            String source = Files.readString(program, StandardCharsets.UTF_8);
            String name = program.getFileName().toString();
            String expected = Files.readString(program.resolveSibling(name.replace(".py", ".out")),
                    StandardCharsets.UTF_8);

            // when the engine runs it
            RunResult result = Engine.run(source, RunLimits.DEFAULTS, new RunControl());

            // then it completes and prints the same text, line for line
            assertEquals(expected, result.stdout(), () -> name + " ended " + result.status().wireName()
                    + (result.exception() == null ? "" : ": " + result.exception().traceback())
                    + (result.limit() == null ? "" : ": " + result.limit().message()));
        }));
    }
}
