package io.loopwise.platform.db;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run mode's embedded PostgreSQL keeps its data across a stop and a start, guards its data directory, and recovers
 * it from a server that a killed service left behind.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
        Path dataDir = home.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.startPersistent(dataDir, 0)) {
            execute(first, "CREATE TABLE note (text varchar(40)); INSERT INTO note VALUES ('kept across restarts')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.startPersistent(dataDir, 0)) {
            try (Connection c = connect(second); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                    assertTrue(rs.next());
                    assertEquals("kept across restarts", rs.getString(1));
                }
                try (ResultSet rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
                    rs.next();
                    assertEquals("on", rs.getString(1), "a data directory that must survive needs fsync");
                    assertEquals("on", rs.getString(2));
                }
            }
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedWithAClearMessage() {
        Path dataDir = home.resolve("pgdata");
        try (EmbeddedDatabase running = EmbeddedDatabase.startPersistent(dataDir, 0)) {
            EmbeddedDatabase.StartFailure failure = assertThrows(EmbeddedDatabase.StartFailure.class,
                    () -> EmbeddedDatabase.startPersistent(dataDir, 0));
            assertTrue(failure.getMessage().contains("in use by another running Loopwise"), failure.getMessage());
            assertTrue(failure.getMessage().contains("QUARKUS_DATASOURCE_REACTIVE_URL"), failure.getMessage());
        }
    }

    @Test
    void aServerLeftRunningByAKilledServiceIsStoppedAndItsDataKept() throws Exception {
        // given a service (its own JVM) that started the server, wrote a row and was killed with SIGKILL
        Path dataDir = home.resolve("pgdata");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AbandonedServerProgram.class.getName(),
                dataDir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertEquals("ready", line, "the service JVM did not get its server running");
        } finally {
            service.destroyForcibly().waitFor();
        }
        Optional<ProcessHandle> leftover = LeftoverServer.runningPostmaster(dataDir);
        assertTrue(leftover.isPresent(), "the killed service's PostgreSQL should still be running");

        // when the next service starts on the same directory
        try (EmbeddedDatabase next = EmbeddedDatabase.startPersistent(dataDir, 0);
             Connection c = connect(next); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            // then the leftover is gone, and the new server serves what was committed before the kill
            assertFalse(leftover.get().isAlive());
            assertTrue(rs.next());
            assertEquals("written before the kill", rs.getString(1));
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection("jdbc:" + db.reactiveUrl(), EmbeddedDatabase.USER, "");
    }
}
