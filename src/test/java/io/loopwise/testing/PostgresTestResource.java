package io.loopwise.testing;

import io.loopwise.platform.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The tests' PostgreSQL: a fresh throwaway database per test run. By default an embedded server in a temporary
 * directory; when {@code LOOPWISE_TEST_DB_URL} names an external server (a JDBC URL to a database the user may
 * connect to, with {@code LOOPWISE_TEST_DB_USERNAME} / {@code LOOPWISE_TEST_DB_PASSWORD}), a new database is
 * created there and dropped afterwards.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase embedded;
    private String externalAdminUrl;
    private String externalDatabase;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("LOOPWISE_TEST_DB_URL");
        if (external == null || external.isBlank()) {
            embedded = EmbeddedDatabase.startThrowaway("loopwise_test");
            return embedded.datasourceConfig();
        }
        externalAdminUrl = external;
        externalDatabase = "loopwise_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + externalDatabase);
        String base = external.substring(0, external.lastIndexOf('/') + 1);
        String url = base.substring("jdbc:".length()) + externalDatabase;
        return Map.of(
                "quarkus.datasource.reactive.url", url,
                "quarkus.datasource.jdbc.url", "jdbc:" + url,
                "quarkus.datasource.username", env("LOOPWISE_TEST_DB_USERNAME"),
                "quarkus.datasource.password", env("LOOPWISE_TEST_DB_PASSWORD"));
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
        }
        if (externalDatabase != null) {
            execute("DROP DATABASE IF EXISTS " + externalDatabase + " WITH (FORCE)");
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(externalAdminUrl, env("LOOPWISE_TEST_DB_USERNAME"),
                env("LOOPWISE_TEST_DB_PASSWORD")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + externalAdminUrl + ": " + e, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
