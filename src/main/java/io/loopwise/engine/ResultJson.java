package io.loopwise.engine;

import io.loopwise.engine.text.FloatFormat;
import io.loopwise.engine.timeline.Segment;
import io.loopwise.engine.timeline.TaskTrack;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.engine.timeline.TimelineEvent;
import java.util.List;

/**
 * Writes a {@link RunResult} as JSON without any library (the engine depends on the JDK only): the CLI line
 * docs/engine-contract.md spells out, or the full result including timeline and warnings.
 */
public final class ResultJson {
    private final StringBuilder out = new StringBuilder(256);

    private ResultJson() {
    }

    /**
     * The command-line shape: {@code {"file","status","stdout","exception","limit","virtualTime","stats"}}.
     * An exception carries "line"/"column" only when set (rejected programs), a limit its "line" only when known.
     */
    public static String cliLine(String file, RunResult result) {
        ResultJson json = new ResultJson();
        json.out.append('{');
        json.key("file").string(file).comma();
        json.commonFields(result);
        json.out.append('}');
        return json.out.toString();
    }

    /** The whole result: the command-line fields (without "file") plus "timeline" and "warnings". */
    public static String full(RunResult result) {
        ResultJson json = new ResultJson();
        json.out.append('{');
        json.commonFields(result);
        json.comma().key("timeline").timeline(result.timeline());
        json.comma().key("warnings").strings(result.warnings());
        json.out.append('}');
        return json.out.toString();
    }

    private void commonFields(RunResult result) {
        key("status").string(result.status().wireName()).comma();
        key("stdout").string(result.stdout()).comma();
        key("exception").exception(result.exception()).comma();
        key("limit").limit(result.limit()).comma();
        key("virtualTime").number(result.virtualTime()).comma();
        key("stats");
        RunStats stats = result.stats();
        if (stats == null) {
            out.append("null");
        } else {
            out.append('{');
            key("steps").out.append(stats.steps());
            comma().key("tasks").out.append(stats.tasks());
            comma().key("wallMicros").out.append(stats.wallMicros());
            out.append('}');
        }
    }

    private ResultJson exception(ExceptionInfo info) {
        if (info == null) {
            out.append("null");
            return this;
        }
        out.append('{');
        key("type").string(info.type()).comma();
        key("message").string(info.message()).comma();
        key("traceback").string(info.traceback());
        if (info.exceptions() != null) {
            comma().key("exceptions").out.append('[');
            List<ExceptionInfo> subs = info.exceptions();
            for (int i = 0; i < subs.size(); i++) {
                if (i > 0) {
                    comma();
                }
                exception(subs.get(i));
            }
            out.append(']');
        }
        if (info.line() != null) {
            comma().key("line").out.append(info.line().intValue());
        }
        if (info.column() != null) {
            comma().key("column").out.append(info.column().intValue());
        }
        out.append('}');
        return this;
    }

    private ResultJson limit(LimitInfo limit) {
        if (limit == null) {
            out.append("null");
            return this;
        }
        out.append('{');
        key("kind").string(limit.kind()).comma();
        key("message").string(limit.message());
        if (limit.line() != null) {
            comma().key("line").out.append(limit.line().intValue());
        }
        out.append('}');
        return this;
    }

    private ResultJson timeline(Timeline timeline) {
        if (timeline == null) {
            out.append("null");
            return this;
        }
        out.append("{");
        key("tasks").out.append('[');
        List<TaskTrack> tasks = timeline.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (i > 0) {
                comma();
            }
            TaskTrack task = tasks.get(i);
            out.append('{');
            key("id").out.append(task.id());
            comma().key("name").string(task.name());
            comma().key("createdAt").number(task.createdAt());
            comma().key("endedAt").number(task.endedAt());
            comma().key("outcome").string(task.outcome());
            comma().key("segments").out.append('[');
            List<Segment> segments = task.segments();
            for (int j = 0; j < segments.size(); j++) {
                if (j > 0) {
                    comma();
                }
                Segment segment = segments.get(j);
                out.append('{');
                key("start").number(segment.start());
                comma().key("end").number(segment.end());
                comma().key("state").string(segment.state());
                comma().key("waitingOn").string(segment.waitingOn());
                out.append('}');
            }
            out.append("]}");
        }
        out.append(']');
        comma().key("events").out.append('[');
        List<TimelineEvent> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                comma();
            }
            TimelineEvent event = events.get(i);
            out.append('{');
            key("t").number(event.t());
            comma().key("seq").out.append(event.seq());
            comma().key("kind").string(event.kind());
            comma().key("task").string(event.task());
            comma().key("detail").string(event.detail());
            out.append('}');
        }
        out.append("]}");
        return this;
    }

    private ResultJson strings(List<String> values) {
        if (values == null) {
            out.append("null");
            return this;
        }
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                comma();
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    private ResultJson key(String name) {
        string(name);
        out.append(':');
        return this;
    }

    private ResultJson comma() {
        out.append(',');
        return this;
    }

    /** JSON has no NaN or infinity, so those (and a missing value) become null. */
    private ResultJson number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            out.append("null");
        } else {
            // Python's repr ("10.0", "1e-05", "0.30000000000000004"): the shortest text that parses back to the
            // identical double, always valid JSON, and what CPython's json module writes for the same value.
            out.append(FloatFormat.repr(value));
        }
        return this;
    }

    /**
     * Escapes quote, backslash and every control character; U+2028/U+2029 too, so the line is also safe inside
     * JavaScript. A surrogate that is not part of a valid pair cannot be encoded as UTF-8, so it is written as
     * a {@code \\uXXXX} escape instead of being replaced by the encoder; valid pairs (non-BMP) stay literal.
     */
    private ResultJson string(String value) {
        if (value == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    private void unicodeEscape(char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
            out.append('0');
        }
        out.append(hex);
    }
}
