package io.loopwise.sandbox.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwise.engine.RunLimits;
import io.loopwise.sandbox.SandboxRun;
import io.loopwise.sandbox.api.RunOutcome;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * Queries over {@code sandbox_run}. Plain SQL on the reactive client rather than Hibernate: a run is written once and
 * read whole, its result and timeline are JSON documents passed through as text, and the insert sits on the hot path
 * of every uncached run.
 */
@ApplicationScoped
public class RunRepository {

    private static final String COLUMNS = """
            id, created_at, code, code_sha256, cache_key, cacheable, limits::text, result::text, engine_version""";

    private final Pool pool;
    private final ObjectMapper json;

    public RunRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<Void> insert(SandboxRun run) {
        return Uni.createFrom().item(() -> Tuple.from(Arrays.asList(run.id(), run.createdAt(), run.code(),
                        run.codeSha256(), run.cacheKey(), run.cacheable(), write(run.limits()), run.outcome().status(),
                        run.outcome().limitKind(), write(run.outcome()), write(run.timeline()), run.engineVersion())))
                // One round trip: a statement is its own transaction, and set_config(..., true) lasts until its
                // commit. A run can be recomputed from its code, so it need not wait for the WAL flush: losing the
                // last fraction of a second of runs in a crash beats an fsync on every run's answer.
                .chain(params -> pool.preparedQuery("""
                        WITH durability AS (SELECT set_config('synchronous_commit', 'off', true))
                        INSERT INTO sandbox_run (id, created_at, code, code_sha256, cache_key, cacheable, limits, status,
                                                 limit_kind, result, timeline, engine_version)
                        SELECT $1::uuid, $2::timestamptz, $3::text, $4::text, $5::text, $6::boolean, $7::text::jsonb,
                               $8::text, $9::text, $10::text::json, $11::text::json, $12::text
                        FROM durability""").execute(params))
                .replaceWithVoid();
    }

    /** The run with this id, without its timeline, or null. */
    public Uni<SandboxRun> find(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM sandbox_run WHERE id = $1").execute(Tuple.of(id))
                .map(this::firstOrNull);
    }

    /** The newest replayable run with this cache key, without its timeline, or null. */
    public Uni<SandboxRun> findCached(String cacheKey) {
        return pool.preparedQuery("SELECT " + COLUMNS
                        + " FROM sandbox_run WHERE cache_key = $1 AND cacheable ORDER BY created_at DESC LIMIT 1")
                .execute(Tuple.of(cacheKey))
                .map(this::firstOrNull);
    }

    public Uni<Boolean> exists(UUID id) {
        return pool.preparedQuery("SELECT 1 FROM sandbox_run WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() > 0);
    }

    /** The timeline of a run as stored JSON text, or null when there is no such run. */
    public Uni<String> findTimelineJson(UUID id) {
        return pool.preparedQuery("SELECT timeline::text FROM sandbox_run WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    /** Deletes runs created before {@code cutoff}; returns how many. */
    public Uni<Integer> deleteCreatedBefore(OffsetDateTime cutoff) {
        return pool.preparedQuery("DELETE FROM sandbox_run WHERE created_at < $1").execute(Tuple.of(cutoff))
                .map(RowSet::rowCount);
    }

    /** Deletes all but the newest {@code keep} runs; returns how many. */
    public Uni<Integer> deleteAllButNewest(int keep) {
        return pool.preparedQuery("""
                        DELETE FROM sandbox_run WHERE id IN (
                            SELECT id FROM sandbox_run ORDER BY created_at DESC, id OFFSET $1)""")
                .execute(Tuple.of(keep))
                .map(RowSet::rowCount);
    }

    public Uni<Long> count() {
        return pool.query("SELECT count(*) FROM sandbox_run").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private SandboxRun firstOrNull(RowSet<Row> rows) {
        if (!rows.iterator().hasNext()) {
            return null;
        }
        Row r = rows.iterator().next();
        return new SandboxRun(r.getUUID(0), r.getOffsetDateTime(1), r.getString(2), r.getString(3), r.getString(4),
                r.getBoolean(5), read(r.getString(6), RunLimits.class), read(r.getString(7), RunOutcome.class),
                null, r.getString(8));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
