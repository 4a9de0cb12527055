package io.loopwise.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run mode's embedded PostgreSQL keeps its data across a stop and a start, and guards its data directory. */
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
            try (Connection c = connect(second); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                assertTrue(rs.next());
                assertEquals("kept across restarts", rs.getString(1));
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

    private static void execute(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection("jdbc:" + db.reactiveUrl(), EmbeddedDatabase.USER, "");
    }
}
