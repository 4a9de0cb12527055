package io.loopwise.sandbox.rest;

import static io.loopwise.sandbox.EngineAvailability.assumeEngineRuns;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.sandbox.service.RunKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/runs and the run's read endpoints, every status and error, as a client sees them. */
@QuarkusTest
class RunApiTest {

    @Inject
    Pool database;

    static final String GATHER = """
            import asyncio

            async def fetch(url, delay):
                print(f"Fetching {url}")
                await asyncio.sleep(delay)
                return f"Data from {url}"

            async def main():
                results = await asyncio.gather(
                    fetch("api/users", 2),
                    fetch("api/posts", 1),
                    fetch("api/comments", 3)
                )
                print(results)

            asyncio.run(main())
            """;

    static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/runs");
    }

    /** A program nobody ran before, so the cache cannot answer it. */
    static String fresh(String code) {
        return code + "\n# " + UUID.randomUUID() + "\n";
    }

    @Test
    void aNewProgramIsRunAndStoredWith201AndLocation() {
        String code = fresh("print('hello')");

        Response created = post(Map.of("code", code));

        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("X-Loopwise-Cache", "miss")
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("createdAt", notNullValue())
                .body("codeSha256", equalTo(RunKeys.sha256(code)))
                .body("status", in(List.of("completed", "failed", "limit_exceeded", "rejected")))
                .body("stdout", notNullValue())
                .body("stats.steps", notNullValue())
                .body("limits.maxSteps", equalTo(5_000_000))
                .body("engineVersion", notNullValue())
                .body("stored", equalTo(true));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/runs/" + id));
        created.then().body("timeline", equalTo("/api/v1/runs/" + id + "/timeline"))
                .body("timelineSvg", equalTo("/api/v1/runs/" + id + "/timeline.svg"))
                .body("events", equalTo("/api/v1/runs/" + id + "/events"));

        given().get("/api/v1/runs/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("status", equalTo(created.path("status")))
                .body("stdout", equalTo(created.path("stdout")));
    }

    @Test
    void theGatherProgramRunsInVirtualTime() {
        assumeEngineRuns();

        post(Map.of("code", fresh(GATHER))).then().statusCode(201)
                .body("status", equalTo("completed"))
                .body("stdout", equalTo("Fetching api/users\nFetching api/posts\nFetching api/comments\n"
                        + "['Data from api/users', 'Data from api/posts', 'Data from api/comments']\n"))
                .body("virtualTime", equalTo(3.0f))
                .body("exception", nullValue())
                .body("limit", nullValue())
                .body("stats.tasks", equalTo(6)); // CPython 3.12 counts 6 (vclock_runner)
    }

    @Test
    void theSameCodeAndLimitsAreServedFromTheStoredResult() {
        String code = fresh("print('cached')");
        Response first = post(Map.of("code", code));
        first.then().statusCode(201).header("X-Loopwise-Cache", "miss");

        Response second = post(Map.of("code", code));

        second.then().statusCode(200)
                .header("X-Loopwise-Cache", "hit")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("stdout", equalTo(first.path("stdout")))
                .body("stored", equalTo(true));
        // other limits are another run
        post(Map.of("code", code, "limits", Map.of("maxSteps", 1000))).then().statusCode(201)
                .header("X-Loopwise-Cache", "miss")
                .body("limits.maxSteps", equalTo(1000));
    }

    @Test
    void aSyntaxErrorIsARejectedRunWithLineAndColumnNotA4xx() {
        assumeEngineRuns();

        post(Map.of("code", fresh("print('a')\ndef broken(:\n    pass\n"))).then().statusCode(201)
                .body("status", equalTo("rejected"))
                .body("exception.type", equalTo("SyntaxError"))
                .body("exception.line", equalTo(2))
                .body("exception.column", notNullValue());
    }

    @Test
    void outputContainingNulIsStoredAndReadBackExactly() {
        assumeEngineRuns();

        // given a program whose output holds NUL, legal in Python (jsonb could not hold it; the column is json)
        Response r = post(Map.of("code", fresh("print('a\\x00b')")));

        // then it is stored like any run, and the stored run gives the NUL back
        r.then().statusCode(201).body("stored", equalTo(true)).body("stdout", equalTo("a\u0000b\n"));
        given().get("/api/v1/runs/" + r.path("id")).then().statusCode(200)
                .body("stdout", equalTo("a\u0000b\n"));
        given().get("/api/v1/runs/" + r.path("id") + "/timeline").then().statusCode(200)
                .body(containsString("a\\u0000b"));
    }

    @Test
    void codeThatIsNotPythonSourceTextIs400NamingTheField() {
        problem(post(Map.of("code", "print('a')  # \u0000")), 400)
                .body("invalidParams.name", hasItem("code"))
                .body("invalidParams.reason", hasItem(containsString("must not contain NUL")));
        problem(post("{\"code\": \"print('\\ud800')\"}"), 400)
                .body("invalidParams.name", hasItem("code"))
                .body("invalidParams.reason", hasItem("must be valid Unicode text: unpaired surrogate at offset 7"));
    }

    @Test
    void aRunThatCannotBeStoredIsStillAnsweredMarkedNotStored() {
        assumeEngineRuns();
        // given the database refuses this one run (a real PostgreSQL trigger keyed on a marker in the code)
        String marker = "refuse-" + UUID.randomUUID();
        refuseRunsWhoseCodeContains(marker);
        try {
            // when it is submitted
            Response r = post(Map.of("code", "print('a')  # " + marker));

            // then the learner still gets the result, marked not stored, with nothing to follow
            r.then().statusCode(200)
                    .header("X-Loopwise-Cache", "miss")
                    .header("Location", nullValue())
                    .body("stored", equalTo(false))
                    .body("stdout", equalTo("a\n"))
                    .body("timeline", nullValue());
            given().get("/api/v1/runs/" + r.path("id")).then().statusCode(404);
        } finally {
            stopRefusing(marker);
        }
    }

    @Test
    void missingEmptyAndMistypedCodeIs400NamingTheField() {
        problem(post(Map.of()), 400).body("invalidParams.name", hasItem("code"))
                .body("invalidParams.reason", hasItem("is required"));
        problem(post(Map.of("code", "   \n")), 400).body("invalidParams.reason", hasItem("must not be empty"));
        problem(post(Map.of("code", 42)), 400).body("invalidParams.reason", hasItem("must be a string, not a number"));
        problem(post("{\"code\": null}"), 400).body("invalidParams.name", hasItem("code"));
    }

    @Test
    void unknownFieldsMalformedJsonAndNonObjectsAre400() {
        problem(post(Map.of("code", "print(1)", "language", "python")), 400)
                .body("invalidParams.name", hasItem("language"));
        problem(post(Map.of("code", "print(1)", "limits", Map.of("maxThreads", 4))), 400)
                .body("invalidParams.name", hasItem("limits.maxThreads"));
        problem(post("{\"code\": \"print(1)\""), 400).body("invalidParams.name", hasItem("body"))
                .body("detail", containsString("not valid JSON"));
        problem(post("{\"code\": \"a\", \"code\": \"b\"}"), 400).body("detail", containsString("Duplicate field"));
        problem(post("[1, 2]"), 400).body("invalidParams.reason", hasItem(containsString("must be a JSON object")));
        problem(post("{\"code\": \"print(1)\"} trailing"), 400).body("invalidParams.name", hasItem("body"));
        problem(given().contentType(ContentType.JSON).post("/api/v1/runs"), 400)
                .body("invalidParams.name", hasItem("body"));
    }

    @Test
    void limitsOfTheWrongTypeOrOutOfRangeAre400NamingEachField() {
        problem(post(Map.of("code", "print(1)", "limits", "fast")), 400)
                .body("invalidParams.reason", hasItem("must be an object, not a string"));
        problem(post(Map.of("code", "print(1)", "limits", Map.of("maxSteps", "100", "maxTasks", 1.5,
                "maxVirtualSeconds", -1, "maxWallMillis", 0))), 400)
                .body("invalidParams.find { it.name == 'limits.maxSteps' }.reason", equalTo("must be an integer, not a string"))
                .body("invalidParams.find { it.name == 'limits.maxTasks' }.reason", equalTo("must be an integer, not a number"))
                .body("invalidParams.find { it.name == 'limits.maxVirtualSeconds' }.reason",
                        equalTo("must be a positive number of seconds"))
                .body("invalidParams.find { it.name == 'limits.maxWallMillis' }.reason", equalTo("must be at least 1"));
        problem(post(Map.of("code", "print(1)", "limits", Map.of("maxRecursionDepth", 3_000_000_000L))), 400)
                .body("invalidParams.find { it.name == 'limits.maxRecursionDepth' }.reason",
                        equalTo("must be at most 2147483647"));
    }

    @Test
    void limitsAboveTheDefaultsAre400BecauseLimitsCanOnlyBeLowered() {
        problem(post(Map.of("code", "print(1)", "limits", Map.of("maxSteps", 5_000_001, "maxWallMillis", 60_000))), 400)
                .body("invalidParams.name", hasItem("limits.maxSteps"))
                .body("invalidParams.find { it.name == 'limits.maxSteps' }.reason",
                        startsWith("must be at most 5000000"))
                .body("invalidParams.name", hasItem("limits.maxWallMillis"));
    }

    @Test
    void codeOverTheSizeLimitIs413() {
        problem(post(Map.of("code", "#" + "x".repeat(64 * 1024))), 413)
                .body("invalidParams.name", hasItem("code"))
                .body("detail", containsString("65537 bytes"));
        // a lowered maxSourceBytes lowers the size limit; multi-byte characters count as their UTF-8 bytes
        problem(post(Map.of("code", "print('\u00e9\u00e9\u00e9')", "limits", Map.of("maxSourceBytes", 10))), 413)
                .body("detail", containsString("15 bytes"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        problem(given().contentType(ContentType.TEXT).body("print(1)").post("/api/v1/runs"), 415);
    }

    @Test
    void unknownAndMalformedRunIdsAre404And400OnEveryReadEndpoint() {
        UUID unknown = UUID.randomUUID();
        for (String suffix : List.of("", "/timeline", "/timeline.svg", "/events")) {
            problem(given().get("/api/v1/runs/" + unknown + suffix), 404).body("id", equalTo(unknown.toString()));
            problem(given().get("/api/v1/runs/not-a-run" + suffix), 400).body("invalidParams.name", hasItem("id"));
        }
    }

    @Test
    void theTimelineIsServedAsJsonSvgAndAnEventStream() {
        Response run = post(Map.of("code", fresh(GATHER)));
        String id = run.path("id");

        Response timeline = given().get("/api/v1/runs/" + id + "/timeline");
        timeline.then().statusCode(200).contentType(ContentType.JSON)
                .body("tasks", notNullValue())
                .body("events", notNullValue());

        String svg = given().get("/api/v1/runs/" + id + "/timeline.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains(run.path("status").toString().replace('_', ' ')));

        String stream = given().accept("text/event-stream").get("/api/v1/runs/" + id + "/events")
                .then().statusCode(200).contentType(containsString("text/event-stream")).extract().asString();
        List<Object> events = timeline.path("events");
        assertEquals(events.size(), count(stream, "\ndata:") + (stream.startsWith("data:") ? 1 : 0) - 1,
                "one SSE event per timeline event, plus the end event: " + stream);
        assertTrue(stream.contains("event:end"), stream);
        assertTrue(stream.contains("\"status\":\"" + run.path("status") + "\""), stream);
    }

    @Test
    void theEventStreamReplaysEachTimelineEventWithItsKindAndSequence() {
        assumeEngineRuns();
        String id = post(Map.of("code", fresh(GATHER))).path("id");

        String stream = given().accept("text/event-stream").get("/api/v1/runs/" + id + "/events?speed=1000")
                .then().statusCode(200).extract().asString();

        assertTrue(stream.contains("event:print"), stream);
        assertTrue(stream.contains("\"detail\":\"Fetching api/users\\n\""), stream);
        assertTrue(stream.contains("id:1\n"), stream);
        String resumed = given().accept("text/event-stream").header("Last-Event-ID", "1")
                .get("/api/v1/runs/" + id + "/events").then().statusCode(200).extract().asString();
        assertTrue(!resumed.contains("id:1\n") && resumed.contains("event:end"), resumed);
    }

    @Test
    void aBadSpeedOrLastEventIdIs400() {
        String id = post(Map.of("code", fresh("print(1)"))).path("id");
        problem(given().get("/api/v1/runs/" + id + "/events?speed=0"), 400).body("invalidParams.name", hasItem("speed"));
        problem(given().header("Last-Event-ID", "abc").get("/api/v1/runs/" + id + "/events"), 400)
                .body("invalidParams.name", hasItem("Last-Event-ID"));
    }

    @Test
    void runsAreCountedInMetricsAndReadinessReportsTheExecutor() {
        post(Map.of("code", fresh("print(1)"))).then().statusCode(201);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("loopwise_sandbox_runs_total{"), "runs counter");
        assertTrue(metrics.contains("cache=\"miss\""), "cache tag");
        assertTrue(metrics.contains("loopwise_sandbox_run_execution_seconds_bucket"), "execution histogram");
        assertTrue(metrics.contains("loopwise_sandbox_executor_queue_depth"), "queue depth");
        assertTrue(metrics.contains("loopwise_sandbox_rejections_total"), "rejections");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'sandbox-executor' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'sandbox-executor' }.data.saturated", equalTo(false));
    }

    @Test
    void everyRunGetsItsOwnIdAndTheCodeHashIsStable() {
        Response a = post(Map.of("code", fresh("x = 1")));
        Response b = post(Map.of("code", fresh("x = 1")));
        assertNotEquals((String) a.path("id"), (String) b.path("id"));
        assertNotEquals((String) a.path("codeSha256"), (String) b.path("codeSha256"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static io.restassured.response.ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    /** Installs a trigger that fails any insert of a run whose code contains {@code marker}. */
    private void refuseRunsWhoseCodeContains(String marker) {
        String name = triggerName(marker);
        database.query("""
                CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF position('%2$s' in NEW.code) > 0 THEN
                        RAISE EXCEPTION 'refused by test trigger';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(name, marker)).execute().await().atMost(Duration.ofSeconds(10));
        database.query("CREATE TRIGGER %1$s BEFORE INSERT ON sandbox_run FOR EACH ROW EXECUTE FUNCTION %1$s()"
                .formatted(name)).execute().await().atMost(Duration.ofSeconds(10));
    }

    private void stopRefusing(String marker) {
        String name = triggerName(marker);
        database.query("DROP TRIGGER IF EXISTS %1$s ON sandbox_run".formatted(name)).execute()
                .await().atMost(Duration.ofSeconds(10));
        database.query("DROP FUNCTION IF EXISTS %1$s()".formatted(name)).execute().await().atMost(Duration.ofSeconds(10));
    }

    private static String triggerName(String marker) {
        return marker.replace('-', '_');
    }
}
