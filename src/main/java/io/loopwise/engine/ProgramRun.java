package io.loopwise.engine;

import io.loopwise.engine.asyncio.AsyncioContext;
import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.compiler.CompileError;
import io.loopwise.engine.compiler.Compiler;
import io.loopwise.engine.runtime.BuiltinNamespace;
import io.loopwise.engine.runtime.LimitExceeded;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.syntax.ParseResult;
import io.loopwise.engine.syntax.Parser;
import io.loopwise.engine.syntax.SyntaxProblem;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.engine.vm.ModuleRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One run of one program, on the calling thread: parse, compile, execute, and map the outcome to a RunResult. */
final class ProgramRun {
    private static final Timeline EMPTY_TIMELINE = new Timeline(List.of(), List.of());

    private ProgramRun() {
    }

    static RunResult execute(String source, RunLimits limits, RunControl control) {
        long start = System.nanoTime();
        if (source.getBytes(StandardCharsets.UTF_8).length > limits.maxSourceBytes()) {
            return new RunResult(RunStatus.LIMIT_EXCEEDED, "", null, new LimitInfo("source_size",
                    "program is larger than " + limits.maxSourceBytes() + " bytes", null), 0.0,
                    new RunStats(0, 0, micros(start)), EMPTY_TIMELINE, List.of());
        }
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1); // a UTF-8 byte order mark, as CPython drops it when decoding a file
        }
        ParseResult parsed = Parser.parseModule(source);
        if (!parsed.ok()) {
            SyntaxProblem p = parsed.problems().get(0);
            return rejected(source, p.exceptionType(), p.message(), p.line(), p.column(), start);
        }
        CodeObject code;
        try {
            code = Compiler.compile(parsed.module());
        } catch (CompileError e) {
            return rejected(source, e.type(), e.getMessage(), e.line(), e.column(), start);
        }
        RunContext ctx = new RunContext(limits, control, BuiltinNamespace.get(), source);
        ctx.bind();
        RunStatus status = RunStatus.COMPLETED;
        ExceptionInfo exception = null;
        LimitInfo limit = null;
        try {
            AsyncioContext.begin(ctx);
            ctx.setAsyncGenFinalizerHook(gen -> AsyncioContext.asyncGenFinalized(ctx, gen));
            ModuleRunner.run(ctx, code);
        } catch (PyException e) {
            status = RunStatus.FAILED;
            exception = ExceptionReports.of(ctx, e.value());
            tearDownAfterFailure(ctx, e);
        } catch (LimitExceeded e) {
            status = RunStatus.LIMIT_EXCEEDED;
            limit = new LimitInfo(e.kind(), e.getMessage(), e.line());
        } catch (StackOverflowError e) {
            status = RunStatus.LIMIT_EXCEEDED;
            limit = new LimitInfo("recursion", "the program recursed too deeply", null);
        } catch (OutOfMemoryError e) {
            status = RunStatus.LIMIT_EXCEEDED;
            limit = new LimitInfo("memory", "the program ran out of memory", null);
        }
        List<String> warnings = new ArrayList<>();
        Timeline timeline = EMPTY_TIMELINE;
        int tasks = 0;
        try {
            ctx.topFrame = null;
            AsyncioContext.finish(ctx);
            timeline = AsyncioContext.timeline(ctx);
            tasks = AsyncioContext.tasksCreated(ctx);
        } catch (RuntimeException e) {
            // reporting must never turn a result into a crash; the run's own outcome stands
        } finally {
            ctx.reportNeverAwaited();
            warnings.addAll(ctx.warnings());
            Collections.sort(warnings);
            ctx.unbind();
        }
        return new RunResult(status, ctx.stdout(), exception, limit, ctx.clock().now(),
                new RunStats(ctx.steps, tasks, micros(start)), timeline, List.copyOf(warnings));
    }

    /** A limit hit while finalising what the failed program left behind ends nothing: the failure stands. */
    private static void tearDownAfterFailure(RunContext ctx, PyException failure) {
        try {
            ModuleRunner.tearDownAfterFailure(ctx, failure.value());
        } catch (LimitExceeded | PyException | StackOverflowError e) {
            // the program's own failure is the result
        }
    }

    private static RunResult rejected(String source, String type, String message, int line, int col, long start) {
        String[] lines = source.split("\n", -1);
        String src = line >= 1 && line <= lines.length ? displayedLine(lines[line - 1]) : "";
        // CPython's SyntaxError display without the caret line and, like every traceback here, the final newline
        String tb = "  File \"<program>\", line " + line + "\n" + (src.isEmpty() ? "" : "    " + src + "\n") + type
                + ": " + message;
        return new RunResult(RunStatus.REJECTED, "", new ExceptionInfo(type, message, tb, null, line, col), null, 0.0,
                new RunStats(0, 0, micros(start)), EMPTY_TIMELINE, List.of());
    }

    /** The error line as CPython's SyntaxError display prints it: leading spaces, tabs and form feeds stripped. */
    private static String displayedLine(String line) {
        int start = 0;
        while (start < line.length() && " \t\f".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        int end = line.length();
        while (end > start && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(start, end);
    }

    static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1000;
    }
}
