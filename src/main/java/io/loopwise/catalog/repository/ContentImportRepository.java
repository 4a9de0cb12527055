package io.loopwise.catalog.repository;

import io.agroal.api.AgroalDataSource;
import io.loopwise.catalog.content.QuestionDocument;
import io.loopwise.catalog.content.TrackDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The importer's writes, as idempotent upserts over JDBC (start-up work, like Flyway's, before any request is
 * served). A row is rewritten only when its content hash changed or it comes back from retirement.
 */
@ApplicationScoped
public class ContentImportRepository {

    /** Serialises concurrent importers (several instances starting at once) on one database. */
    private static final long IMPORT_LOCK = 0x4c6f6f70L;

    private final AgroalDataSource dataSource;

    public ContentImportRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Connection begin() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, IMPORT_LOCK);
            lock.execute();
        }
        return c;
    }

    /** @return the outcome for the track row and its id */
    public Upsert upsertTrack(Connection c, TrackDocument t) throws SQLException {
        String sql = """
                INSERT INTO track (slug, title, summary, description, content_hash)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (slug) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                    description = excluded.description, content_hash = excluded.content_hash,
                    retired_at = NULL, updated_at = now()
                WHERE track.content_hash <> excluded.content_hash OR track.retired_at IS NOT NULL
                RETURNING id, (xmax = 0) AS inserted""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, t.slug());
            ps.setString(2, t.title());
            ps.setString(3, t.summary());
            ps.setString(4, t.description());
            ps.setString(5, t.contentHash());
            return upsertOutcome(ps, c, "SELECT id FROM track WHERE slug = ?", t.slug());
        }
    }

    public Upsert upsertQuestion(Connection c, long trackId, QuestionDocument q) throws SQLException {
        String sql = """
                INSERT INTO question (track_id, slug, title, summary, difficulty, position, body,
                    learning_objectives, interview_tips, reading_minutes, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (slug) DO UPDATE SET track_id = excluded.track_id, title = excluded.title,
                    summary = excluded.summary, difficulty = excluded.difficulty, position = excluded.position,
                    body = excluded.body, learning_objectives = excluded.learning_objectives,
                    interview_tips = excluded.interview_tips, reading_minutes = excluded.reading_minutes,
                    content_hash = excluded.content_hash, retired_at = NULL, updated_at = now()
                WHERE question.content_hash <> excluded.content_hash OR question.retired_at IS NOT NULL
                    OR question.track_id <> excluded.track_id
                RETURNING id, (xmax = 0) AS inserted""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, trackId);
            ps.setString(2, q.slug());
            ps.setString(3, q.title());
            ps.setString(4, q.summary());
            ps.setString(5, q.difficulty().wireName());
            ps.setInt(6, q.position());
            ps.setString(7, q.body());
            ps.setArray(8, textArray(c, q.learningObjectives()));
            ps.setArray(9, textArray(c, q.interviewTips()));
            ps.setInt(10, q.readingMinutes());
            ps.setString(11, q.contentHash());
            return upsertOutcome(ps, c, "SELECT id FROM question WHERE slug = ?", q.slug());
        }
    }

    /** Replaces a question's tags, creating tags not seen before; order is kept. */
    public void replaceTags(Connection c, long questionId, List<String> tags) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM question_tag WHERE question_id = ?")) {
            delete.setLong(1, questionId);
            delete.executeUpdate();
        }
        try (PreparedStatement tag = c.prepareStatement("INSERT INTO tag (slug) VALUES (?) ON CONFLICT (slug) DO NOTHING");
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO question_tag (question_id, tag_id, position) SELECT ?, id, ? FROM tag WHERE slug = ?")) {
            for (int i = 0; i < tags.size(); i++) {
                tag.setString(1, tags.get(i));
                tag.executeUpdate();
                link.setLong(1, questionId);
                link.setInt(2, i);
                link.setString(3, tags.get(i));
                link.executeUpdate();
            }
        }
    }

    /** Retires the track's active questions whose slugs are not in {@code keep}; returns how many. */
    public int retireQuestionsNotIn(Connection c, long trackId, Collection<String> keep) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE question SET retired_at = now(), updated_at = now()
                WHERE track_id = ? AND retired_at IS NULL AND NOT (slug = ANY (?))""")) {
            ps.setLong(1, trackId);
            ps.setArray(2, textArray(c, List.copyOf(keep)));
            return ps.executeUpdate();
        }
    }

    /** Retires active tracks whose slugs are not in {@code keep}, with their questions; returns retired questions. */
    public int retireTracksNotIn(Connection c, Collection<String> keep) throws SQLException {
        try (PreparedStatement tracks = c.prepareStatement("""
                UPDATE track SET retired_at = now(), updated_at = now()
                WHERE retired_at IS NULL AND NOT (slug = ANY (?))""");
             PreparedStatement questions = c.prepareStatement("""
                UPDATE question SET retired_at = now(), updated_at = now()
                WHERE retired_at IS NULL AND track_id IN (SELECT id FROM track WHERE retired_at IS NOT NULL)""")) {
            tracks.setArray(1, textArray(c, List.copyOf(keep)));
            tracks.executeUpdate();
            return questions.executeUpdate();
        }
    }

    private static Upsert upsertOutcome(PreparedStatement ps, Connection c, String idQuery, String slug)
            throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new Upsert(rs.getLong(1), rs.getBoolean(2) ? Outcome.CREATED : Outcome.UPDATED);
            }
        }
        try (PreparedStatement find = c.prepareStatement(idQuery)) {
            find.setString(1, slug);
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                return new Upsert(rs.getLong(1), Outcome.UNCHANGED);
            }
        }
    }

    private static Array textArray(Connection c, List<String> items) throws SQLException {
        return c.createArrayOf("text", items.toArray());
    }

    /** What an upsert did to a row. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The row's id and what the upsert did to it. */
    public record Upsert(long id, Outcome outcome) {
    }
}
