package io.loopwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs share nothing mutable: the same programs give the same results alone and eight at a time. */
class EngineConcurrencyTest {

    private static String outcome(RunResult r) {
        return r.status() + "|" + r.stdout() + "|" + r.exception() + "|" + r.limit() + "|" + r.virtualTime() + "|"
                + r.warnings() + "|" + r.stats().tasks();
    }

    @Test
    void concurrentRunsGiveTheResultsOfSequentialRuns() throws Exception {
        // given every third conformance program and its result when run alone
        Path dir = Path.of(EngineConcurrencyTest.class.getResource("/conformance").toURI());
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            sources.add(Files.readString(all.get(i)));
        }
        List<String> alone = new ArrayList<>();
        for (String s : sources) {
            alone.add(outcome(Engine.run(s, RunLimits.DEFAULTS, new RunControl())));
        }
        // when they run twice over on eight threads at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String s : sources) {
                    results.add(pool.submit(() -> outcome(Engine.run(s, RunLimits.DEFAULTS, new RunControl()))));
                }
            }
            // then every result equals the one of the run alone
            for (int i = 0; i < results.size(); i++) {
                assertEquals(alone.get(i % sources.size()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
