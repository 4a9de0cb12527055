package io.loopwise.engine.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the builtin functions and the methods of the builtin types: each
 * {@code builtins/golden/NAME.py} must print exactly {@code NAME.out}, which CPython 3.12 produced
 * ({@code sh src/test/resources/builtins/golden/regenerate.sh}; never edit an .out by hand).
 * {@code known-failures.txt} (one program name per line, then {@code # reason}) is a ratchet: a listed program
 * that still differs is skipped with its first differing line, a listed program that now matches fails until it
 * is removed from the list, and an unlisted program must match.
 */
class BuiltinsGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCpythonPrinted() throws IOException, URISyntaxException {
        Path dir = Path.of(BuiltinsGoldenTest.class.getResource("/builtins/golden").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        Set<String> knownFailures = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("known-failures.txt"), StandardCharsets.UTF_8)) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                knownFailures.add(name);
            }
        }
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            // given a program and the stdout CPython printed for it
            String source = Files.readString(program, StandardCharsets.UTF_8);
            String name = program.getFileName().toString();
            String expected = Files.readString(program.resolveSibling(name.replace(".py", ".out")),
                    StandardCharsets.UTF_8);

            // when the engine runs it
            RunResult result = Engine.run(source, RunLimits.DEFAULTS, new RunControl());

            // then it prints the same text, line for line
            boolean matches = expected.equals(result.stdout());
            String caseName = name.replace(".py", "");
            if (knownFailures.contains(caseName)) {
                assertFalse(matches, "remove " + caseName + " from builtins/golden/known-failures.txt: it passes now");
                Assumptions.assumeTrue(false, "known failure " + caseName + ": " + firstDifference(expected,
                        result));
            }
            assertEquals(expected, result.stdout(), () -> name + " ended " + result.status().wireName()
                    + (result.exception() == null ? "" : ": " + result.exception().traceback())
                    + (result.limit() == null ? "" : ": " + result.limit().message()));
        }));
    }

    private static String firstDifference(String expected, RunResult result) {
        String[] want = expected.split("\n", -1);
        String[] got = result.stdout().split("\n", -1);
        for (int i = 0; i < want.length; i++) {
            if (i >= got.length || !want[i].equals(got[i])) {
                return "line " + (i + 1) + ": expected <" + want[i] + "> but got <" + (i < got.length ? got[i] : "")
                        + "> (run " + result.status().wireName() + ")";
            }
        }
        return "extra output after line " + want.length;
    }
}
