package io.quickcite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads one page of a built static site (parsed by jsoup) into a document and its units. The main content is every
 * element marked {@code data-quickcite-body}, else {@code <main>}, else {@code <article>}, else the deepest element that
 * holds most of the page's paragraph text; navigation, header, footer, scripts, forms and anything marked
 * {@code data-quickcite-ignore} are dropped. Headings with their ids open sections; title, URL, summary and date come
 * from the page.
 */
final class HtmlReader {

    private static final String DROP =
            "script, style, noscript, template, nav, header, footer, form, button, select, textarea, svg, "
                    + "canvas, iframe, object, aside, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=search], "
                    + "[role=complementary], [data-quickcite-ignore], [hidden], [aria-hidden=true]";
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
            "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "img", "label", "del", "ins",
            "font", "tt", "big", "strike", "nobr", "math");
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "tt", "var");

    private final PageBuilder page;
    private final int lineOffset;
    private Element titleHeading;

    private HtmlReader(PageBuilder page, int lineOffset) {
        this.page = page;
        this.lineOffset = lineOffset;
    }

    /** Reads the built page {@code file}; null when it asks not to be indexed (robots noindex) or is a 404 page. */
    static ContentParser.ParsedDocument read(String file, String html, SiteConfig site, Problems problems) {
        org.jsoup.nodes.Document dom = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        if (dom.select("meta[name=robots]").stream()
                        .anyMatch(
                                m -> m.attr("content").toLowerCase(Locale.ROOT).contains("noindex"))
                || file.equals("404.html")
                || file.endsWith("/404.html")) {
            return null;
        }
        List<Element> roots = roots(dom);
        Element h1 = null;
        for (Element root : roots) {
            h1 = root.selectFirst("h1");
            if (h1 != null) {
                break;
            }
        }
        String title = h1 != null ? text(h1).strip() : null;
        if (title == null || title.isEmpty()) {
            title = firstNonBlank(dom.select("meta[property=og:title]").attr("content"), dom.title());
        }
        List<String> parts = PagePaths.parts(file);
        String derived = PagePaths.fileUrl(site.basePath(), file);
        String canonical = firstNonBlank(
                dom.select("link[rel=canonical]").attr("href"),
                dom.select("meta[property=og:url]").attr("content"));
        String url = derived;
        if (canonical != null && Urls.isHttp(canonical)) {
            String path = java.net.URI.create(canonical).getRawPath();
            url = path == null || path.isEmpty() ? "/" : path;
        } else if (canonical != null && Urls.isPagePath(canonical)) {
            url = canonical;
        }
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        if (title != null) {
            values.put("title", title);
        }
        values.put("url", url);
        String published = firstNonBlank(
                dom.select("meta[property=article:published_time]").attr("content"),
                dom.select("meta[name=date]").attr("content"));
        if (published != null) {
            values.put("date", published);
        }
        String description = dom.select("meta[name=description]").attr("content");
        if (!description.isBlank()) {
            values.put("description", description);
        }
        FrontMatterReader.FrontMatter fm =
                new FrontMatterReader.FrontMatter(values, java.util.Map.of(), java.util.Map.of(), 1, 1);
        Document document = DocumentFields.of(file, fm, null, derived, parts, site.basePath(), problems);
        PageBuilder page = new PageBuilder(file, document, problems);
        HtmlReader reader = new HtmlReader(page, 0);
        reader.titleHeading = h1 != null && text(h1).strip().equals(document.title()) ? h1 : null;
        for (Element root : roots) {
            root.select(DROP).forEach(e -> {
                page.dropped(line(e, 0), "<" + e.tagName() + ">");
                e.remove();
            });
            reader.blocks(root);
        }
        return new ContentParser.ParsedDocument(document, page.units(), page.droppedParts());
    }

    /** The name a built site gives itself (og:site_name), or null. */
    static String siteName(String html) {
        String name = Jsoup.parse(html)
                .select("meta[property=og:site_name]")
                .attr("content")
                .strip();
        return name.isEmpty() ? null : name;
    }

    /** Reads an HTML block found in Markdown at file line {@code line}: its text is kept, its tags stripped. */
    static void fragment(String html, int line, PageBuilder page) {
        Element body = Jsoup.parseBodyFragment(html, "").body();
        body.select(DROP).remove();
        if (body.text().isBlank()) {
            page.dropped(line, "HTML block");
            return;
        }
        new HtmlReader(page, line - 1).blocks(body);
    }

    private static List<Element> roots(org.jsoup.nodes.Document dom) {
        Elements marked = dom.select("[data-quickcite-body]");
        if (!marked.isEmpty()) {
            return marked.stream()
                    .filter(e -> e.parents().stream().noneMatch(p -> p.hasAttr("data-quickcite-body")))
                    .toList();
        }
        Element main = dom.selectFirst("main, [role=main]");
        if (main == null) {
            main = dom.selectFirst("article");
        }
        return List.of(main != null ? main : densest(dom.body()));
    }

    /** The deepest element holding at least 80 % of the page's paragraph text, outside navigation and the like; never inside a table or list. */
    private static Element densest(Element body) {
        Element copy = body.clone();
        copy.select(DROP).remove();
        int total = paragraphText(copy);
        Element best = body;
        if (total == 0) {
            return body;
        }
        Element at = body;
        while (true) {
            Element next = null;
            for (Element child : at.children()) {
                Element c = child.clone();
                c.select(DROP).remove();
                if (!child.is(DROP) && !child.is("table, ul, ol, dl") && paragraphText(c) >= 0.8 * total) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return best;
            }
            best = next;
            at = next;
        }
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p, li, td, dd")) {
            n += p.ownText().length();
        }
        return n;
    }

    private void blocks(Element parent) {
        StringBuilder loose = new StringBuilder();
        int looseLine = line(parent, lineOffset);
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                if (!t.isBlank() && loose.isEmpty()) {
                    looseLine = line(t, lineOffset);
                }
                loose.append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (INLINE.contains(tag)) {
                    if (loose.toString().isBlank()) {
                        looseLine = line(e, lineOffset);
                    }
                    loose.append(text(e));
                    continue;
                }
                flush(loose, looseLine);
                block(e);
            }
        }
        flush(loose, looseLine);
    }

    private void flush(StringBuilder loose, int line) {
        if (!loose.toString().isBlank()) {
            page.passage(UnitKind.PARAGRAPH, "", loose.toString(), line);
        }
        loose.setLength(0);
    }

    private void block(Element e) {
        int line = line(e, lineOffset);
        switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (e != titleHeading) {
                    page.heading(text(e), anchor(e), line);
                }
            }
            case "p", "figcaption", "summary", "caption" -> page.passage(UnitKind.PARAGRAPH, "", text(e), line);
            case "ul", "ol", "menu" ->
                e.children().forEach(li -> {
                    if (li.normalName().equals("li")) {
                        listItem(li);
                    } else {
                        block(li);
                    }
                });
            case "dl" -> definitions(e);
            case "table" -> table(e);
            case "pre" -> page.code(line, "code block, " + e.wholeText().split("\n", -1).length + " lines");
            case "hr" -> page.dropped(line, "thematic break");
            case "br" -> {}
            default -> blocks(e);
        }
    }

    private void listItem(Element li) {
        StringBuilder text = new StringBuilder();
        String label = "";
        int line = line(li, lineOffset);
        List<Element> later = new ArrayList<>();
        for (Node node : li.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (INLINE.contains(e.normalName())) {
                    if (text.toString().isBlank()
                            && (e.normalName().equals("strong")
                                    || e.normalName().equals("b"))) {
                        label = text(e).strip();
                        text.setLength(0);
                        continue;
                    }
                    text.append(text(e));
                } else if (e.normalName().equals("p") && later.isEmpty()) {
                    text.append('\n').append(text(e));
                } else {
                    later.add(e);
                }
            }
        }
        String body = text.toString();
        if (!label.isEmpty()) {
            String rest = body.stripLeading();
            if (label.endsWith(":") && label.length() > 1) {
                label = label.substring(0, label.length() - 1).strip();
            } else if (rest.startsWith(":")) {
                rest = rest.substring(1);
            } else {
                rest = label + " " + rest;
                label = "";
            }
            body = rest;
        }
        page.passage(UnitKind.LIST_ITEM, label, body, line);
        later.forEach(this::block);
    }

    /** A definition list: each {@code <dd>} a passage labelled by its {@code <dt>}; a term alone (often a link to a page) is no answer. */
    private void definitions(Element dl) {
        String term = "";
        for (Element child : dl.children()) {
            if (child.normalName().equals("dt")) {
                if (!term.isEmpty()) {
                    page.dropped(line(child, lineOffset), "term without a description: '" + term + "'");
                }
                term = text(child).strip();
            } else if (child.normalName().equals("dd")) {
                String description = text(child).strip();
                if (description.isEmpty()) {
                    page.dropped(line(child, lineOffset), "term without a description: '" + term + "'");
                } else {
                    page.passage(UnitKind.LIST_ITEM, term, description, line(child, lineOffset));
                }
                term = "";
            }
        }
    }

    /** Each body row a passage under its column headers; a row of one cell across the table (a heading row) is read as blocks. */
    private void table(Element table) {
        List<Element> rows = table.select("tr").stream()
                .filter(r -> r.closest("table") == table)
                .toList();
        int columns = rows.stream()
                .mapToInt(r ->
                        (int) r.children().stream().filter(c -> c.is("td, th")).count())
                .max()
                .orElse(0);
        List<String> headers = new ArrayList<>();
        for (Element row : rows) {
            List<Element> cells =
                    row.children().stream().filter(c -> c.is("td, th")).toList();
            if (cells.size() == 1 && columns > 1) {
                blocks(cells.get(0));
                headers = new ArrayList<>();
                continue;
            }
            boolean head = row.parent() != null && row.parent().normalName().equals("thead")
                    || cells.stream().allMatch(c -> c.normalName().equals("th")) && headers.isEmpty();
            if (head) {
                headers = cells.stream().map(HtmlReader::text).toList();
                continue;
            }
            page.tableRow(headers, cells.stream().map(HtmlReader::text).toList(), line(row, lineOffset));
        }
    }

    /** A heading's anchor: its own id, else the id of the section it opens. */
    private static String anchor(Element h) {
        if (!h.id().isBlank()) {
            return h.id();
        }
        Element parent = h.parent();
        if (parent != null && !parent.id().isBlank() && parent.children().first() == h) {
            return parent.id();
        }
        Element link = h.selectFirst("a[id], a[name]");
        if (link != null) {
            return link.id().isBlank() ? link.attr("name") : link.id();
        }
        return null;
    }

    /** Plain text of an element: inline code kept whole, images give their alt text, line breaks a space. */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        text(e, b, false);
        return b.toString().replaceAll("\\s+", " ");
    }

    private static void text(Element e, StringBuilder b, boolean code) {
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                b.append(code ? CodeSpans.hold(t.getWholeText()) : t.getWholeText());
            } else if (node instanceof Element child) {
                String tag = child.normalName();
                if (child.is(DROP)) {
                    continue;
                }
                if (tag.equals("img")) {
                    b.append(child.attr("alt"));
                } else if (tag.equals("br")) {
                    b.append(' ');
                } else {
                    boolean block = !INLINE.contains(tag);
                    if (block) {
                        b.append(' ');
                    }
                    text(child, b, code || CODE.contains(tag));
                    if (block) {
                        b.append(' ');
                    }
                }
            }
        }
    }

    private static int line(Node n, int offset) {
        int line = n.sourceRange().start().lineNumber();
        return Math.max(1, line) + offset;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
