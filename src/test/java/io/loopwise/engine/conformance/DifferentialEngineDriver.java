package io.loopwise.engine.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine side of the differential tester ({@code src/test/python/differential.py}): a long-lived process that
 * reads {@code PROGRAM<TAB>EXPECTED_JSON} lines from stdin, runs each program exactly as {@code ConformanceTest}
 * does and answers one JSON line {@code {"program", "diffs": [...]}} with {@link ResultDiff}'s differences (empty
 * when the engine agrees with CPython). A tool, not a test: it needs CPython's expectations from the caller.
 */
public final class DifferentialEngineDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DifferentialEngineDriver() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] paths = line.split("\t", 2);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("program", paths[0]);
            var diffs = answer.putArray("diffs");
            try {
                ComparableResult expected = ComparableResult.fromExpected(JSON.readTree(Path.of(paths[1]).toFile()));
                RunResult result = run(Files.readString(Path.of(paths[0])));
                List<String> found = ResultDiff.between(expected, ComparableResult.fromEngine(result));
                if (result.limit() != null) {
                    found.add(0, "engine hit a limit: " + result.limit().kind() + ": " + result.limit().message());
                }
                found.forEach(diffs::add);
            } catch (RuntimeException e) {
                diffs.add("driver error: " + e);
            }
            out.println(JSON.writeValueAsString(answer));
        }
    }

    /** Same as ConformanceTest: a wall-clock limit says nothing about conformance, so it is retried once. */
    private static RunResult run(String source) {
        RunResult result = Engine.run(source, RunLimits.DEFAULTS, new RunControl());
        if (result.limit() != null && "wall_time".equals(result.limit().kind())) {
            result = Engine.run(source, RunLimits.DEFAULTS, new RunControl());
        }
        return result;
    }
}
