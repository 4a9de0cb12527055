package io.loopwise.catalog.repository;

import io.loopwise.catalog.Difficulty;
import io.loopwise.catalog.QuestionSearch;
import io.loopwise.catalog.api.QuestionSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Filtered, ranked, paginated question listings. Written in SQL on the reactive pool rather than HQL because
 * ranking uses PostgreSQL full-text search ({@code websearch_to_tsquery}, {@code @@}, {@code ts_rank_cd}) over the
 * GIN-indexed {@code search_vector} column.
 */
@ApplicationScoped
public class QuestionSearchRepository {

    private static final String FROM = """
            FROM question q JOIN track t ON t.id = q.track_id
            WHERE q.retired_at IS NULL AND t.retired_at IS NULL""";

    private final Pool pool;

    public QuestionSearchRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> count(QuestionSearch search) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*) " + FROM + where(search, args);
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * One page of matches with the total across pages, in one statement ({@code count(*) OVER ()}). A page past
     * the end has no row to carry the total, so it comes back with an unknown total (-1).
     */
    public Uni<Matches> page(QuestionSearch search) {
        List<Object> args = new ArrayList<>();
        String where = where(search, args);
        String rank = search.text() == null ? "0"
                // where() binds the text query first, as $1.
                : "ts_rank_cd(q.search_vector, websearch_to_tsquery('english', $1))";
        args.add(search.size());
        int limit = args.size();
        args.add((long) search.page() * search.size());
        int offset = args.size();
        String sql = """
                SELECT q.slug, q.title, q.summary, q.difficulty, q.reading_minutes, q.position, t.slug AS track,
                    ARRAY(SELECT g.slug FROM question_tag qt JOIN tag g ON g.id = qt.tag_id
                          WHERE qt.question_id = q.id ORDER BY qt.position) AS tags,
                    %s AS rank, count(*) OVER () AS total
                %s%s
                ORDER BY %s, q.slug
                LIMIT $%d OFFSET $%d""".formatted(rank, FROM, where, orderBy(search), limit, offset);
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
            List<QuestionSummary> items = new ArrayList<>();
            long total = -1;
            for (Row row : rows) {
                items.add(toSummary(row));
                total = row.getLong("total");
            }
            return new Matches(items, total);
        });
    }

    /** A page of matches and the number of matches on all pages (-1 when the page was past the end). */
    public record Matches(List<QuestionSummary> items, long total) {
    }

    private static String where(QuestionSearch search, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (search.text() != null) {
            args.add(search.text());
            sql.append(" AND q.search_vector @@ websearch_to_tsquery('english', $").append(args.size()).append(')');
        }
        if (search.track() != null) {
            args.add(search.track());
            sql.append(" AND t.slug = $").append(args.size());
        }
        if (search.difficulty() != null) {
            args.add(search.difficulty().wireName());
            sql.append(" AND q.difficulty = $").append(args.size());
        }
        if (search.tag() != null) {
            args.add(search.tag());
            sql.append(" AND EXISTS (SELECT 1 FROM question_tag qt JOIN tag g ON g.id = qt.tag_id")
                    .append(" WHERE qt.question_id = q.id AND g.slug = $").append(args.size()).append(')');
        }
        return sql.toString();
    }

    private static String orderBy(QuestionSearch search) {
        String direction = search.descending() ? " DESC" : " ASC";
        return switch (search.sort()) {
            case RELEVANCE -> "rank" + (search.descending() ? " ASC" : " DESC") + ", t.slug, q.position";
            case POSITION -> "t.slug" + direction + ", q.position" + direction;
            case TITLE -> "lower(q.title)" + direction;
            case DIFFICULTY -> "CASE q.difficulty WHEN 'easy' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END" + direction
                    + ", t.slug, q.position";
            case READING_MINUTES -> "q.reading_minutes" + direction + ", t.slug, q.position";
        };
    }

    private static QuestionSummary toSummary(Row row) {
        String[] tags = row.getArrayOfStrings("tags");
        return new QuestionSummary(row.getString("slug"), row.getString("title"), row.getString("summary"),
                Difficulty.fromWireName(row.getString("difficulty")).orElseThrow(),
                tags == null ? List.of() : Arrays.asList(tags), row.getInteger("reading_minutes"),
                row.getString("track"), row.getInteger("position"));
    }
}
