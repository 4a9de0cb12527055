package io.loopwise.catalog.service;

import io.loopwise.catalog.content.ContentBank;
import io.loopwise.catalog.content.ContentFile;
import io.loopwise.catalog.content.ContentSource;
import io.loopwise.catalog.content.QuestionDocument;
import io.loopwise.catalog.content.TrackContent;
import io.loopwise.catalog.repository.ContentImportRepository;
import io.loopwise.catalog.repository.ContentImportRepository.Outcome;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the question bank from {@code db/content} at start-up: every file is parsed and checked first (a bad
 * file stops start-up with its name, line and reason, before anything is written), then each track is upserted
 * in its own transaction. Unchanged files (same content hash) are skipped; questions and tracks no longer in the
 * files are retired, not deleted.
 */
@ApplicationScoped
public class ContentImportService {

    private final ContentImportRepository repository;
    private final Event<CatalogImported> imported;
    private final String contentRoot;
    private final boolean importAtStart;

    public ContentImportService(ContentImportRepository repository, Event<CatalogImported> imported,
                                @ConfigProperty(name = "loopwise.content.root") String contentRoot,
                                @ConfigProperty(name = "loopwise.content.import-at-start") boolean importAtStart) {
        this.repository = repository;
        this.imported = imported;
        this.contentRoot = contentRoot;
        this.importAtStart = importAtStart;
    }

    void onStart(@Observes StartupEvent event) {
        if (importAtStart) {
            importFrom(ContentSource.open(contentRoot, Thread.currentThread().getContextClassLoader()));
        }
    }

    /** Imports a whole bank; files are validated before the first write. */
    public ImportReport importFrom(List<ContentFile> files) {
        List<TrackContent> bank = new ContentBank().read(files);
        if (bank.isEmpty()) {
            Log.warnf("No question-bank content under %s; nothing imported and nothing retired", contentRoot);
            return new ImportReport(0, 0, 0, 0, 0);
        }
        int[] counts = new int[4];
        for (TrackContent track : bank) {
            importTrack(track, counts);
        }
        counts[3] += inTransaction(c -> repository.retireTracksNotIn(c,
                bank.stream().map(t -> t.track().slug()).toList()));
        ImportReport report = new ImportReport(bank.size(), counts[0], counts[1], counts[2], counts[3]);
        Log.infof("Question bank imported: %d tracks, %d questions created, %d updated, %d unchanged, %d retired",
                report.tracks(), report.created(), report.updated(), report.unchanged(), report.retired());
        imported.fire(new CatalogImported(report));
        return report;
    }

    private void importTrack(TrackContent content, int[] counts) {
        inTransaction(c -> {
            long trackId = repository.upsertTrack(c, content.track()).id();
            for (QuestionDocument q : content.questions()) {
                ContentImportRepository.Upsert upsert = repository.upsertQuestion(c, trackId, q);
                if (upsert.outcome() != Outcome.UNCHANGED) {
                    repository.replaceTags(c, upsert.id(), q.tags());
                }
                counts[upsert.outcome().ordinal()]++;
            }
            counts[3] += repository.retireQuestionsNotIn(c, trackId,
                    content.questions().stream().map(QuestionDocument::slug).toList());
            return null;
        });
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = repository.begin()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("content import failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
