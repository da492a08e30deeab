package io.quickcite.content;

import java.util.List;

/** Reads one content file, Markdown or built HTML by its name, into a document and its units. */
public final class ContentParser {

    private ContentParser() {}

    /** A read file: its document, its answer units and what was left out of the answers. */
    public record ParsedDocument(Document document, List<Unit> units, List<Dropped> dropped) {

        public ParsedDocument {
            units = List.copyOf(units);
            dropped = List.copyOf(dropped);
        }
    }

    /** True for the files a content folder is read from: Markdown (.md, .markdown, .mdx) and HTML (.html, .htm). */
    public static boolean isContent(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".md")
                || n.endsWith(".markdown")
                || n.endsWith(".mdx")
                || n.endsWith(".html")
                || n.endsWith(".htm");
    }

    /** Reads {@code text}, the content of {@code file}; problems go to {@code problems}; null for a draft or a page to skip. */
    public static ParsedDocument parse(String file, String text, SiteConfig site, Problems problems) {
        String n = file.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm")
                ? HtmlReader.read(file, text, site, problems)
                : MarkdownReader.read(file, text, site, problems);
    }

    /** Reads one file with no site configuration; throws {@link ContentException} for its first error. */
    public static ParsedDocument parse(String file, String text) {
        Problems problems = new Problems();
        ParsedDocument parsed = parse(file, text, new SiteConfig(null, ""), problems);
        problems.throwFirst();
        return parsed;
    }
}
