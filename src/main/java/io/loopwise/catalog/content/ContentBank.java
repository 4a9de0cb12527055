package io.loopwise.catalog.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a whole question bank (track files and question files) and checks what no single file can: every question
 * belongs to a known track and sits in that track's folder, slugs are unique across the bank, and positions run
 * 1..N without gaps. The first problem found aborts with the file, line and reason.
 */
public final class ContentBank {

    private final ContentParser parser = new ContentParser();

    public List<TrackContent> read(List<ContentFile> files) {
        Map<String, TrackDocument> tracks = new TreeMap<>();
        List<QuestionDocument> questions = new ArrayList<>();
        for (ContentFile file : files.stream().sorted(Comparator.comparing(ContentFile::path)).toList()) {
            String path = file.path();
            int slash = path.indexOf('/');
            if (path.equals("README.md")) {
                continue; // notes for authors, not content
            }
            if (slash < 0 && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                TrackDocument track = parser.parseTrack(file);
                String expected = path.substring(0, path.lastIndexOf('.'));
                if (!track.slug().equals(expected)) {
                    throw new ContentException(path, 1, "the track slug '" + track.slug()
                            + "' must match the file name '" + expected + "'");
                }
                tracks.put(track.slug(), track);
            } else if (slash > 0 && path.indexOf('/', slash + 1) < 0 && path.endsWith(".md")) {
                questions.add(parser.parseQuestion(file));
            } else {
                throw new ContentException(path, 1,
                        "unexpected file: the bank holds <track>.yaml files and <track>/<NN>-<slug>.md files only");
            }
        }
        return group(tracks, questions);
    }

    private static List<TrackContent> group(Map<String, TrackDocument> tracks, List<QuestionDocument> questions) {
        Map<String, QuestionDocument> bySlug = new HashMap<>();
        Map<String, List<QuestionDocument>> byTrack = new LinkedHashMap<>();
        tracks.keySet().forEach(slug -> byTrack.put(slug, new ArrayList<>()));
        for (QuestionDocument q : questions) {
            QuestionDocument clash = bySlug.putIfAbsent(q.slug(), q);
            if (clash != null) {
                throw new ContentException(q.file(), q.slugLine(), "slug '" + q.slug() + "' is already used by " + clash.file());
            }
            List<QuestionDocument> list = byTrack.get(q.track());
            if (list == null) {
                throw new ContentException(q.file(), q.trackLine(), "unknown track '" + q.track() + "' (no " + q.track()
                        + ".yaml in the content root)");
            }
            String folder = q.file().substring(0, q.file().indexOf('/'));
            if (!folder.equals(q.track())) {
                throw new ContentException(q.file(), q.trackLine(), "the question says track '" + q.track()
                        + "' but lives in folder '" + folder + "'");
            }
            list.add(q);
        }
        List<TrackContent> result = new ArrayList<>();
        for (Map.Entry<String, List<QuestionDocument>> entry : byTrack.entrySet()) {
            List<QuestionDocument> ordered = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(QuestionDocument::position).thenComparing(QuestionDocument::file))
                    .toList();
            for (int i = 0; i < ordered.size(); i++) {
                QuestionDocument q = ordered.get(i);
                if (q.position() != i + 1) {
                    String reason = i > 0 && ordered.get(i - 1).position() == q.position()
                            ? "position " + q.position() + " is also used by " + ordered.get(i - 1).file()
                            : "positions in track '" + entry.getKey() + "' must run 1.." + ordered.size()
                                    + " without gaps; expected " + (i + 1) + " here, got " + q.position();
                    throw new ContentException(q.file(), q.positionLine(), reason);
                }
            }
            result.add(new TrackContent(tracks.get(entry.getKey()), ordered));
        }
        return result;
    }
}
