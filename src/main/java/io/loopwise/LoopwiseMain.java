package io.loopwise;

import io.loopwise.platform.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Entry point: starts the embedded PostgreSQL when no external database is configured, then the service. */
@QuarkusMain
public final class LoopwiseMain {

    private LoopwiseMain() {
    }

    public static void main(String... args) {
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.startIfNotConfigured();
        } catch (EmbeddedDatabase.StartFailure e) {
            System.err.println("loopwise: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
