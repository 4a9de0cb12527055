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
        if (!r.ok()) throw new AssertionError(r.problems());
        for (int i = 0; i < 30000; i++) Parser.parseModule(PROGRAM);
        int n = 50000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) Parser.parseModule(PROGRAM);
        long t1 = System.nanoTime();
        System.out.printf("parse %d lines: %.1f us/parse%n", PROGRAM.split("\n").length, (t1 - t0) / 1000.0 / n);
        double[] xs = {0.1, 0.30000000000000004, 3.14159, 1e22, 2.5, 123456.789, 1/3.0};
        for (int i = 0; i < 200000; i++) io.loopwise.engine.text.FloatFormat.repr(xs[i % xs.length]);
        t0 = System.nanoTime();
        for (int i = 0; i < 700000; i++) io.loopwise.engine.text.FloatFormat.repr(xs[i % xs.length]);
        t1 = System.nanoTime();
        System.out.printf("repr(float): %.2f us/call%n", (t1 - t0) / 1000.0 / 700000);
        t0 = System.nanoTime();
        for (int i = 0; i < 700000; i++) io.loopwise.engine.text.SpecFormatter.formatFloat(xs[i % xs.length], ".2f");
        t1 = System.nanoTime();
        System.out.printf("format(.2f): %.2f us/call%n", (t1 - t0) / 1000.0 / 700000);
    }
}

