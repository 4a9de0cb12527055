package io.loopwise.catalog.repository;

import io.loopwise.catalog.Question;
import io.loopwise.catalog.api.TrackQuestion;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over active questions (retired ones are invisible to readers). */
@ApplicationScoped
@WithSession
public class QuestionRepository implements PanacheRepository<Question> {

    /** The question with its track and tags fetched, or null. */
    public Uni<Question> findActive(String slug) {
        return find("""
                from Question q join fetch q.track t left join fetch q.tags
                where q.slug = ?1 and q.retiredAt is null and t.retiredAt is null""", slug)
                .list().map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** A track's active questions in position order. */
    public Uni<List<TrackQuestion>> outline(long trackId) {
        return getSession().chain(session -> session.createSelectionQuery("""
                select new io.loopwise.catalog.api.TrackQuestion(q.position, q.slug, q.title, q.difficulty,
                    q.readingMinutes)
                from Question q
                where q.track.id = :trackId and q.retiredAt is null
                order by q.position""", TrackQuestion.class).setParameter("trackId", trackId).getResultList());
    }
}
