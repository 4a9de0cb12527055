package io.loopwise.catalog.rest;

import io.loopwise.catalog.Difficulty;
import io.loopwise.catalog.api.QuestionDetail;
import io.loopwise.catalog.api.QuestionPage;
import io.loopwise.catalog.QuestionSearch;
import io.loopwise.catalog.service.CatalogService;
import io.loopwise.platform.http.ConditionalResponses;
import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Questions: filtered, searched and paginated listings, and one full question. */
@Path("/api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "The question bank")
public class QuestionResource {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SORT = "^-?(relevance|position|title|difficulty|readingMinutes)$";

    private final CatalogService catalog;
    private final ConditionalResponses responses;

    public QuestionResource(CatalogService catalog, ConditionalResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listQuestions", summary = "List, filter and search questions",
            description = """
                    Filters combine with AND. `q` is a PostgreSQL full-text search (web-search syntax: words, \
                    "quoted phrases", -excluded) over title, summary and body; with `q` the default order is \
                    relevance. Pages are zero-based; `Link` headers point at the first, previous, next and last pages.""")
    @APIResponse(responseCode = "200", description = "One page of questions.",
            headers = {@Header(name = "ETag", description = "Entity tag of this representation."),
                    @Header(name = "Link", description = "RFC 8288 links with rel first, prev, next, last.")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the entity tag in If-None-Match.")
    @APIResponse(responseCode = "406", description = "The Accept header rules out JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `invalidParams` names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "size too large", value = """
                            {"type":"urn:loopwise:problem:invalid-parameters","title":"Invalid request parameters",\
                            "status":400,"detail":"size: must be less than or equal to 100",\
                            "instance":"/api/v1/questions",\
                            "invalidParams":[{"name":"size","reason":"must be less than or equal to 100"}]}""")))
    public Uni<Response> list(
            @QueryParam("track") @Pattern(regexp = SLUG, message = "must be a track slug (lowercase kebab-case)")
            @Parameter(description = "Only questions of this track.", example = "python-concurrency") String track,
            @QueryParam("difficulty") @Pattern(regexp = "^(easy|medium|hard)$", message = "must be one of easy, medium, hard")
            @Parameter(description = "Only questions of this difficulty: easy, medium or hard.", example = "hard")
            String difficulty,
            @QueryParam("tag") @Pattern(regexp = SLUG, message = "must be a tag slug (lowercase kebab-case)")
            @Parameter(description = "Only questions with this tag.", example = "asyncio") String tag,
            @QueryParam("q") @Size(min = 1, max = 200, message = "must be between 1 and 200 characters")
            @Parameter(description = "Full-text search over title, summary and body.", example = "cancel timeout")
            String q,
            // page and size arrive as text so that "abc" is a 400 naming the parameter, not JAX-RS' 404.
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "^-?[0-9]{1,9}$", message = "must be a whole number")
            @Min(value = 0, message = "must be 0 or more (pages are zero-based)")
            @Parameter(description = "Zero-based page index.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "^-?[0-9]{1,9}$", message = "must be a whole number")
            @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100")
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            String size,
            @QueryParam("sort") @Pattern(regexp = SORT, message = "must be one of relevance, position, title, "
                    + "difficulty, readingMinutes, optionally prefixed with - for descending")
            @Parameter(description = "Order: relevance (needs q), position, title, difficulty or readingMinutes; "
                    + "prefix with - to reverse. Default: relevance with q, else position (track, then position).",
                    example = "-difficulty") String sort,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch,
            @Context UriInfo uri) {
        QuestionSearch search = toSearch(track, difficulty, tag, q, Integer.parseInt(page), Integer.parseInt(size), sort);
        return catalog.list(search).map(result -> {
            Response.ResponseBuilder builder = ConditionalResponses.ok(responses.represent(result), ifNoneMatch,
                    CatalogHttp.CACHE_CONTROL);
            links(uri, result.page(), result.totalPages()).forEach(link -> builder.header("Link", link));
            return builder.build();
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getQuestion", summary = "Get a full question",
            description = "The question with its place in the track (position, trackSize, previous, next), "
                    + "learning objectives, interview tips, tags, reading minutes, the Markdown body and the body "
                    + "as structured blocks.")
    @APIResponse(responseCode = "200", description = "The question.",
            headers = @Header(name = "ETag", description = "Entity tag of this representation."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuestionDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the entity tag in If-None-Match.")
    @APIResponse(responseCode = "406", description = "The Accept header rules out JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No active question has this slug.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    example = """
                            {"type":"about:blank","title":"Not Found","status":404,\
                            "detail":"No question with slug 'no-such-question'.",\
                            "instance":"/api/v1/questions/no-such-question","slug":"no-such-question"}"""))
    public Uni<Response> get(
            @PathParam("slug") @Parameter(description = "Question slug.", example = "async-await-and-asyncio") String slug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
        return catalog.question(slug).map(r -> CatalogHttp.ok(r, ifNoneMatch));
    }

    private static QuestionSearch toSearch(String track, String difficulty, String tag, String q, int page, int size,
                                           String sort) {
        String text = q == null || q.isBlank() ? null : q.strip();
        QuestionSearch.Sort order = text != null ? QuestionSearch.Sort.RELEVANCE : QuestionSearch.Sort.POSITION;
        boolean descending = false;
        if (sort != null) {
            descending = sort.startsWith("-");
            String name = descending ? sort.substring(1) : sort;
            for (QuestionSearch.Sort candidate : QuestionSearch.Sort.values()) {
                if (candidate.wireName().equals(name)) {
                    order = candidate;
                }
            }
            if (order == QuestionSearch.Sort.RELEVANCE && text == null) {
                throw ProblemException.invalidParameter("sort", "relevance needs a search text in q");
            }
        }
        return new QuestionSearch(track, difficulty == null ? null : Difficulty.fromWireName(difficulty).orElseThrow(),
                tag, text, order, descending, page, size);
    }

    private static List<String> links(UriInfo uri, int page, int totalPages) {
        List<String> links = new ArrayList<>();
        int last = Math.max(totalPages - 1, 0);
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links;
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
