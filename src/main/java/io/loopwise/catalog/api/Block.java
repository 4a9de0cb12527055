package io.loopwise.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One structural block of a question body, for native clients that lay text out themselves. Inline text
 * ({@code text}, list items, table cells) is kept as inline Markdown (code spans, emphasis, links).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.Rule.class, name = "rule")
})
@Schema(name = "Block", description = "A block of the question body; `type` says which fields it has.",
        oneOf = {Block.Heading.class, Block.Paragraph.class, Block.Code.class, Block.Table.class,
                Block.ListBlock.class, Block.Quote.class, Block.Rule.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
                @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
                @DiscriminatorMapping(value = "code", schema = Block.Code.class),
                @DiscriminatorMapping(value = "table", schema = Block.Table.class),
                @DiscriminatorMapping(value = "list", schema = Block.ListBlock.class),
                @DiscriminatorMapping(value = "quote", schema = Block.Quote.class),
                @DiscriminatorMapping(value = "rule", schema = Block.Rule.class)})
public sealed interface Block {

    /** A section heading; level 2 is a section, 3 a subsection. */
    @Schema(name = "HeadingBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "heading"))
    record Heading(@Schema(example = "2") int level, @Schema(example = "Coroutines, Tasks, and Futures") String text)
            implements Block {
    }

    /** A paragraph of inline Markdown. */
    @Schema(name = "ParagraphBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "paragraph"))
    record Paragraph(@Schema(example = "Asyncio gives you *cooperative* multitasking.") String text) implements Block {
    }

    /** A code listing; {@code language} is null when the fence names none. */
    @Schema(name = "CodeBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "code"))
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Code(@Schema(example = "python", nullable = true) String language,
                @Schema(example = "import asyncio\n\nasyncio.run(main())\n") String source) implements Block {
    }

    /** A GFM table: header cells and rows of cells, each inline Markdown. */
    @Schema(name = "TableBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "table"))
    record Table(@Schema(example = "[\"Aspect\", \"asyncio\", \"threading\"]") List<String> header,
                 @Schema(example = "[[\"Switching\", \"at await\", \"preemptive\"]]") List<List<String>> rows)
            implements Block {
    }

    /** A bulleted or numbered list; each item is inline Markdown (nested lists are flattened into the item). */
    @Schema(name = "ListBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "list"))
    record ListBlock(boolean ordered, @Schema(example = "[\"Use `asyncio.run` once\", \"Prefer TaskGroup\"]")
                     List<String> items) implements Block {
    }

    /** A block quote (a callout), as inline Markdown. */
    @Schema(name = "QuoteBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "quote"))
    record Quote(String text) implements Block {
    }

    /** A thematic break between parts of the text. */
    @Schema(name = "RuleBlock", requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "rule"))
    record Rule() implements Block {
    }
}
