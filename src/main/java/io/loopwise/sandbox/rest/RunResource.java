package io.loopwise.sandbox.rest;

import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemException;
import io.loopwise.sandbox.api.RunRequest;
import io.loopwise.sandbox.api.RunView;
import io.loopwise.sandbox.chart.GanttChart;
import io.loopwise.sandbox.service.RunService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sandbox runs: run a program, read a stored run, its timeline as JSON and as an SVG Gantt chart. */
@Path("/api/v1/runs")
@Tag(name = "Runs", description = "Run Python asyncio programs in virtual time and inspect what happened")
public class RunResource {

    static final String CACHE_HEADER = "X-Loopwise-Cache";
    static final String SVG = "image/svg+xml";
    private static final String ID_DESCRIPTION = "The run's id (a UUID).";
    private static final String RUN_EXAMPLE = """
            {"id":"0f9e6a52-8c1d-4f7e-9a51-3a4f2f1f7c11","createdAt":"2026-11-23T23:10:00.123456Z",\
            "codeSha256":"9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab","status":"completed",\
            "stdout":"done\\n","exception":null,"limit":null,"virtualTime":10.0,\
            "stats":{"steps":42,"tasks":1,"wallMicros":180},"warnings":[],\
            "limits":{"maxSteps":5000000,"maxVirtualSeconds":3600.0,"maxWallMillis":2000,"maxTasks":20000,\
            "maxMemoryBytes":67108864,"maxOutputBytes":65536,"maxRecursionDepth":1000,"maxSourceBytes":65536},\
            "engineVersion":"0.1.0","stored":true,\
            "timeline":"/api/v1/runs/0f9e6a52-8c1d-4f7e-9a51-3a4f2f1f7c11/timeline",\
            "timelineSvg":"/api/v1/runs/0f9e6a52-8c1d-4f7e-9a51-3a4f2f1f7c11/timeline.svg",\
            "events":"/api/v1/runs/0f9e6a52-8c1d-4f7e-9a51-3a4f2f1f7c11/events"}""";

    private final RunService runs;
    private final RunRequestReader requests;

