package io.loopwise.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document committed in {@code openapi/} must be the one the service serves: clients generate code
 * from the committed copy. `./mvnw package` rewrites it; this test catches a stale commit.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final String REFRESH = "refresh it with `./mvnw package -DskipTests` (the build writes openapi/openapi.yaml "
            + "and openapi/openapi.json) and commit both files";

    @Test
    void theCommittedJsonDocumentIsCurrent() throws Exception {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        compare(served, new ObjectMapper().readTree(read("openapi/openapi.json")), "openapi/openapi.json");
    }

    @Test
    void theCommittedYamlDocumentIsCurrent() throws Exception {
        JsonNode served = new YAMLMapper().readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        compare(served, new YAMLMapper().readTree(read("openapi/openapi.yaml")), "openapi/openapi.yaml");
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsErrors() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(read("openapi/openapi.json"));
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                assertTrue(op.getValue().hasNonNull("operationId"), where + " has no operationId");
                assertTrue(op.getValue().hasNonNull("summary"), where + " has no summary");
                JsonNode responses = op.getValue().get("responses");
                assertTrue(responses.has("200"), where + " documents no 200");
                assertTrue(responses.has("400") || responses.has("404") || responses.has("406"),
                        where + " documents no error response");
            }
        }
    }

    private static String read(String file) throws Exception {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            fail(file + " is missing: " + REFRESH);
        }
        return Files.readString(path);
    }

    private static void compare(JsonNode served, JsonNode committed, String file) {
        if (!served.equals(committed)) {
            fail(file + " is stale: the served OpenAPI document differs from the committed copy; " + REFRESH);
        }
    }
}
