package io.loopwise.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The question endpoints as a client sees them, against the imported question bank. */
@QuarkusTest
public class QuestionApiTest {

    public static final String ASYNC = "async-await-and-asyncio";

    @Test
    void theAsyncAwaitQuestionComesWithItsPlaceObjectivesTipsAndCodeBlocks() {
        given().when().get("/api/v1/questions/" + ASYNC)
                .then().statusCode(200)
                .contentType("application/json")
                .body("slug", equalTo(ASYNC))
                .body("title", equalTo("Async/Await and Asyncio"))
                .body("difficulty", equalTo("hard"))
                .body("track.slug", equalTo("python-concurrency"))
                .body("position", greaterThanOrEqualTo(1))
                .body("trackSize", greaterThanOrEqualTo(12))
                .body("learningObjectives", not(empty()))
                .body("interviewTips", not(empty()))
                .body("tags", hasItem("asyncio"))
                .body("readingMinutes", greaterThanOrEqualTo(1))
                .body("body", containsString("```python"))
                .body("blocks.type", hasItems("heading", "paragraph", "code", "table", "list"))
                .body("blocks.find { it.type == 'code' }.language", equalTo("python"))
                .body("blocks.find { it.type == 'code' }.source", containsString("async def"))
                .body("blocks.find { it.type == 'table' }.header", not(empty()))
                .body("blocks.find { it.type == 'table' }.rows", not(empty()));
    }

    @Test
    void previousAndNextFollowTheTrackOrder() {
        Response track = given().get("/api/v1/tracks/python-concurrency");
        List<String> slugs = track.path("questions.slug");
        given().get("/api/v1/questions/" + slugs.get(0))
                .then().statusCode(200)
                .body("position", equalTo(1))
                .body("previous", nullValue())
                .body("next", equalTo(slugs.get(1)));
        given().get("/api/v1/questions/" + slugs.get(slugs.size() - 1))
                .then().statusCode(200)
                .body("position", equalTo(slugs.size()))
                .body("trackSize", equalTo(slugs.size()))
                .body("previous", equalTo(slugs.get(slugs.size() - 2)))
                .body("next", nullValue());
    }

    @Test
    void anUnknownSlugIsAProblem404() {
        given().get("/api/v1/questions/no-such-question")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-question"))
                .body("slug", equalTo("no-such-question"));
    }

    @Test
    void aQuestionAnswersIfNoneMatchWith304() {
        Response first = given().get("/api/v1/questions/" + ASYNC);
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "strong ETag expected, got " + etag);
        assertTrue(first.header("Cache-Control").contains("max-age"), "Cache-Control expected");
        given().header("If-None-Match", etag).get("/api/v1/questions/" + ASYNC)
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/questions/" + ASYNC)
                .then().statusCode(200).header("ETag", etag);
    }

    @Test
    void listingsAreOrderedByTrackPositionAndPaginatedWithTotalsAndLinks() {
        Response page0 = given().queryParam("size", 5).get("/api/v1/questions");
        page0.then().statusCode(200)
                .body("items", hasSize(5))
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(12))
                .body("items.position", contains(1, 2, 3, 4, 5));
        int total = page0.path("total");
        int totalPages = page0.path("totalPages");
        assertEquals((total + 4) / 5, totalPages);
        List<String> links = page0.headers().getValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"next\"") && l.contains("page=1")), links::toString);
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"last\"") && l.contains("page=" + (totalPages - 1))));
        assertTrue(links.stream().noneMatch(l -> l.contains("rel=\"prev\"")), links::toString);

        Response page1 = given().queryParam("size", 5).queryParam("page", 1).get("/api/v1/questions");
        page1.then().statusCode(200).body("items.position", contains(6, 7, 8, 9, 10));
        List<String> links1 = page1.headers().getValues("Link");
        assertTrue(links1.stream().anyMatch(l -> l.contains("rel=\"prev\"") && l.contains("page=0")), links1::toString);
        given().queryParam("size", 5).queryParam("page", totalPages).get("/api/v1/questions")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(total));
    }

    @Test
    void filtersByTrackDifficultyAndTag() {
        given().queryParam("difficulty", "hard").get("/api/v1/questions")
                .then().statusCode(200)
                .body("items.difficulty", everyItem(equalTo("hard")))
                .body("items.slug", hasItem(ASYNC));
        given().queryParam("tag", "asyncio").queryParam("size", 100).get("/api/v1/questions")
                .then().statusCode(200)
                .body("items.tags", everyItem(hasItem("asyncio")))
                .body("items.slug", hasItem(ASYNC));
        given().queryParam("track", "python-concurrency").get("/api/v1/questions")
                .then().statusCode(200).body("items.track", everyItem(equalTo("python-concurrency")));
        given().queryParam("track", "no-such-track").get("/api/v1/questions")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void fullTextSearchFindsRankedMatchesInTitleSummaryAndBody() {
        given().queryParam("q", "TaskGroup").get("/api/v1/questions")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items[0].slug", containsString("taskgroup"));
        given().queryParam("q", "semaphore").get("/api/v1/questions")
                .then().statusCode(200).body("items.slug", hasItem(containsString("synchronisation")));
        given().queryParam("q", "xylophone zeppelin").get("/api/v1/questions")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void sortOptionsOrderTheListing() {
        Response byTitle = given().queryParam("sort", "title").queryParam("size", 100).get("/api/v1/questions");
        List<String> titles = byTitle.path("items.title");
        List<String> sorted = titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(sorted, titles);
        given().queryParam("sort", "-difficulty").queryParam("size", 1).get("/api/v1/questions")
                .then().statusCode(200).body("items[0].difficulty", equalTo("hard"));
        given().queryParam("sort", "relevance").get("/api/v1/questions")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("sort"));
    }

    @Test
    void listingsCarryAnETagToo() {
        String etag = given().queryParam("difficulty", "hard").get("/api/v1/questions").header("ETag");
        given().queryParam("difficulty", "hard").header("If-None-Match", etag).get("/api/v1/questions")
                .then().statusCode(304);
    }

    @Test
    void badParametersAreProblem400sNamingTheField() {
        badParameter("size", "0");
        badParameter("size", "1000");
        badParameter("difficulty", "impossible");
        badParameter("page", "-1");
        badParameter("page", "abc");
        badParameter("tag", "Not A Slug");
        badParameter("sort", "popularity");
    }

    private static void badParameter(String name, String value) {
        given().queryParam(name, value).get("/api/v1/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:loopwise:problem:invalid-parameters"))
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", containsString(name))
                .body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].reason", notNullValue());
    }
}
