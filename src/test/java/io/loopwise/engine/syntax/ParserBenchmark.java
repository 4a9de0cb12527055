package io.loopwise.engine.syntax;

/**
 * Benchmark harness (not a test): parse time of a typical 40-line asyncio program, and float text conversions.
 * Run after compiling main and test classes, e.g.
 * {@code javac -d /tmp/c $(find src/main/java/io/loopwise/engine src/test/java/io/loopwise/engine/syntax/ParserBenchmark.java -name '*.java')
 * && java -cp /tmp/c io.loopwise.engine.syntax.ParserBenchmark}. Prints microseconds per operation after warm-up.
 */
public final class ParserBenchmark {
    private ParserBenchmark() {
    }

    static final String PROGRAM = String.join("\n",
        "import asyncio", "import time", "", "",
        "async def fetch(name: str, delay: float) -> str:",
        "    print(f\"Fetching {name}\")",
        "    await asyncio.sleep(delay)",
        "    print(f\"Done {name} after {delay:.1f}s\")",
        "    return name.upper()", "",
        "class Worker:",
        "    def __init__(self, queue, ident):",
        "        self.queue = queue",
        "        self.ident = ident",
        "        self.done = []", "",
        "    async def run(self):",
        "        while True:",
        "            item = await self.queue.get()",
        "            try:",
        "                if item is None:",
        "                    break",
        "                await asyncio.sleep(item * 0.1)",
        "                self.done.append(item)",
        "            finally:",
        "                self.queue.task_done()", "",
        "async def main():",
        "    start = time.monotonic()",
        "    results = await asyncio.gather(*(fetch(f'api/{i}', i) for i in range(3)))",
        "    q = asyncio.Queue()",
        "    workers = [Worker(q, i) for i in range(2)]",
        "    tasks = [asyncio.create_task(w.run()) for w in workers]",
        "    for n in [3, 1, 2, None, None]:",
        "        await q.put(n)",
        "    await asyncio.gather(*tasks, return_exceptions=True)",
        "    print(results, {w.ident: w.done for w in workers})",
        "    print(f\"elapsed {time.monotonic() - start:.2f}\")", "",
        "asyncio.run(main())", "");
    public static void main(String[] args) {
        ParseResult r = Parser.parseModule(PROGRAM);
        if (!r.ok()) {
            throw new AssertionError(r.problems());
        }
        double[] xs = {0.1, 0.30000000000000004, 3.14159, 1e22, 2.5, 123456.789, 1 / 3.0};
        int[] counter = {0};
        for (int round = 0; round < 5; round++) {
            report("parse " + PROGRAM.split("\n").length + "-line program", 20_000, () -> Parser.parseModule(PROGRAM));
            report("repr(float)", 200_000, () -> io.loopwise.engine.text.FloatFormat.repr(xs[counter[0]++ % xs.length]));
            report("format(float, '.2f')", 200_000,
                    () -> io.loopwise.engine.text.SpecFormatter.formatFloat(xs[counter[0]++ % xs.length], ".2f"));
        }
    }

    /**
     * Prints wall and thread-CPU microseconds per call; on a shared machine the CPU figure is the one to trust,
     * since wall time includes waiting for a core.
     */
    private static void report(String what, int n, Runnable op) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            op.run();
        }
        long wall = System.nanoTime() - t0;
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("%-32s %8.2f us/op cpu %8.2f us/op wall%n", what, cpu / 1000.0 / n, wall / 1000.0 / n);
    }
}
