package io.loopwise.catalog.content;

import io.loopwise.catalog.api.Block;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** Turns a Markdown body into structured {@link Block}s with commonmark-java and its GFM tables extension. */
public final class MarkdownBlocks {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final MarkdownRenderer renderer = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    public List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parser.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            Block block = toBlock(node);
            if (block != null) {
                blocks.add(block);
            }
        }
        return List.copyOf(blocks);
    }

    private Block toBlock(Node node) {
        if (node instanceof Heading heading) {
            return new Block.Heading(heading.getLevel(), inline(heading));
        }
        if (node instanceof Paragraph paragraph) {
            return new Block.Paragraph(inline(paragraph));
        }
        if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            String language = info.isEmpty() ? null : info.split("\\s+")[0];
            return new Block.Code(language, code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return new Block.Code(null, code.getLiteral());
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            List<String> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(children(item));
                }
            }
            return new Block.ListBlock(node instanceof OrderedList, List.copyOf(items));
        }
        if (node instanceof BlockQuote quote) {
            return new Block.Quote(children(quote));
        }
        if (node instanceof ThematicBreak) {
            return new Block.Rule();
        }
        if (node instanceof HtmlBlock html) {
            return new Block.Paragraph(html.getLiteral().strip());
        }
        return new Block.Paragraph(renderer.render(node).strip());
    }

    private Block.Table table(TableBlock table) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inline(cell));
                    }
                }
                if (section instanceof TableHead) {
                    header = List.copyOf(cells);
                } else if (section instanceof TableBody) {
                    rows.add(List.copyOf(cells));
                }
            }
        }
        return new Block.Table(header, List.copyOf(rows));
    }

    /**
     * The inline children of a node, rendered back to Markdown. They are moved under one paragraph first: the
     * renderer escapes inline nodes rendered one by one (a leading space becomes {@code &#32;}).
     */
    private String inline(Node node) {
        Paragraph holder = new Paragraph();
        while (node.getFirstChild() != null) {
            holder.appendChild(node.getFirstChild());
        }
        return renderer.render(holder).strip();
    }

    /** The block children of a node (a list item, a quote), rendered back to Markdown. */
    private String children(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(renderer.render(child).strip());
        }
        return text.toString();
    }
}
