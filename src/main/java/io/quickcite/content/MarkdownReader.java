package io.quickcite.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one Markdown page (CommonMark with GFM tables, parsed by commonmark-java) into a document and its units:
 * headings open sections, paragraphs, list items, quotes and table rows become passages, code is never an answer.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final Pattern HEADING_ID = Pattern.compile("^(.*?)\\s*\\{#([A-Za-z0-9_:.-]+)(?:\\s[^}]*)?}\\s*$");
    private static final Pattern ALERT = Pattern.compile("^\\s*\\[![A-Za-z]+][^\\n]*\\n?");
    private static final Pattern LABEL_COLON = Pattern.compile("^\\s*:\\s*");

    private final String file;
    private final Problems problems;
    private PageBuilder page;
    private Node titleHeading;

    private MarkdownReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads {@code text}, the Markdown file {@code file}; null when the page is a draft or holds nothing to answer from. */
    static ContentParser.ParsedDocument read(String file, String text, SiteConfig site, Problems problems) {
        return new MarkdownReader(file, problems).run(text, site);
    }

    private ContentParser.ParsedDocument run(String text, SiteConfig site) {
        List<String> lines =
                Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        FrontMatterReader.FrontMatter fm = FrontMatterReader.read(file, lines, problems);
        if (DocumentFields.draft(fm.values())) {
            return null;
        }
        List<String> body = new ArrayList<>(lines);
        for (int i = 0; i < Math.min(fm.bodyLine() - 1, body.size()); i++) {
            body.set(i, "");
        }
        List<Dropped> dropped = new ArrayList<>();
        String prepared =
                MarkdownDialects.prepare(file, String.join("\n", body), file.endsWith(".mdx"), dropped, problems);
        Node root = PARSER.parse(prepared);
        String heading = firstHeading(root, DocumentFields.text(fm.values().get("title")));
        List<String> parts = PagePaths.parts(file);
        Document document = DocumentFields.of(
                file, fm, heading, PagePaths.prettyUrl(site.basePath(), parts), parts, site.basePath(), problems);
        page = new PageBuilder(file, document, problems);
        dropped.forEach(d -> page.dropped(d.line(), d.what()));
        blocks(root);
        return new ContentParser.ParsedDocument(document, page.units(), page.droppedParts());
    }

    /**
     * The page's title heading: the first level-1 heading when the front matter has no title (or repeats it), which is
     * then not a section of its own; else null.
     */
    private String firstHeading(Node root, String title) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                String text = headingText(h)[0];
                if (title == null || text.equalsIgnoreCase(title.strip())) {
                    titleHeading = h;
                    return text;
                }
                return null;
            }
        }
        return null;
    }

    private void blocks(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
    }

    private void block(Node n) {
        int line = line(n);
        switch (n) {
            case Heading h -> {
                if (h != titleHeading) {
                    String[] text = headingText(h);
                    page.heading(text[0], text[1], line);
                }
            }
            case Paragraph p -> paragraph(p, UnitKind.PARAGRAPH, line);
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    listItem((ListItem) item);
                }
            }
            case BlockQuote quote -> quote(quote);
            case FencedCodeBlock code -> {
                String info = code.getInfo() == null ? "" : code.getInfo().strip();
                if (info.startsWith(MarkdownDialects.BLOCK_INFO)) {
                    new CuratedBlocks(file, page, problems, MarkdownReader::plain)
                            .read(
                                    info.substring(MarkdownDialects.BLOCK_INFO.length()),
                                    List.of(code.getLiteral().split("\n", -1)),
                                    line + 1);
                } else {
                    page.code(
                            line,
                            "code block" + (info.isEmpty() ? "" : " (" + info.split("\\s+")[0] + ")") + ", "
                                    + lineCount(code.getLiteral()) + " lines");
                }
            }
            case IndentedCodeBlock code ->
                page.code(line, "indented code block, " + lineCount(code.getLiteral()) + " lines");
            case HtmlBlock html -> HtmlReader.fragment(html.getLiteral(), line, page);
            case TableBlock table -> table(table);
            case ThematicBreak ignored -> page.dropped(line, "thematic break");
            case LinkReferenceDefinition ignored -> page.dropped(line, "link reference definition");
            default -> blocks(n);
        }
    }

    private void paragraph(Paragraph p, UnitKind kind, int line) {
        if (imageOnly(p)) {
            page.dropped(line, "image");
            return;
        }
        page.passage(kind, "", inline(p), line);
    }

    /** A list item's paragraphs make one passage (opened by a "**Label**:" if it has one); its other blocks follow it. */
    private void listItem(ListItem item) {
        StringBuilder text = new StringBuilder();
        String label = "";
        int line = line(item);
        for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p && !imageOnly(p)) {
                if (text.isEmpty()) {
                    String[] labelled = labelled(p);
                    label = labelled[0];
                    text.append(labelled[1]);
                } else {
                    text.append('\n').append(inline(p));
                }
            } else {
                if (!text.isEmpty()) {
                    page.passage(UnitKind.LIST_ITEM, label, text.toString(), line);
                    text.setLength(0);
                    label = "";
                }
                block(n);
                line = n.getNext() == null ? line : line(n.getNext());
            }
        }
        if (!text.isEmpty()) {
            page.passage(UnitKind.LIST_ITEM, label, text.toString(), line);
        }
    }

    /** A quote's text is kept as passages; a GitHub alert's "[!NOTE]" line is not. */
    private void quote(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (first instanceof Paragraph p) {
            String text = inline(p);
            Matcher alert = ALERT.matcher(text);
            if (alert.lookingAt()) {
                page.dropped(
                        line(p),
                        "alert marker '" + text.substring(0, alert.end()).strip() + "'");
                String rest = text.substring(alert.end());
                if (!rest.isBlank()) {
                    page.passage(UnitKind.PARAGRAPH, "", rest, line(p));
                }
                for (Node n = p.getNext(); n != null; n = n.getNext()) {
                    block(n);
                }
                return;
            }
        }
        blocks(quote);
    }

    private void table(TableBlock table) {
        List<String> headers = new ArrayList<>();
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
                    headers = cells;
                } else if (section instanceof TableBody) {
                    page.tableRow(headers, cells, line(row));
                }
            }
        }
    }

    /** The label and the rest of a list item's first paragraph that opens "**Label**: text" or "**Label:** text". */
    private static String[] labelled(Paragraph p) {
        if (p.getFirstChild() instanceof StrongEmphasis strong && strong.getNext() instanceof Text after) {
            String label = inline(strong).strip();
            Matcher colon = LABEL_COLON.matcher(after.getLiteral());
            if (colon.lookingAt() && !label.isEmpty() && !label.endsWith(":")) {
                return new String[] {label, after.getLiteral().substring(colon.end()) + inline(p, after.getNext())};
            }
            if (label.endsWith(":") && label.length() > 1) {
                return new String[] {label.substring(0, label.length() - 1).strip(), inline(p, after)};
            }
        }
        return new String[] {"", inline(p)};
    }

    /** A heading's text and its "{#id}" anchor (null when it has none). */
    private static String[] headingText(Heading h) {
        String text = inline(h).replaceAll("\\s+", " ").strip();
        Matcher id = HEADING_ID.matcher(text);
        return id.matches() ? new String[] {id.group(1), id.group(2)} : new String[] {text, null};
    }

    private static boolean imageOnly(Paragraph p) {
        boolean image = false;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image
                    || n instanceof org.commonmark.node.Link l
                            && l.getFirstChild() instanceof Image
                            && l.getFirstChild().getNext() == null) {
                image = true;
            } else if (!(n instanceof SoftLineBreak
                    || n instanceof HardLineBreak
                    || n instanceof HtmlInline
                    || n instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return image;
    }

    /** Plain text of an inline Markdown snippet (for curated blocks). */
    static String plain(String markdown) {
        Node root = PARSER.parse(markdown);
        StringBuilder b = new StringBuilder();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(inline(n));
        }
        return CodeSpans.release(b.toString().replaceAll("\\s+", " ").strip());
    }

    /** Plain text of a node's inline content: emphasis and links give their text, images their alt text, code its characters. */
    static String inline(Node node) {
        return inline(node, node.getFirstChild());
    }

    private static String inline(Node parent, Node from) {
        StringBuilder b = new StringBuilder();
        for (Node n = from; n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> b.append(t.getLiteral());
                case Code c -> b.append(CodeSpans.hold(c.getLiteral()));
                case SoftLineBreak ignored -> b.append('\n');
                case HardLineBreak ignored -> b.append('\n');
                case HtmlInline html -> b.append(html.getLiteral().matches("(?i)<br\\s*/?>") ? " " : "");
                default -> b.append(inline(n));
            }
        }
        return b.toString();
    }

    private static int lineCount(String literal) {
        return literal.isEmpty()
                ? 0
                : (int) literal.chars().filter(c -> c == '\n').count() + (literal.endsWith("\n") ? 0 : 1);
    }

    /** The 1-based file line where a block starts. */
    private static int line(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }
}
