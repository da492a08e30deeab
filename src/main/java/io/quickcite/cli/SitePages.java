package io.quickcite.cli;

import io.quickcite.answer.SiteProfile;
import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Source;
import io.quickcite.content.Unit;
import io.quickcite.content.Urls;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local preview's pages: every document of the loaded index rendered as an HTML page at its own url, with a
 * heading and anchor per section, so that an answer's section link and each FAQ link land on the right place; and the
 * demo page named after the loaded site.
 */
final class SitePages {

    private final Map<String, byte[]> pages = new HashMap<>();
    private final SiteProfile.Profile profile;

    SitePages(Corpus corpus, SiteProfile.Profile profile) {
        this.profile = profile;
        for (Document d : corpus.documents()) {
            if (Urls.isPagePath(d.url())) {
                String path = d.url().replaceFirst("[?#].*$", "");
                pages.putIfAbsent(
                        path,
                        render(
                                corpus.siteName(),
                                d,
                                corpus.units().stream()
                                        .filter(u -> u.documentId().equals(d.id()))
                                        .toList()));
            }
        }
    }

    /** The page at a request path ("/guide/install/"; a trailing slash may be missing), or null. */
    byte[] page(String path) {
        byte[] page = pages.get(path);
        if (page == null && !path.endsWith("/")) {
            page = pages.get(path + "/");
        }
        return page;
    }

    /**
     * The demo page with the loaded site's name and examples (as GET /site gives them) in place of its
     * {@code {{site.name}}}, {@code {{site.examples}}} and {@code {{site.placeholder}}}: filled as it is served, so the
     * page never shifts once shown and holds no wording written for one site.
     */
    byte[] demo(byte[] page) {
        List<String> examples = profile.examples().stream().limit(2).toList();
        String hint = examples.isEmpty()
                ? "Ask in your own words: the answer quotes the site's pages."
                : "Try: "
                        + String.join(
                                " or ",
                                examples.stream()
                                        .map(q -> "<button type=\"button\" class=\"example\" data-quickcite-ask=\""
                                                + esc(q) + "\">" + esc(q) + "</button>")
                                        .toList());
        String placeholder = examples.isEmpty() ? "Ask a question about this site" : "e.g. " + examples.get(0);
        return new String(page, StandardCharsets.UTF_8)
                .replace("{{site.name}}", esc(profile.name().isBlank() ? "This site" : profile.name()))
                .replace("{{site.examples}}", hint)
                .replace("{{site.placeholder}}", esc(placeholder))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] render(String site, Document d, List<Unit> units) {
        StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(d.title()))
                .append(" · ")
                .append(esc(site))
                .append("</title>\n")
                .append(
                        "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/demo.css\">\n</head>\n<body>\n")
                .append("<header><p class=\"brand\"><a href=\"/\">")
                .append(esc(site))
                .append("</a></p></header>\n<main>\n<article>\n<h1>")
                .append(esc(d.title()))
                .append("</h1>\n");
        if (d.summary() != null) {
            b.append("<p class=\"lead\">").append(esc(d.summary())).append("</p>\n");
        }
        String anchor = null;
        for (Unit u : units) {
            if (!u.anchor().equals(anchor)) {
                anchor = u.anchor();
                if (!anchor.isEmpty()) {
                    b.append("<h2 id=\"")
                            .append(esc(anchor))
                            .append("\">")
                            .append(esc(u.section()))
                            .append("</h2>\n");
                }
            }
            if (u.kind().curated()) {
                b.append("<h3>").append(esc(u.questions().get(0))).append("</h3>\n");
            }
            b.append("<p>");
            for (Sentence s : u.sentences()) {
                b.append(esc(s.text()));
                for (int n : s.citations()) {
                    b.append("<sup><a href=\"#source-")
                            .append(n)
                            .append("\">[")
                            .append(n)
                            .append("]</a></sup>");
                }
                b.append(' ');
            }
            b.append("</p>\n");
        }
        if (!d.sources().isEmpty()) {
            b.append("<h2 id=\"sources\">Sources</h2>\n<ol>\n");
            for (Source s : d.sources()) {
                b.append("<li id=\"source-")
                        .append(s.n())
                        .append("\" value=\"")
                        .append(s.n())
                        .append("\">");
                String title = esc(s.displayTitle()) + (s.publisher() == null ? "" : " — " + esc(s.publisher()));
                b.append(s.url() == null ? title : "<a href=\"" + esc(s.url()) + "\">" + title + "</a>")
                        .append("</li>\n");
            }
            b.append("</ol>\n");
        }
        b.append(
                "</article>\n</main>\n<footer><p>Rendered from the loaded index by the local Quickcite server: what the engine reads, not the site's own layout.</p></footer>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
