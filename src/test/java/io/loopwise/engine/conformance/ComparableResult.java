package io.loopwise.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.loopwise.engine.ExceptionInfo;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a run that docs/engine-contract.md's corpus section compares, in one plain shape for both sides: the CPython
 * expectation (JSON) and the engine's {@link RunResult} (tasks from {@code stats.tasks}, prints from the timeline's
 * print events).
 */
public record ComparableResult(String status, String stdout, Map<String, Object> exception, double virtualTime,
                               int tasks, List<Print> prints, List<String> warnings) {

    /** One print call: virtual time, current task name (null outside a task) and the exact text written. */
    public record Print(double t, String task, String text) {
        @Override
        public String toString() {
            return "t=" + t + " task=" + task + " text=" + quote(text);
        }
    }

    public static ComparableResult fromExpected(JsonNode json) {
        List<Print> prints = new ArrayList<>();
        for (JsonNode p : json.get("prints")) {
            JsonNode task = p.get("task");
            prints.add(new Print(p.get("t").asDouble(), task.isNull() ? null : task.asText(), p.get("text").asText()));
        }
        List<String> warnings = new ArrayList<>();
        json.get("warnings").forEach(w -> warnings.add(w.asText()));
        JsonNode exception = json.get("exception");
        return new ComparableResult(json.get("status").asText(), json.get("stdout").asText(),
                exception.isNull() ? null : exceptionFromJson(exception), json.get("virtualTime").asDouble(),
                json.get("tasks").asInt(), prints, warnings);
    }

    public static ComparableResult fromEngine(RunResult result) {
        List<Print> prints = new ArrayList<>();
        if (result.timeline() != null) {
            for (TimelineEvent event : result.timeline().events()) {
                if ("print".equals(event.kind())) {
                    prints.add(new Print(event.t(), event.task(), event.detail()));
                }
            }
        }
        return new ComparableResult(result.status().wireName(), result.stdout(),
                result.exception() == null ? null : exceptionFromEngine(result.exception()), result.virtualTime(),
                result.stats() == null ? -1 : result.stats().tasks(), prints,
                result.warnings() == null ? List.of() : result.warnings());
    }

    private static Map<String, Object> exceptionFromJson(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", node.get("type").asText());
        map.put("message", node.get("message").asText());
        map.put("traceback", node.get("traceback").asText());
        JsonNode subs = node.get("exceptions");
        if (subs != null && !subs.isNull()) {
            List<Object> list = new ArrayList<>();
            subs.forEach(sub -> list.add(exceptionFromJson(sub)));
            map.put("exceptions", list);
        }
        return map;
    }

    private static Map<String, Object> exceptionFromEngine(ExceptionInfo info) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", info.type());
        map.put("message", info.message());
        map.put("traceback", info.traceback());
        if (info.exceptions() != null) {
            List<Object> list = new ArrayList<>();
            info.exceptions().forEach(sub -> list.add(exceptionFromEngine(sub)));
            map.put("exceptions", list);
        }
        return map;
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\"", "\\\"") + '"';
    }
}
