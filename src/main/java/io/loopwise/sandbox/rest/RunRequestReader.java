package io.loopwise.sandbox.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemException;
import io.loopwise.sandbox.api.RequestedLimits;
import io.loopwise.sandbox.api.RunRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link RunRequest} strictly, so that every mistake in the body comes back as one 400 naming each field
 * and reason: malformed JSON, duplicate or unknown fields, wrong types (no coercion of {@code 5} into a string or
 * {@code "5"} into a number), missing or empty code, code that is not Python source text (NUL characters, unpaired
 * surrogates), non-positive limits.
 */
@ApplicationScoped
public class RunRequestReader {

    private static final Set<String> FIELDS = Set.of("code", "limits");
    private static final Set<String> LIMIT_FIELDS = Set.of("maxSteps", "maxVirtualSeconds", "maxWallMillis", "maxTasks",
            "maxMemoryBytes", "maxOutputBytes", "maxRecursionDepth", "maxSourceBytes");

    private final ObjectReader reader;

    public RunRequestReader(ObjectMapper mapper) {
        this.reader = mapper.reader()
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public RunRequest read(byte[] body) {
        JsonNode root = parse(body);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw invalid(List.of(new Problem.InvalidParam("body", "must be a JSON object with a \"code\" field")));
        }
        unknownFields(root, FIELDS, "", problems);
        String code = null;
        JsonNode codeNode = root.get("code");
        if (codeNode == null || codeNode.isNull()) {
            problems.add(new Problem.InvalidParam("code", "is required"));
        } else if (!codeNode.isTextual()) {
            problems.add(new Problem.InvalidParam("code", "must be a string, not " + kind(codeNode)));
        } else if (codeNode.textValue().isBlank()) {
            problems.add(new Problem.InvalidParam("code", "must not be empty"));
        } else if (codeNode.textValue().indexOf('\0') >= 0) {
            // CPython refuses such source too; and PostgreSQL text cannot hold it, so the run could not be kept.
            problems.add(new Problem.InvalidParam("code", "must not contain NUL (U+0000) characters: "
                    + "Python source cannot contain null bytes (at offset " + codeNode.textValue().indexOf('\0') + ")"));
        } else if (unpairedSurrogate(codeNode.textValue()) >= 0) {
            problems.add(new Problem.InvalidParam("code", "must be valid Unicode text: unpaired surrogate at offset "
                    + unpairedSurrogate(codeNode.textValue())));
        } else {
            code = codeNode.textValue();
        }
        RequestedLimits limits = limits(root.get("limits"), problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new RunRequest(code, limits);
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid(List.of(new Problem.InvalidParam("body", "is required: a JSON object with a \"code\" field")));
        }
        try {
            JsonNode root = reader.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw invalid(List.of(new Problem.InvalidParam("body", "is empty")));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw invalid(List.of(new Problem.InvalidParam("body", "is not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw invalid(List.of(new Problem.InvalidParam("body", "could not be read: " + e.getMessage())));
        }
    }

    private static RequestedLimits limits(JsonNode node, List<Problem.InvalidParam> problems) {
        if (node == null || node.isNull()) {
            return RequestedLimits.NONE;
        }
        if (!node.isObject()) {
            problems.add(new Problem.InvalidParam("limits", "must be an object, not " + kind(node)));
            return RequestedLimits.NONE;
        }
        unknownFields(node, LIMIT_FIELDS, "limits.", problems);
        return new RequestedLimits(
                longField(node, "maxSteps", Long.MAX_VALUE, problems),
                secondsField(node, problems),
                longField(node, "maxWallMillis", Long.MAX_VALUE, problems),
                intField(node, "maxTasks", problems),
                longField(node, "maxMemoryBytes", Long.MAX_VALUE, problems),
                longField(node, "maxOutputBytes", Long.MAX_VALUE, problems),
                intField(node, "maxRecursionDepth", problems),
                intField(node, "maxSourceBytes", problems));
    }

    private static Integer intField(JsonNode limits, String name, List<Problem.InvalidParam> problems) {
        Long value = longField(limits, name, Integer.MAX_VALUE, problems);
        return value == null ? null : value.intValue();
    }

    private static Long longField(JsonNode limits, String name, long max, List<Problem.InvalidParam> problems) {
        JsonNode node = limits.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            problems.add(new Problem.InvalidParam("limits." + name, "must be an integer, not " + kind(node)));
            return null;
        }
        if (!node.canConvertToLong() || node.longValue() > max) {
            problems.add(new Problem.InvalidParam("limits." + name, "must be at most " + max));
            return null;
        }
        if (node.longValue() < 1) {
            problems.add(new Problem.InvalidParam("limits." + name, "must be at least 1"));
            return null;
        }
        return node.longValue();
    }

    private static Double secondsField(JsonNode limits, List<Problem.InvalidParam> problems) {
        JsonNode node = limits.get("maxVirtualSeconds");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new Problem.InvalidParam("limits.maxVirtualSeconds", "must be a number, not " + kind(node)));
            return null;
        }
        double value = node.doubleValue();
        if (!(value > 0) || Double.isInfinite(value)) {
            problems.add(new Problem.InvalidParam("limits.maxVirtualSeconds", "must be a positive number of seconds"));
            return null;
        }
        return value;
    }

    private static void unknownFields(JsonNode object, Set<String> known, String prefix,
                                      List<Problem.InvalidParam> problems) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(new Problem.InvalidParam(prefix + name, "is not a known field (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static ProblemException invalid(List<Problem.InvalidParam> problems) {
        return new ProblemException(Problem.invalidParameters(problems));
    }

    /** The offset of the first UTF-16 surrogate without its partner (JSON's {@code "\\ud800"} allows one), or -1. */
    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