    public RunResource(RunService runs, RunRequestReader requests) {
        this.runs = runs;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRun", summary = "Run a program",
            description = """
                    Runs a Python asyncio program in virtual time (a 10 s sleep reports 10.0 s and takes microseconds) \
                    and answers with how it ended. A broken program is not a bad request: a syntax error or an \
                    unsupported feature is a run with status `rejected` and the line and column. The same code with \
                    the same limits is answered from the stored result (`X-Loopwise-Cache: hit`, status 200, \
                    `Location` of the stored run) without running again. If the run cannot be saved, the result is \
                    still returned with `stored: false`, status 200 and no links.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RunRequest.class)))
    @APIResponse(responseCode = "201", description = "The program ran; the run is stored at `Location`.",
            headers = {@Header(name = "Location", description = "The stored run."),
                    @Header(name = CACHE_HEADER, description = "`miss`: the program was executed.")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class),
                    examples = @ExampleObject(name = "completed", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = """
            Served from the stored result of the same code and limits (`X-Loopwise-Cache: hit`), or executed but \
            not stored (`stored: false`).""",
            headers = {@Header(name = "Location", description = "The stored run (cache hits only)."),
                    @Header(name = CACHE_HEADER, description = "`hit` or `miss`.")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = """
            The body is not a valid run request: malformed JSON, unknown fields, wrong types, missing or empty \
            `code`, or a limit above the service's default. `invalidParams` names each field and reason.""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit above the default", value = """
                            {"type":"urn:loopwise:problem:invalid-parameters","title":"Invalid request parameters",\
                            "status":400,"detail":"limits.maxSteps: must be at most 5000000 (limits can only lower \
                            the service's defaults)","instance":"/api/v1/runs","invalidParams":[{"name":\
                            "limits.maxSteps","reason":"must be at most 5000000 (limits can only lower the \
                            service's defaults)"}]}""")))
    @APIResponse(responseCode = "413", description = "`code` is longer than `limits.maxSourceBytes`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not `application/json`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Every sandbox slot is busy and the queue is full; retry after "
            + "`Retry-After` seconds.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying."),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(byte[] body) {
        RunRequest request = requests.read(body);
        return runs.submit(request.code(), request.limits()).map(submission -> {
            RunView run = submission.run();
            Response.ResponseBuilder response;
            if (!run.stored()) {
                response = Response.ok(run);
            } else if (submission.cacheHit()) {
                response = Response.ok(run).location(URI.create(RunView.BASE + run.id()))
                        .header("Content-Location", RunView.BASE + run.id());
            } else {
                response = Response.created(URI.create(RunView.BASE + run.id())).entity(run);
            }
            return response.header(CACHE_HEADER, submission.cacheHit() ? "hit" : "miss")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRun", summary = "A stored run")
    @APIResponse(responseCode = "200", description = "The run.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class),
                    examples = @ExampleObject(name = "completed", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`id` is not a UUID.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No run has this id (or it has expired).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RunView> get(@PathParam("id") @Parameter(description = ID_DESCRIPTION) String id) {
        UUID runId = parseId(id);
        return runs.find(runId).map(run -> orNotFound(run, runId));
    }

    @GET
    @Path("/{id}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRunTimeline", summary = "A run's timeline",
            description = """
                    Every task with its segments in virtual time (`running`, `waiting` with what it waits on, \
                    `ready`) and the ordered events (`created`, `started`, `suspended`, `resumed`, `print`, \
                    `cancel_requested`, `completed`, `failed`, `cancelled`...).""")
    @APIResponse(responseCode = "200", description = "The timeline.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = io.loopwise.engine.timeline.Timeline.class),
            examples = @ExampleObject(name = "one task sleeping", value = """
                    {"tasks":[{"id":1,"name":"Task-1","createdAt":0.0,"endedAt":10.0,"outcome":"completed",\
                    "segments":[{"start":0.0,"end":0.0,"state":"running","waitingOn":null},\
                    {"start":0.0,"end":10.0,"state":"waiting","waitingOn":"sleep until 10.0"},\
                    {"start":10.0,"end":10.0,"state":"running","waitingOn":null}]}],\
                    "events":[{"t":0.0,"seq":1,"kind":"created","task":"Task-1","detail":null},\
                    {"t":10.0,"seq":2,"kind":"print","task":"Task-1","detail":"done\\n"}]}""")))
    @APIResponse(responseCode = "400", description = "`id` is not a UUID.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No run has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> timeline(@PathParam("id") @Parameter(description = ID_DESCRIPTION) String id) {
        UUID runId = parseId(id);
        return runs.timeline(runId).map(timeline -> Response.ok(orNotFound(timeline, runId), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400, immutable").build());
    }

    @GET
    @Path("/{id}/timeline.svg")
    @Produces(SVG)
    @Operation(operationId = "getRunTimelineSvg", summary = "A run's timeline as an SVG Gantt chart",
            description = "One row per task, coloured by state, with print markers, cancellations and failures "
                    + "marked, over a time axis in virtual seconds.")
    @APIResponse(responseCode = "200", description = "The chart.",
            content = @Content(mediaType = SVG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`id` is not a UUID.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No run has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> timelineSvg(@PathParam("id") @Parameter(description = ID_DESCRIPTION) String id) {
        UUID runId = parseId(id);
        return runs.findWithTimeline(runId).map(run -> {
            orNotFound(run, runId);
            String caption = String.format(Locale.ROOT, "%s \u00b7 %s virtual \u00b7 %d task%s",
                    run.outcome().status().replace('_', ' '), seconds(run.outcome().virtualTime()),
                    run.timeline().tasks().size(), run.timeline().tasks().size() == 1 ? "" : "s");
            return Response.ok(GanttChart.render(run.timeline(), caption, run.outcome().virtualTime()), SVG)
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400, immutable").build();
        });
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("id", "must be a run id (a UUID such as "
                    + "0f9e6a52-8c1d-4f7e-9a51-3a4f2f1f7c11)");
        }
    }

    static <T> T orNotFound(T value, UUID id) {
        if (value == null) {
            throw new ProblemException(Problem.ofStatus(404, "Not Found", "No run " + id
                    + " (runs are kept for a limited time).").with("id", id.toString()));
        }
        return value;
    }

    private static String seconds(double t) {
        return t == Math.rint(t) ? String.format(Locale.ROOT, "%.1f s", t) : String.format(Locale.ROOT, "%.3f s", t)
                .replaceAll("0+ s$", " s");
    }
}
