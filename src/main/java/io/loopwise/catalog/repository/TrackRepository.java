package io.loopwise.catalog.repository;

import io.loopwise.catalog.Track;
import io.loopwise.catalog.api.TrackSummary;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over active tracks. */
@ApplicationScoped
@WithSession
public class TrackRepository implements PanacheRepository<Track> {

    public Uni<List<TrackSummary>> listActive() {
        return getSession().chain(session -> session.createSelectionQuery("""
                select new io.loopwise.catalog.api.TrackSummary(t.slug, t.title, t.summary, count(q.id))
                from Track t left join Question q on q.track = t and q.retiredAt is null
                where t.retiredAt is null
                group by t.id, t.slug, t.title, t.summary
                order by t.slug""", TrackSummary.class).getResultList());
    }

    public Uni<Track> findActive(String slug) {
        return find("slug = ?1 and retiredAt is null", slug).firstResult();
    }
}
