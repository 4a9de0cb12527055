package io.loopwise.engine.bench;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStatus;
import io.loopwise.engine.conformance.CorpusCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The engine benchmark (a harness, not a test): corpus parse+run medians against CPython 3.12 running the same
 * programs in-process under the virtual-clock runner, a 10,000-task gather fan-out, and heap per suspended task.
 * Run from the repository root after {@code ./mvnw -q test-compile}:
 * <pre>java -cp target/classes:target/test-classes io.loopwise.engine.bench.EngineBenchmark [ROUNDS]</pre>
 * It prints a Markdown report and writes it to {@code target/engine-benchmark.md}.
 */
public final class EngineBenchmark {

    private static final String PYTHON = System.getProperty("bench.python", "python3");
    private static final Path RUNNER = Path.of("src/test/python/vclock_runner.py");
    private static final int FAN_OUT = 10_000;
    private static final int WARM_UP_PASSES = 20;
    private static final int SUSPENDED = 50_000; // under RunLimits.CEILING.maxTasks, so the run is not cut short

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        StringBuilder report = new StringBuilder();
        report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores visible, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB; ").append(rounds)
                .append(" timed rounds per program after warm-up.\n\n");
        onEngineStack(() -> {
            long warmUpMillis = warmUp(WARM_UP_PASSES);
            report.append("JIT warm-up before timing: ").append(WARM_UP_PASSES).append(" passes over the corpus (")
                    .append(warmUpMillis).append(" ms); each run is timed with Engine.runOnCurrentThread.\n\n");
            corpus(rounds, report);
            fanOut(rounds, report);
            return null;
        });
        suspendedTaskHeap(report);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/engine-benchmark.md"), report.toString(), StandardCharsets.UTF_8);
    }

    private static void corpus(int rounds, StringBuilder report) throws IOException, InterruptedException {
        Map<String, Double> engine = new LinkedHashMap<>();
        int completedOrFailed = 0;
        for (CorpusCase corpusCase : CorpusCase.all()) {
            String source = corpusCase.source();
            RunResult probe = Engine.run(source, RunLimits.DEFAULTS, new RunControl());
            if (probe.status() == RunStatus.COMPLETED || probe.status() == RunStatus.FAILED) {
                completedOrFailed++;
            }
            engine.put(corpusCase.name(), medianMicros(source, RunLimits.DEFAULTS, rounds));
        }
        Map<String, Double> cpython = cpythonMedians(rounds, List.of(CorpusCase.directory().toString()));
        List<Double> ratios = new ArrayList<>();
        Map<String, Double> ratioByName = new LinkedHashMap<>();
        engine.forEach((name, micros) -> {
            Double reference = cpython.get(name);
            if (reference != null && micros > 0) {
                ratios.add(reference / micros);
                ratioByName.put(name, reference / micros);
            }
        });
        double engineMedian = median(new ArrayList<>(engine.values()));
        double cpythonMedian = cpython.isEmpty() ? Double.NaN : median(new ArrayList<>(cpython.values()));
        report.append("### Corpus: parse + run per program (median of per-program medians)\n\n")
                .append("| | median per program | programs |\n|---|---:|---:|\n")
                .append(String.format(Locale.ROOT, "| Loopwise engine | %.1f µs | %d (%d ended completed/failed) |%n",
                        engineMedian, engine.size(), completedOrFailed))
                .append(String.format(Locale.ROOT, "| CPython 3.12 + virtual-clock runner | %.1f µs | %d |%n",
                        cpythonMedian, cpython.size()))
                .append(String.format(Locale.ROOT, "%nSpeed-up (CPython time / engine time): median %.2f×, "
                        + "slowest program %.2f×, fastest %.2f× (target ≥ 2×).%n%n",
                        ratios.isEmpty() ? Double.NaN : median(ratios),
                        ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                        ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        report.append("Slowest programs relative to CPython:\n\n| program | engine | CPython | speed-up |\n"
                + "|---|---:|---:|---:|\n");
        ratioByName.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(5).forEach(e ->
                report.append(String.format(Locale.ROOT, "| %s | %.1f µs | %.1f µs | %.2f× |%n", e.getKey(),
                        engine.get(e.getKey()), cpython.get(e.getKey()), e.getValue())));
        report.append('\n');
    }

    private static void fanOut(int rounds, StringBuilder report) throws IOException, InterruptedException {
        String source = """
                import asyncio

                async def unit(i):
                    await asyncio.sleep(1)
                    return i

                async def main():
                    results = await asyncio.gather(*(unit(i) for i in range(%d)))
                    print(len(results), sum(results))

                asyncio.run(main())
                """.formatted(FAN_OUT);
        RunResult probe = Engine.run(source, RunLimits.CEILING, new RunControl());
        double engineMicros = medianMicros(source, RunLimits.CEILING, Math.max(5, rounds / 2));
        Path file = Files.createTempFile("fan-out-", ".py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Map<String, Double> cpython = cpythonMedians(Math.max(5, rounds / 2), List.of(file.toString()));
        Files.deleteIfExists(file);
        Double reference = cpython.isEmpty() ? null : cpython.values().iterator().next();
        report.append("### ").append(FAN_OUT).append("-task gather fan-out (each task sleeps 1 s virtual)\n\n")
                .append(String.format(Locale.ROOT, "Engine: %.1f ms median (status %s, stdout %s, %d tasks, "
                                + "virtual time %s s; target < 50 ms). CPython runner: %s.%n%n",
                        engineMicros / 1000, probe.status().wireName(), probe.stdout().strip(),
                        probe.stats().tasks(), probe.virtualTime(),
                        reference == null ? "not measured" : String.format(Locale.ROOT, "%.1f ms", reference / 1000)));
    }

    /**
     * Retained heap while {@value #SUSPENDED} tasks wait on one Event: a sampler thread forces GC and reads used heap
     * while the program spins after the tasks suspended; the same program with no waiting tasks is the baseline.
     */
    private static void suspendedTaskHeap(StringBuilder report) throws InterruptedException {
        String template = """
                import asyncio

                async def waiter(ev):
                    await ev.wait()

                async def main():
                    ev = asyncio.Event()
                    tasks = [asyncio.create_task(waiter(ev)) for _ in range(%d)]
                    await asyncio.sleep(0)
                    n = 0
                    for _ in range(%d):
                        n += 1
                    ev.set()
                    await asyncio.gather(*tasks)

                asyncio.run(main())
                """;
        int spin = 3_000_000;
        long baseline = peakRetainedHeap(template.formatted(0, spin));
        long loaded = peakRetainedHeap(template.formatted(SUSPENDED, spin));
        RunResult probe = Engine.run(template.formatted(SUSPENDED, spin), RunLimits.CEILING, new RunControl());
        double perTask = (loaded - baseline) / (double) SUSPENDED;
        report.append("### Heap per suspended task\n\n")
                .append(String.format(Locale.ROOT, "%d tasks waiting on one Event: retained heap %.1f MiB vs "
                                + "%.1f MiB without them → **%.0f bytes per suspended task** (target < 2 KB; run "
                                + "status %s%s).%n",
                        SUSPENDED, loaded / 1048576.0, baseline / 1048576.0, perTask, probe.status().wireName(),
                        probe.limit() == null ? "" : ", limit " + probe.limit().kind()));
    }

    private static long peakRetainedHeap(String source) throws InterruptedException {
        long[] peak = {0};
        Thread run = new Thread(() -> Engine.run(source, RunLimits.CEILING, new RunControl()), "bench-run");
        run.start();
        Thread.sleep(50);
        while (run.isAlive()) {
            System.gc();
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            peak[0] = Math.max(peak[0], used);
            run.join(100);
        }
        return peak[0];
    }

    /**
     * Times {@code Engine.runOnCurrentThread}, as the sandbox calls it on its own learner-code threads: the caller's
     * thread is {@link #onEngineStack}'s, so no thread hand-off is measured (CPython's side runs in-process too).
     */
    static double medianMicros(String source, RunLimits limits, int rounds) {
        for (int i = 0; i < 5; i++) {
            Engine.runOnCurrentThread(source, limits, new RunControl());
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Engine.runOnCurrentThread(source, limits, new RunControl());
            samples.add((System.nanoTime() - start) / 1000.0);
        }
        return median(samples);
    }

    /**
     * Brings the JIT to the steady state a server reaches after its first thousands of runs: every corpus program
     * {@code passes} times before anything is timed, so no program is measured while the interpreter is still
     * being compiled (CPython has no such phase, and the service never runs cold for long).
     */
    private static long warmUp(int passes) throws IOException {
        long started = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (CorpusCase corpusCase : CorpusCase.all()) {
                Engine.runOnCurrentThread(corpusCase.source(), RunLimits.DEFAULTS, new RunControl());
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Runs the benchmark on a thread with the stack the engine asks for, as the sandbox's threads have. */
    static void onEngineStack(Callable<Void> body) throws Exception {
        Exception[] failure = new Exception[1];
        Thread thread = new Thread(null, () -> {
            try {
                body.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "engine-benchmark", Engine.STACK_BYTES);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Runs {@code vclock_runner.py --bench}; an empty map when CPython 3.12 is not available. */
    static Map<String, Double> cpythonMedians(int rounds, List<String> paths)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, RUNNER.toString(), "--bench", String.valueOf(rounds)));
        command.addAll(paths);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("PYENV_VERSION", "3.12.1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Double> medians = new LinkedHashMap<>();
        if (process.waitFor() != 0) {
            System.err.println("CPython side failed:\n" + output);
            return medians;
        }
        for (String line : output.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 3 && parts[0].equals("BENCH")) {
                medians.put(parts[1], Double.parseDouble(parts[2]));
            }
        }
        return medians;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
