package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.timeline.TimelineEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The asyncio golden programs ({@code src/test/resources/asyncio/*.py}) run through the whole engine and compared
 * field by field with what CPython 3.12 produced under the virtual-clock runner ({@code NAME.expected.json}).
 */
class AsyncioProgramsTest {
    private static final Path DIR = Path.of("src/test/resources/asyncio");

    @TestFactory
    Stream<DynamicTest> everyProgramMatchesCPython() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(DIR)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        // given a program and CPython's result for it
        String name = program.getFileName().toString().replace(".py", "");
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve(name + ".expected.json").toFile());

        // when the engine runs it
        RunResult result = Engine.run(Files.readString(program), RunLimits.DEFAULTS, new RunControl());

        // then every compared field is CPython's
        assertEquals(expected.get("status").asText(), result.status().wireName(), name + ": status");
        assertEquals(expected.get("stdout").asText(), result.stdout(), name + ": stdout");
        assertEquals(expected.get("virtualTime").asDouble(), result.virtualTime(), name + ": virtualTime");
        assertEquals(expected.get("tasks").asInt(), result.stats().tasks(), name + ": tasks");
        assertEquals(expectedPrints(expected), actualPrints(result), name + ": prints");
        List<String> warnings = new ArrayList<>();
        expected.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertEquals(warnings, result.warnings(), name + ": warnings");
        JsonNode exc = expected.get("exception");
        if (exc.isNull()) {
            assertEquals(null, result.exception(), name + ": exception");
        } else {
            assertEquals(exc.get("type").asText(), result.exception().type(), name + ": exception type");
            assertEquals(exc.get("message").asText(), result.exception().message(), name + ": exception message");
            assertEquals(exc.get("traceback").asText(), result.exception().traceback(), name + ": traceback");
        }
    }

    private static List<String> expectedPrints(JsonNode expected) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : expected.get("prints")) {
            out.add(p.get("t").asDouble() + " " + (p.get("task").isNull() ? null : p.get("task").asText()) + " "
                    + p.get("text").asText());
        }
        return out;
    }

    private static List<String> actualPrints(RunResult result) {
        List<String> out = new ArrayList<>();
        for (TimelineEvent e : result.timeline().events()) {
            if (e.kind().equals("print")) {
                out.add(e.t() + " " + e.task() + " " + e.detail());
            }
        }
        return out;
    }
}
