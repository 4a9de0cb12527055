package io.loopwise.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.loopwise.catalog.rest.QuestionApiTest;
import io.loopwise.catalog.content.ContentFile;
import io.loopwise.catalog.content.ContentSource;
import io.loopwise.catalog.service.ContentImportService;
import io.loopwise.catalog.service.ImportReport;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The start-up import against the real bank: idempotent, and retiring what the files no longer hold. */
@QuarkusTest
class ContentImportTest {

    @Inject
    ContentImportService importer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void importingTheSameFilesTwiceChangesNothing() throws Exception {
        List<ContentFile> bank = bank();
        String before = snapshot();

        ImportReport report = importer.importFrom(bank);

        long questionFiles = bank.stream().filter(f -> f.path().endsWith(".md")).count();
        assertEquals(new ImportReport(1, 0, 0, (int) questionFiles, 0), report);
        assertEquals(before, snapshot(), "an unchanged bank must not touch a single row");
    }

    @Test
    void aQuestionRemovedFromTheFilesIsRetiredAndComesBackWhenRestored() throws Exception {
        List<ContentFile> bank = bank();
        ContentFile last = bank.stream().filter(f -> f.path().endsWith(".md")).reduce((a, b) -> b).orElseThrow();
        String slug = given().get("/api/v1/tracks/python-concurrency").path("questions[-1].slug");
        int size = given().get("/api/v1/tracks/python-concurrency").path("questionCount");
        try {
            ImportReport removed = importer.importFrom(bank.stream().filter(f -> f != last).toList());

            assertEquals(1, removed.retired());
            given().get("/api/v1/questions/" + slug).then().statusCode(404);
            given().get("/api/v1/tracks/python-concurrency").then().body("questionCount",
                    org.hamcrest.Matchers.equalTo(size - 1));
            assertEquals(1, count("SELECT count(*) FROM question WHERE retired_at IS NOT NULL"),
                    "retired, not deleted");
        } finally {
            ImportReport restored = importer.importFrom(bank);
            assertEquals(1, restored.updated());
        }
        given().get("/api/v1/questions/" + slug).then().statusCode(200);
        assertEquals(0, count("SELECT count(*) FROM question WHERE retired_at IS NOT NULL"));
    }

    @Test
    void importsStartedAtOnceByReplicasBothSucceedAndWriteOneSetOfRows() throws Exception {
        List<ContentFile> bank = bank();
        // A changed question with a brand-new tag: both importers want to write the same rows.
        List<ContentFile> changed = bank.stream().map(f -> f.path().endsWith(".md") && f.text().contains("slug: "
                + QuestionApiTest.ASYNC + "\n") ? new ContentFile(f.path(), f.text()
                .replace("tags: [", "tags: [replica-race, ") + "\nOne more sentence.\n") : f).toList();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ImportReport>> runs = List.of(
                    replicas.submit(() -> { start.await(); return importer.importFrom(changed); }),
                    replicas.submit(() -> { start.await(); return importer.importFrom(changed); }));
            start.countDown();
            ImportReport first = runs.get(0).get(60, TimeUnit.SECONDS);
            ImportReport second = runs.get(1).get(60, TimeUnit.SECONDS);

            assertEquals(1, first.updated() + second.updated(), "exactly one replica rewrites the changed question");
            assertEquals(0, first.created() + second.created());
            assertEquals(1, count("SELECT count(*) FROM tag WHERE slug = 'replica-race'"));
            assertEquals(1, count("SELECT count(*) FROM question WHERE slug = '" + QuestionApiTest.ASYNC + "'"));
            given().get("/api/v1/questions/" + QuestionApiTest.ASYNC)
                    .then().statusCode(200).body("tags", org.hamcrest.Matchers.hasItem("replica-race"));
        } finally {
            replicas.shutdownNow();
            importer.importFrom(bank);
        }
        given().get("/api/v1/questions/" + QuestionApiTest.ASYNC)
                .then().statusCode(200).body("tags", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("replica-race")));
    }

    private static List<ContentFile> bank() {
        return ContentSource.fromClasspath("db/content", Thread.currentThread().getContextClassLoader());
    }

    private String snapshot() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT string_agg(slug || '@' || updated_at || '#' || content_hash || coalesce(retired_at::text, ''),
                                       ',' ORDER BY slug) FROM question""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
