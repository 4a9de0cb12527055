package io.loopwise.catalog.content;

import io.loopwise.catalog.Difficulty;
import java.util.List;

/** A question as authored in {@code db/content/<track>/<NN>-<slug>.md}: front matter, Markdown body, file hash. */
public record QuestionDocument(String file, int slugLine, int trackLine, int positionLine, String slug, String title, String summary,
                               Difficulty difficulty, String track, int position, List<String> tags,
                               List<String> learningObjectives, List<String> interviewTips, String body,
                               int readingMinutes, String contentHash) {
}
