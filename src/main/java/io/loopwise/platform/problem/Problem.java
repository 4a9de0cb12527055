package io.loopwise.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error this service returns ({@code application/problem+json}).
 * {@code invalidParams} names each offending request parameter and why it was refused.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams"})
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "A URI reference naming the problem type; `about:blank` means the HTTP status says it all.",
                example = "urn:loopwise:problem:invalid-parameters") String type,
        @Schema(description = "A short, human-readable summary of the problem type.", example = "Invalid request parameters")
        String title,
        @Schema(description = "The HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong in this occurrence.", example = "size must be between 1 and 100")
        String detail,
        @Schema(description = "The request path this problem occurred on.", example = "/api/v1/questions")
        String instance,
        @Schema(description = "The offending parameters, each with the reason it was refused.")
        List<InvalidParam> invalidParams,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String ABOUT_BLANK = "about:blank";
    public static final String INVALID_PARAMETERS = "urn:loopwise:problem:invalid-parameters";

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** A problem described by its HTTP status alone. */
    public static Problem ofStatus(int status, String title, String detail) {
        return new Problem(ABOUT_BLANK, title, status, detail, null, List.of(), Map.of());
    }

    /** A 400 listing the parameters that were refused. */
    public static Problem invalidParameters(List<InvalidParam> params) {
        String detail = params.stream().map(p -> p.name() + ": " + p.reason())
                .reduce((a, b) -> a + "; " + b).orElse("the request is invalid");
        return new Problem(INVALID_PARAMETERS, "Invalid request parameters", 400, detail, null, params, Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, invalidParams, extensions);
    }

    /** Adds a problem-specific member (e.g. the unknown {@code slug}), serialised at the top level. */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, invalidParams, more);
    }

    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One refused request parameter. */
    @Schema(name = "InvalidParam")
    public record InvalidParam(@Schema(example = "size") String name,
                               @Schema(example = "must be less than or equal to 100") String reason) {
    }
}
