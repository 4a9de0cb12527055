package io.loopwise.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.conformance.CorpusCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness: random token soups and mutated corpus programs (fixed seed, a few thousand cases, a wall-clock
 * budget) must each end as a well-formed {@link RunResult} — completed, failed, rejected or limit_exceeded —
 * with no Java exception escaping {@link Engine#run}, no internal error dressed as a Python exception and no hang.
 * Offending inputs are written to {@code target/fuzz-crashers/}; copy them to
 * {@code src/test/resources/fuzz-regressions/} (as {@code NAME.py}) to keep them as regression cases.
 */
class EngineFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final int CASES = 3_000;
    private static final long BUDGET_MILLIS = 90_000;
    private static final long HANG_MILLIS = 10_000;
    /** Small limits keep a few thousand runs quick; every limit path is still exercised. */
    private static final RunLimits FUZZ_LIMITS = new RunLimits(200_000L, 600.0, 1_000L, 500, 16L << 20, 16L << 10,
            100, 64 << 10);

    @Test
    void generatedProgramsAlwaysEndAsResults() throws IOException {
        // given a seeded stream of token soups and mutated corpus programs
        ProgramMutator mutator = new ProgramMutator(SEED);
        List<String> seeds = CorpusCase.all().stream().map(CorpusCase::source).toList();
        List<String> problems = new ArrayList<>();
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        int ran = 0;
        ExecutorService runner = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int i = 0; i < CASES && System.currentTimeMillis() < deadline; i++) {
                String program = i % 4 == 0 ? mutator.tokenSoup() : mutator.mutate(seeds.get(i % seeds.size()));

                // when the engine runs it
                String problem = runGuarded(runner, program);
                if (problem != null && problem.startsWith("hang")) {
                    runner.shutdownNow();
                    runner = Executors.newSingleThreadExecutor(daemon());
                }
                ran++;

                // then it ends as a well-formed result
                if (problem != null) {
                    problems.add("case " + i + ": " + problem);
                    saveCrasher(i, program, problem);
                }
            }
        } finally {
            runner.shutdownNow();
        }
        System.out.println("fuzz: " + ran + " generated programs, " + problems.size() + " problems (seed " + SEED + ")");
        assertTrue(problems.isEmpty(), problems.size() + " generated programs broke the engine (inputs in "
                + "target/fuzz-crashers/):\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    @TestFactory
    Stream<DynamicTest> storedCrashersNowEndAsResults() throws IOException {
        Path dir = regressionDirectory();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        }
        ExecutorService runner = Executors.newSingleThreadExecutor(daemon());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String program = Files.readString(file, StandardCharsets.UTF_8);
            String problem = runGuarded(runner, program);
            assertTrue(problem == null, file.getFileName() + ": " + problem);
        })).onClose(runner::shutdownNow);
    }

    /** Null when the run ended well; otherwise what went wrong (escaped exception, bad shape or hang). */
    static String runGuarded(ExecutorService runner, String program) {
        RunControl control = new RunControl();
        Future<RunResult> future = runner.submit(() -> Engine.run(program, FUZZ_LIMITS, control));
        try {
            return ResultShape.problem(future.get(HANG_MILLIS, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return "escaped " + e.getCause();
        } catch (TimeoutException e) {
            control.cancel();
            future.cancel(true);
            return "hang: no result after " + HANG_MILLIS + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void saveCrasher(int index, String program, String problem) {
        try {
            Path dir = Path.of("target", "fuzz-crashers");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("case-" + index + ".py"), program, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("case-" + index + ".problem.txt"), problem + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path regressionDirectory() {
        URL url = EngineFuzzTest.class.getResource("/fuzz-regressions");
        if (url == null) {
            throw new IllegalStateException("fuzz-regressions not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "fuzz-run");
            thread.setDaemon(true);
            return thread;
        };
    }
}
