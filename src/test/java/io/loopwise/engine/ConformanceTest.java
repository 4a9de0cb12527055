package io.loopwise.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwise.engine.conformance.ComparableResult;
import io.loopwise.engine.conformance.CorpusCase;
import io.loopwise.engine.conformance.KnownFailures;
import io.loopwise.engine.conformance.ResultDiff;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every program in {@code src/test/resources/conformance} must give exactly the result CPython
 * 3.12 gave under the virtual-clock runner ({@code src/test/python/vclock_runner.py}) — status, stdout, exception
 * (type, message, normalised traceback, sub-exceptions), virtual time, task count, every print with its time and
 * task, and warnings. Cases listed in {@code known-failures.txt} are reported as skipped while they still differ
 * and fail the build once they match, so that list only shrinks.
 */
class ConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger KNOWN = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramMatchesCPython() {
        KnownFailures known = KnownFailures.load(CorpusCase.directory());
        return CorpusCase.all().stream()
                .map(corpusCase -> DynamicTest.dynamicTest(corpusCase.name(),
                        () -> check(corpusCase, known)));
    }

    @Test
    void knownFailuresNameExistingCases() {
        List<String> cases = CorpusCase.all().stream().map(CorpusCase::name).toList();
        List<String> stale = new ArrayList<>();
        KnownFailures.load(CorpusCase.directory()).names().forEach(name -> {
            if (!cases.contains(name)) {
                stale.add(name);
            }
        });
        assertTrue(stale.isEmpty(), "known-failures.txt lists cases that do not exist: " + stale);
    }

    @AfterAll
    static void summary() {
        System.out.println("conformance: " + PASSED.get() + " passed, " + KNOWN.get() + " known failures, "
                + TOTAL.get() + " total");
    }

    private static void check(CorpusCase corpusCase, KnownFailures known) throws IOException {
        TOTAL.incrementAndGet();
        // given the program and what CPython 3.12 made of it
        ComparableResult expected = ComparableResult.fromExpected(JSON.readTree(corpusCase.expectedJson()));
        String source = corpusCase.source();

        // when the engine runs it with the default limits
        RunResult result = run(source);
        ComparableResult actual = ComparableResult.fromEngine(result);

        // then every compared field agrees
        List<String> diffs = ResultDiff.between(expected, actual);
        if (result.limit() != null) {
            diffs.add(0, "engine hit a limit: " + result.limit().kind() + ": " + result.limit().message());
        }
        boolean listed = known.contains(corpusCase.name());
        if (diffs.isEmpty()) {
            if (listed) {
                fail(corpusCase.name() + " now matches CPython: remove " + corpusCase.name() + " from "
                        + KnownFailures.FILE_NAME);
            }
            PASSED.incrementAndGet();
            return;
        }
        if (listed) {
            KNOWN.incrementAndGet();
            Assumptions.abort("known failure (" + known.reason(corpusCase.name()) + "): "
                    + diffs.get(0).lines().findFirst().orElse(""));
        }
        fail(corpusCase.name() + " differs from CPython 3.12:\n  " + String.join("\n  ", diffs));
    }

    /**
     * Runs with {@link RunLimits#DEFAULTS}. A wall-clock limit on the first run of a cold JVM on a shared machine
     * says nothing about conformance, so that one outcome is retried once, warm.
     */
    private static RunResult run(String source) {
        RunResult result = Engine.run(source, RunLimits.DEFAULTS, new RunControl());
        if (result.limit() != null && "wall_time".equals(result.limit().kind())) {
            result = Engine.run(source, RunLimits.DEFAULTS, new RunControl());
        }
        return result;
    }
}
