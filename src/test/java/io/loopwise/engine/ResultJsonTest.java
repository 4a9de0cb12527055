package io.loopwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.loopwise.engine.timeline.Segment;
import io.loopwise.engine.timeline.TaskTrack;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.engine.timeline.TimelineEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    private static RunResult completed(String stdout, double virtualTime, Timeline timeline) {
        return new RunResult(RunStatus.COMPLETED, stdout, null, null, virtualTime, new RunStats(12, 1, 345),
                timeline, List.of());
    }

    @Test
    void cliLineHasTheContractFieldsInOrderAndKeepsDoublesAsDoubles() {
        // given a completed run that took exactly ten virtual seconds
        RunResult result = completed("hi\n", 10.0, new Timeline(List.of(), List.of()));

        // when it is written as a command-line line
        String line = ResultJson.cliLine("a.py", result);

        // then every contract field is there and 10.0 stays a double
        assertEquals("{\"file\":\"a.py\",\"status\":\"completed\",\"stdout\":\"hi\\n\",\"exception\":null,"
                + "\"limit\":null,\"virtualTime\":10.0,\"stats\":{\"steps\":12,\"tasks\":1,\"wallMicros\":345}}", line);
    }

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharactersButKeepNonBmpText() {
        // given output with quotes, a backslash, control characters, an emoji and a lone surrogate
        String text = "a\"b\\c\n\t\r\b\f\u0001\u001f\u007f\u2028 \uD83D\uDE00 \uD800x é";

        // when it is written
        String line = ResultJson.cliLine("f", completed(text, 0.5, null));

        // then only what JSON (and JavaScript) cannot carry literally is escaped
        String expected = "\"stdout\":\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\\u007f\\u2028 \uD83D\uDE00 \\ud800x é\"";
        assertEquals(true, line.contains(expected), line);
    }

    @Test
    void doublesRoundTripAndNonFiniteValuesBecomeNull() {
        // given virtual times JSON must carry exactly (or cannot carry at all)
        double[] values = {0.1 + 0.2, 1e-5, 1e22, 123456789.125, Double.MIN_VALUE};

        for (double value : values) {
            // when each is written
            String line = ResultJson.cliLine("f", completed("", value, null));
            String number = line.replaceAll(".*\"virtualTime\":([^,]*),.*", "$1");

            // then it parses back to the identical double
            assertEquals(value, Double.parseDouble(number), line);
        }
        assertEquals(true, ResultJson.cliLine("f", completed("", Double.NaN, null)).contains("\"virtualTime\":null"));
    }

    @Test
    void failedRunCarriesExceptionGroupsAndRejectedRunsCarryPosition() {
        // given an exception group with one sub-exception, and a rejected program
        ExceptionInfo sub = new ExceptionInfo("ValueError", "boom", "ValueError: boom", null, null, null);
        ExceptionInfo group = new ExceptionInfo("ExceptionGroup", "eg (1 sub-exception)", "tb", List.of(sub),
                null, null);
        RunResult failed = new RunResult(RunStatus.FAILED, "", group, null, 1.0, new RunStats(1, 2, 3), null,
                List.of());
        ExceptionInfo syntax = new ExceptionInfo("SyntaxError", "expected ':'", "tb", null, 3, 5);
        RunResult rejected = new RunResult(RunStatus.REJECTED, "", syntax, null, 0.0, new RunStats(0, 0, 0), null,
                List.of());

        // when both are written
        String failedLine = ResultJson.cliLine("g", failed);
        String rejectedLine = ResultJson.cliLine("r", rejected);

        // then the group lists its sub-exceptions and the rejection says where
        assertEquals(true, failedLine.contains("\"exception\":{\"type\":\"ExceptionGroup\",\"message\":"
                + "\"eg (1 sub-exception)\",\"traceback\":\"tb\",\"exceptions\":[{\"type\":\"ValueError\","
                + "\"message\":\"boom\",\"traceback\":\"ValueError: boom\"}]}"), failedLine);
        assertEquals(true, rejectedLine.contains("\"status\":\"rejected\""), rejectedLine);
        assertEquals(true, rejectedLine.contains("\"traceback\":\"tb\",\"line\":3,\"column\":5}"), rejectedLine);
    }

    @Test
    void fullResultIncludesLimitTimelineAndWarnings() {
        // given a run stopped by a limit, with one task and two events
        TaskTrack task = new TaskTrack(1, "Task-1", 0.0, null, "pending",
                List.of(new Segment(0.0, 2.0, "waiting", "sleep until 2.0")));
        Timeline timeline = new Timeline(List.of(task), List.of(
                new TimelineEvent(0.0, 1, "created", "Task-1", null),
                new TimelineEvent(0.0, 2, "print", null, "x\n")));
        RunResult result = new RunResult(RunStatus.LIMIT_EXCEEDED, "x\n", null,
                new LimitInfo("steps", "step limit of 10 reached", 4), 2.0, new RunStats(10, 1, 9), timeline,
                List.of("RuntimeWarning: coroutine 'f' was never awaited"));

        // when the full result is written
        String json = ResultJson.full(result);

        // then the limit, the timeline and the warnings are all present
        assertEquals("{\"status\":\"limit_exceeded\",\"stdout\":\"x\\n\",\"exception\":null,"
                + "\"limit\":{\"kind\":\"steps\",\"message\":\"step limit of 10 reached\",\"line\":4},"
                + "\"virtualTime\":2.0,\"stats\":{\"steps\":10,\"tasks\":1,\"wallMicros\":9},"
                + "\"timeline\":{\"tasks\":[{\"id\":1,\"name\":\"Task-1\",\"createdAt\":0.0,\"endedAt\":null,"
                + "\"outcome\":\"pending\",\"segments\":[{\"start\":0.0,\"end\":2.0,\"state\":\"waiting\","
                + "\"waitingOn\":\"sleep until 2.0\"}]}],\"events\":[{\"t\":0.0,\"seq\":1,\"kind\":\"created\","
                + "\"task\":\"Task-1\",\"detail\":null},{\"t\":0.0,\"seq\":2,\"kind\":\"print\",\"task\":null,"
                + "\"detail\":\"x\\n\"}]},\"warnings\":[\"RuntimeWarning: coroutine 'f' was never awaited\"]}", json);
    }
}
