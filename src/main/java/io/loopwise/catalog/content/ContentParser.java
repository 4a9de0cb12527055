package io.loopwise.catalog.content;

import io.loopwise.catalog.Difficulty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** Parses one track YAML file or one question Markdown file (YAML front matter + body) as CONTENT-FORMAT.md defines. */
public final class ContentParser {

    private static final Set<String> TRACK_FIELDS = Set.of("slug", "title", "summary", "description");
    private static final Set<String> QUESTION_FIELDS = Set.of("slug", "title", "summary", "difficulty", "track",
            "position", "tags", "learningObjectives", "interviewTips");
    private static final String FENCE = "---";

    public TrackDocument parseTrack(ContentFile file) {
        YamlFields fields = YamlFields.parse(file.path(), file.text(), 0);
        fields.rejectUnknown(TRACK_FIELDS);
        return new TrackDocument(file.path(), fields.requiredSlug("slug"), fields.requiredText("title"),
                fields.requiredText("summary"), fields.optionalText("description"), sha256(file.text()));
    }

    public QuestionDocument parseQuestion(ContentFile file) {
        String text = file.text().replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new ContentException(file.path(), 1, "a question file must start with '---' (YAML front matter)");
        }
        int closing = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            throw new ContentException(file.path(), 1, "the front matter opened on line 1 is never closed with '---'");
        }
        String frontMatter = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, closing));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, closing + 1, lines.length)).strip();
        YamlFields fields = YamlFields.parse(file.path(), frontMatter, 1);
        fields.rejectUnknown(QUESTION_FIELDS);
        if (body.isEmpty()) {
            throw new ContentException(file.path(), closing + 2, "the question has no Markdown body");
        }
        if (body.startsWith("# ")) {
            throw new ContentException(file.path(), closing + 2,
                    "the body must not repeat the title as a '#' heading (clients show the title themselves)");
        }
        String difficultyText = fields.requiredText("difficulty");
        Difficulty difficulty = Difficulty.fromWireName(difficultyText)
                .orElseThrow(() -> fields.errorAt("difficulty",
                        "'difficulty' must be one of easy, medium, hard, got '" + difficultyText + "'"));
        return new QuestionDocument(file.path(), fields.lineOf("slug"), fields.lineOf("track"), fields.lineOf("position"), fields.requiredSlug("slug"),
                fields.requiredText("title"), fields.requiredText("summary"), difficulty,
                fields.requiredSlug("track"), fields.requiredPositiveInt("position"), fields.slugList("tags"),
                fields.textList("learningObjectives"), fields.textList("interviewTips"), body,
                ReadingTime.minutes(body), sha256(file.text()));
    }

    /** Bump when the import reads a file differently (e.g. reading time), so that every row is rewritten once. */
    static final String FORMAT_VERSION = "loopwise-content-1\n";

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((FORMAT_VERSION + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
