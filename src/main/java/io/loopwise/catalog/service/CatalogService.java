package io.loopwise.catalog.service;

import io.loopwise.catalog.Question;
import io.loopwise.catalog.api.QuestionDetail;
import io.loopwise.catalog.api.QuestionPage;
import io.loopwise.catalog.api.QuestionSummary;
import io.loopwise.catalog.api.TrackDetail;
import io.loopwise.catalog.api.TrackQuestion;
import io.loopwise.catalog.api.TrackRef;
import io.loopwise.catalog.content.MarkdownBlocks;
import io.loopwise.catalog.repository.QuestionRepository;
import io.loopwise.catalog.QuestionSearch;
import io.loopwise.catalog.repository.QuestionSearchRepository;
import io.loopwise.catalog.repository.TrackRepository;
import io.loopwise.platform.http.ConditionalResponses;
import io.loopwise.platform.http.Representation;
import io.loopwise.platform.http.RepresentationCache;
import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the question bank for the API. Track and question representations are built once (query, Markdown
 * blocks, JSON, ETag) and served from a cache until the next import or the cache's time to live.
 */
@ApplicationScoped
public class CatalogService {

    private final TrackRepository tracks;
    private final QuestionRepository questions;
    private final QuestionSearchRepository search;
    private final ConditionalResponses responses;
    private final MarkdownBlocks markdown = new MarkdownBlocks();
    private final RepresentationCache cache;

    public CatalogService(TrackRepository tracks, QuestionRepository questions, QuestionSearchRepository search,
                          ConditionalResponses responses,
                          @ConfigProperty(name = "loopwise.catalog.cache-ttl") Duration ttl) {
        this.tracks = tracks;
        this.questions = questions;
        this.search = search;
        this.responses = responses;
        this.cache = new RepresentationCache(ttl);
    }

    void onImport(@Observes CatalogImported event) {
        cache.clear();
    }

    public Uni<Representation> trackList() {
        return cache.get("tracks", () -> tracks.listActive().map(responses::represent));
    }

    public Uni<Representation> track(String slug) {
        return cache.get("track:" + slug, () -> tracks.findActive(slug)
                .onItem().ifNull().failWith(() -> notFound("track", slug))
                .chain(track -> questions.outline(track.id).map(outline -> responses.represent(
                        new TrackDetail(track.slug, track.title, track.summary, track.description, outline.size(),
                                outline)))));
    }

    public Uni<Representation> question(String slug) {
        return cache.get("question:" + slug, () -> questions.findActive(slug)
                .onItem().ifNull().failWith(() -> notFound("question", slug))
                .chain(question -> questions.outline(question.track.id)
                        .map(outline -> responses.represent(detail(question, outline)))));
    }

    public Uni<QuestionPage> list(QuestionSearch query) {
        return search.page(query).chain(matches -> matches.total() >= 0
                ? Uni.createFrom().item(page(query, matches.items(), matches.total()))
                : search.count(query).map(total -> page(query, List.of(), total)));
    }

    private static QuestionPage page(QuestionSearch query, List<QuestionSummary> items, long total) {
        int totalPages = (int) ((total + query.size() - 1) / query.size());
        return new QuestionPage(items, query.page(), query.size(), total, totalPages);
    }

    private QuestionDetail detail(Question q, List<TrackQuestion> outline) {
        int index = 0;
        while (index < outline.size() && !outline.get(index).slug().equals(q.slug)) {
            index++;
        }
        String previous = index > 0 && index < outline.size() ? outline.get(index - 1).slug() : null;
        String next = index + 1 < outline.size() ? outline.get(index + 1).slug() : null;
        return new QuestionDetail(q.slug, q.title, q.summary, q.difficulty, new TrackRef(q.track.slug, q.track.title),
                q.position, outline.size(), previous, next, q.tags.stream().map(tag -> tag.slug).toList(),
                q.readingMinutes, Arrays.asList(q.learningObjectives), Arrays.asList(q.interviewTips), q.body,
                markdown.parse(q.body));
    }

    private static ProblemException notFound(String kind, String slug) {
        return new ProblemException(Problem.ofStatus(404, "Not Found", "No " + kind + " with slug '" + slug + "'.")
                .with("slug", slug));
    }
}
