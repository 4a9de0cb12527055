package io.loopwise.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A stand-in for a running Loopwise, in its own JVM, that a test can kill with SIGKILL: starts, writes, waits. */
public final class AbandonedServerProgram {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.startPersistent(Path.of(args[0]), 0);
        try (Connection c = DriverManager.getConnection("jdbc:" + db.reactiveUrl(), EmbeddedDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text varchar(40)); INSERT INTO note VALUES ('written before the kill')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
