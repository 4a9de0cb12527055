package io.loopwise.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every error, including the ones Quarkus decides itself, is an RFC 9457 problem. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void aPathNothingServesIsAProblem404() {
        given().get("/no/such/path")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("instance", equalTo("/no/such/path"));
        given().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aMethodTheResourceDoesNotHaveIsAProblem405() {
        given().delete("/api/v1/questions")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405)).body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void anAcceptHeaderRulingOutJsonIsAProblem406() {
        given().accept("application/xml").get("/api/v1/questions")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406)).body("detail", containsString("application/json"));
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsAProblem415() {
        given().contentType("text/plain").body("hello").post("/test-probe/echo")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415)).body("title", equalTo("Unsupported Media Type"));
    }

    @Test
    void anInvalidBodyIsAProblem400NamingTheField() {
        given().contentType("application/json").body("{\"text\": \"\"}").post("/test-probe/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("text"))
                .body("invalidParams[0].reason", notNullValue());
    }

    @Test
    void aBodyOverTheSizeLimitIsAProblem413() {
        String text = "x".repeat(1024 * 1024 + 1);
        given().contentType("application/json").body("{\"text\": \"" + text + "\"}").post("/test-probe/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413)).body("title", equalTo("Payload Too Large"));
    }

    @Test
    void malformedJsonIsAProblem400() {
        given().contentType("application/json").body("{\"text\": ").post("/test-probe/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
