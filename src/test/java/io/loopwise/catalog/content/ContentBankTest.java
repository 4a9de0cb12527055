package io.loopwise.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.catalog.Difficulty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a bank from files: what is accepted, and how each kind of malformed file is reported. */
class ContentBankTest {

    static final String TRACK = """
            slug: demo
            title: Demo Track
            summary: A small track for tests.
            description: |
              Two questions.
            """;

    static String question(String slug, int position, String extra) {
        return """
                ---
                slug: %s
                title: Question %s
                summary: What %s is about.
                difficulty: medium
                track: demo
                position: %d
                tags: [asyncio, demo-tag]
                learningObjectives:
                  - Explain something
                interviewTips:
                  - "`await` suspends the coroutine"
                %s---
                ## Section

                Some words here.
                """.formatted(slug, slug, slug, position, extra);
    }

    static List<ContentFile> validBank() {
        return new ArrayList<>(List.of(
                new ContentFile("demo.yaml", TRACK),
                new ContentFile("demo/02-second.md", question("second", 2, "")),
                new ContentFile("demo/01-first.md", question("first", 1, ""))));
    }

    @Test
    void aValidBankIsReadIntoTracksWithQuestionsInPositionOrder() {
        List<TrackContent> bank = new ContentBank().read(validBank());

        assertEquals(1, bank.size());
        TrackContent track = bank.get(0);
        assertEquals("Demo Track", track.track().title());
        assertEquals(List.of("first", "second"), track.questions().stream().map(QuestionDocument::slug).toList());
        QuestionDocument first = track.questions().get(0);
        assertEquals(Difficulty.MEDIUM, first.difficulty());
        assertEquals(List.of("asyncio", "demo-tag"), first.tags());
        assertEquals(List.of("`await` suspends the coroutine"), first.interviewTips());
        assertEquals(1, first.readingMinutes());
        assertTrue(first.body().startsWith("## Section"));
        assertEquals(64, first.contentHash().length());
    }

    @Test
    void theFixtureDirectoryIsReadFromDisk() throws Exception {
        List<ContentFile> files = ContentSource.fromDirectory(Path.of("src/test/resources/content-fixtures/valid"));
        List<TrackContent> bank = new ContentBank().read(files);
        assertEquals(List.of("fixture-track"), bank.stream().map(t -> t.track().slug()).toList());
        assertEquals(2, bank.get(0).questions().size());
    }

    @Test
    void anUnknownDifficultyNamesTheFileAndLine() {
        ContentException e = failure("demo/01-first.md", question("first", 1, "").replace("medium", "impossible"));
        assertEquals("demo/01-first.md", e.file());
        assertEquals(5, e.line());
        assertTrue(e.reason().contains("easy, medium, hard"), e.reason());
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        ContentException e = failure("demo/01-first.md", question("first", 1, "").replace("summary: What first is about.\n", ""));
        assertTrue(e.reason().contains("missing required field 'summary'"), e.reason());
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        ContentException e = failure("demo/01-first.md", question("first", 1, "tags: [unclosed\n"));
        assertTrue(e.reason().startsWith("invalid YAML"), e.reason());
        assertTrue(e.line() >= 13, "line " + e.line());
    }

    @Test
    void anUnknownFieldIsReportedToCatchTypos() {
        ContentException e = failure("demo/01-first.md", question("first", 1, "intervewTips: []\n"));
        assertEquals(13, e.line());
        assertTrue(e.reason().contains("unknown field 'intervewTips'"), e.reason());
    }

    @Test
    void frontMatterThatIsNeverClosedIsReported() {
        ContentException e = failure("demo/01-first.md", "---\nslug: first\n\nBody without a closing fence.\n");
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("never closed"), e.reason());
    }

    @Test
    void aBadSlugIsReported() {
        ContentException e = failure("demo/01-first.md", question("First_Question", 1, ""));
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("kebab-case"), e.reason());
    }

    @Test
    void aDuplicatePositionIsReported() {
        List<ContentFile> files = validBank();
        files.set(1, new ContentFile("demo/02-second.md", question("second", 1, "")));
        ContentException e = assertThrows(ContentException.class, () -> new ContentBank().read(files));
        assertEquals(7, e.line());
        assertTrue(e.reason().contains("position 1 is also used by"), e.reason());
    }

    @Test
    void aGapInPositionsIsReported() {
        List<ContentFile> files = validBank();
        files.set(1, new ContentFile("demo/03-second.md", question("second", 3, "")));
        ContentException e = assertThrows(ContentException.class, () -> new ContentBank().read(files));
        assertTrue(e.reason().contains("expected 2 here, got 3"), e.reason());
    }

    @Test
    void aDuplicateSlugIsReported() {
        List<ContentFile> files = validBank();
        files.set(1, new ContentFile("demo/02-second.md", question("first", 2, "")));
        ContentException e = assertThrows(ContentException.class, () -> new ContentBank().read(files));
        assertTrue(e.reason().contains("already used by"), e.reason());
    }

    @Test
    void aQuestionOfAnUnknownTrackIsReported() {
        List<ContentFile> files = validBank();
        files.remove(0);
        ContentException e = assertThrows(ContentException.class, () -> new ContentBank().read(files));
        assertEquals(6, e.line());
        assertTrue(e.reason().contains("unknown track 'demo'"), e.reason());
    }

    @Test
    void aTrackFileMustBeNamedAfterItsSlug() {
        List<ContentFile> files = validBank();
        files.set(0, new ContentFile("other.yaml", TRACK));
        ContentException e = assertThrows(ContentException.class, () -> new ContentBank().read(files));
        assertEquals("other.yaml", e.file());
    }

    @Test
    void theMessageCarriesFileLineAndReason() {
        ContentException e = failure("demo/01-first.md", question("first", 1, "").replace("medium", "impossible"));
        assertEquals("demo/01-first.md:5: 'difficulty' must be one of easy, medium, hard, got 'impossible'",
                e.getMessage());
    }

    private static ContentException failure(String path, String text) {
        List<ContentFile> files = validBank();
        files.removeIf(f -> f.path().equals(path));
        files.add(new ContentFile(path, text));
        return assertThrows(ContentException.class, () -> new ContentBank().read(files));
    }
}
