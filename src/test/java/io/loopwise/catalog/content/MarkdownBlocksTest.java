package io.loopwise.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.loopwise.catalog.api.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown bodies become the structured blocks native clients render. */
class MarkdownBlocksTest {

    private final MarkdownBlocks blocks = new MarkdownBlocks();

    @Test
    void eachKindOfBlockIsRecognised() {
        String markdown = """
                ## Tasks vs coroutines

                A *task* wraps a `coroutine`.

                ```python
                import asyncio
                ```

                | Aspect | asyncio |
                |--------|---------|
                | Switch | at `await` |

                1. first
                2. second

                - bullet

                > Note this.

                ---
                """;

        List<Block> parsed = blocks.parse(markdown);

        assertEquals(List.of(
                new Block.Heading(2, "Tasks vs coroutines"),
                new Block.Paragraph("A *task* wraps a `coroutine`."),
                new Block.Code("python", "import asyncio\n"),
                new Block.Table(List.of("Aspect", "asyncio"), List.of(List.of("Switch", "at `await`"))),
                new Block.ListBlock(true, List.of("first", "second")),
                new Block.ListBlock(false, List.of("bullet")),
                new Block.Quote("Note this."),
                new Block.Rule()), parsed);
    }

    @Test
    void aFenceWithoutLanguageHasANullLanguage() {
        assertEquals(List.of(new Block.Code(null, "x = 1\n")), blocks.parse("```\nx = 1\n```\n"));
    }

    @Test
    void readingTimeIsAboutTwoHundredWordsAMinuteRoundedUp() {
        assertEquals(1, ReadingTime.minutes("just a few words"));
        assertEquals(1, ReadingTime.minutes("word ".repeat(200)));
        assertEquals(2, ReadingTime.minutes("word ".repeat(201)));
        assertEquals(1, ReadingTime.minutes(""));
    }
}
