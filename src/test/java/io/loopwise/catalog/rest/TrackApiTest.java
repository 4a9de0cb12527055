package io.loopwise.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The track endpoints as a client sees them. */
@QuarkusTest
class TrackApiTest {

    @Test
    void theTrackListShowsPythonConcurrencyWithItsQuestionCount() {
        given().get("/api/v1/tracks")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("slug", hasItem("python-concurrency"))
                .body("find { it.slug == 'python-concurrency' }.questionCount", greaterThanOrEqualTo(12));
    }

    @Test
    void aTrackListsItsQuestionsInPositionOrder() {
        Response track = given().get("/api/v1/tracks/python-concurrency");
        track.then().statusCode(200)
                .body("title", equalTo("Python Concurrency"))
                .body("description", notNullValue())
                .body("questions.difficulty", everyItem(notNullValue()))
                .body("questions.readingMinutes", everyItem(greaterThanOrEqualTo(1)))
                .body("questions.slug", hasItem(QuestionApiTest.ASYNC));
        List<Integer> positions = track.path("questions.position");
        assertEquals(IntStream.rangeClosed(1, positions.size()).boxed().toList(), positions);
        assertEquals(positions.size(), (int) track.path("questionCount"));
    }

    @Test
    void aTrackAnswersIfNoneMatchWith304() {
        String etag = given().get("/api/v1/tracks/python-concurrency").header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/tracks/python-concurrency").then().statusCode(304);
        String listEtag = given().get("/api/v1/tracks").header("ETag");
        given().header("If-None-Match", "W/" + listEtag).get("/api/v1/tracks").then().statusCode(304);
    }

    @Test
    void anUnknownTrackIsAProblem404() {
        given().get("/api/v1/tracks/rust-async")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("slug", equalTo("rust-async"));
    }
}
