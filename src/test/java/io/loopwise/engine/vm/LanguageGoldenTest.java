package io.loopwise.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStatus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden programs for the language itself (closures, classes, exceptions, generators, async syntax, dataclasses):
 * each {@code src/test/resources/vm/golden/NAME.py} must print exactly {@code NAME.out}, which CPython produced:
 * {@code cd src/test/resources/vm/golden && for f in *.py; do PYENV_VERSION=3.12.1 python3 $f > ${f%.py}.out; done}
 * (the async program sleeps in real time there; its output does not depend on time).
 */
class LanguageGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCpythonPrinted() throws IOException, URISyntaxException {
        Path dir = Path.of(LanguageGoldenTest.class.getResource("/vm/golden").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return programs.stream().map(p -> dynamicTest(p.getFileName().toString(), () -> {
            // given a program and the stdout CPython printed for it
            String expected = Files.readString(Path.of(p.toString().replaceAll("\\.py$", ".out")));
            // when the engine runs it
            RunResult r = Engine.run(Files.readString(p), RunLimits.DEFAULTS, new RunControl());
            // then it completes with the same output
            assertEquals(RunStatus.COMPLETED, r.status(), () -> String.valueOf(r.exception()));
            assertEquals(expected, r.stdout());
        }));
    }
}
