package io.loopwise.engine.bench;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The call-path micro benchmark (a harness, not a test): each call-heavy program of
 * {@code src/test/resources/bench/calls} (recursion, method calls, closures, keyword and star arguments,
 * generators, builtin bound methods, awaits) timed warmed in the engine and in CPython 3.12's virtual-clock runner.
 * The engine's thread CPU time is printed beside its wall time: on a shared machine it is the steadier number.
 * Run from the repository root after {@code ./mvnw -q test-compile}:
 * <pre>java -cp target/classes:target/test-classes io.loopwise.engine.bench.CallBenchmark [ROUNDS [NAME-PREFIX]]</pre>
 */
public final class CallBenchmark {

    private static final Path PROGRAMS = Path.of("src/test/resources/bench/calls");
    private static final int WARM_UP_RUNS = 300;

    private CallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Path> files;
        try (Stream<Path> listing = Files.list(PROGRAMS)) {
            String only = args.length > 1 ? args[1] : "";
            files = listing.filter(p -> p.toString().endsWith(".py") && p.getFileName().toString().startsWith(only))
                    .sorted().toList();
        }
        Map<String, Double> engine = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        EngineBenchmark.onEngineStack(() -> {
            for (Path file : files) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replace(".py", "");
                RunResult probe = Engine.runOnCurrentThread(source, RunLimits.DEFAULTS, new RunControl());
                status.put(name, probe.status().wireName());
                for (int i = 0; i < WARM_UP_RUNS; i++) {
                    Engine.runOnCurrentThread(source, RunLimits.DEFAULTS, new RunControl());
                }
                engine.put(name, EngineBenchmark.medianMicros(source, RunLimits.DEFAULTS, rounds));
                cpu.put(name, medianCpuMicros(source, rounds));
            }
            return null;
        });
        Map<String, Double> cpython = EngineBenchmark.cpythonMedians(rounds, List.of(PROGRAMS.toString()));
        StringBuilder report = new StringBuilder("| program | status | engine (wall) | engine (CPU) | CPython | speed-up |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        List<Double> ratios = new ArrayList<>();
        engine.forEach((name, micros) -> {
            Double reference = cpython.get(name);
            double ratio = reference == null ? Double.NaN : reference / micros;
            ratios.add(ratio);
            report.append(String.format(Locale.ROOT, "| %s | %s | %.1f µs | %.1f µs | %s | %.2f× |%n", name,
                    status.get(name), micros, cpu.get(name), reference == null ? "-" : String.format(Locale.ROOT, "%.1f µs", reference), ratio));
        });
        report.append(String.format(Locale.ROOT, "%nMedian speed-up: %.2f×%n", EngineBenchmark.median(ratios)));
        System.out.print(report);
    }

    /** Thread CPU time per run: on a shared machine it moves less than wall time with the other load. */
    private static double medianCpuMicros(String source, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = threads.getCurrentThreadCpuTime();
            Engine.runOnCurrentThread(source, RunLimits.DEFAULTS, new RunControl());
            samples.add((threads.getCurrentThreadCpuTime() - start) / 1000.0);
        }
        return EngineBenchmark.median(samples);
    }
}
