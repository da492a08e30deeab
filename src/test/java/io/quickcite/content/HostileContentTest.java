package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quickcite.indexer.IndexerMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile content (issue 7): the build refuses every page and source URL that is not http(s) (or a site path, for
 * pages), however it is spelt, so no {@code javascript:} or {@code data:} URL can reach the widget as a link; body
 * links keep only their text and raw HTML in the body is stripped, so neither can either. Text that merely looks like
 * HTML (front matter, inline code) is content, kept verbatim: rendering it inert is the widget's job (widget-embed's
 * xss.test.mjs serves src/test/resources/hostile-content/ and proves it in Chromium).
 */
class HostileContentTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile-content");

    private static String failure(String text) {
        return assertThrows(ContentException.class, () -> ContentParser.parse("doc.md", text))
                .getMessage();
    }

    private static String withSourceUrl(String url) {
        return "---\nid: doc\ntitle: T\nurl: /a\nsources:\n  - n: 1\n    url: " + url + "\n---\nText.[1]\n";
    }

    private static String withPageUrl(String url) {
        return "---\nid: doc\ntitle: T\nurl: " + url + "\n---\nText.\n";
    }

    private static final String FRONT = "---\nid: doc\ntitle: T\nurl: /a\n---\n";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JavaScript:alert(1)",
                "JAVASCRIPT:alert(1)",
                "javascript://example.org/%0Aalert(1)",
                "java\tscript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "ftp://example.org/x",
                "//evil.example/x",
                "/path/only",
                "https:evil.example",
                "http://",
                "https:///nohost",
                "\"javascript:alert(1)\"",
                "java&#115;cript:alert(1)",
                "javascript&colon;alert(1)",
                "https://exa mple.org/"
            })
    void sourceUrlsMustBeHttpWithAHost(String url) {
        String value = url.startsWith("\"") ? url.substring(1, url.length() - 1) : url;
        assertEquals("doc.md:6: source 1 url '" + value + "' is not an http(s) URL", failure(withSourceUrl(url)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JavaScript:alert(1)",
                "data:text/html,hi",
                "vbscript:msgbox(1)",
                "//evil.example/x",
                "/\\evil.example/x",
                "evil.example/x",
                "https:evil.example",
                "java\tscript:alert(1)"
            })
    void pageUrlsMustBeSitePathsOrHttp(String url) {
        assertEquals(
                "doc.md:4: url '" + url + "' must be a site path starting with '/' or an http(s) URL",
                failure(withPageUrl(url)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JavaScript:alert(1)",
                "data:text/html,hi",
                "vbscript:msgbox(1)",
                "//evil.example/x",
                "/\\evil.example",
                "mailto:me@example.org",
                "java&#115;cript:alert(1)"
            })
    void bodyLinksKeepOnlyTheirText(String url) {
        assertEquals(
                "See this.",
                ContentParser.parse("doc.md", FRONT + "See [this](" + url + ").\n")
                        .units()
                        .get(0)
                        .text());
    }

    /** No construct keeps a link's target or raw HTML: heading, list item, table cell, timeline, FAQ question and answer. */
    @Test
    void noConstructKeepsALinkTargetOrRawHtml() {
        String bad = "[x](javascript:alert(1)) <img src=x onerror=alert(2)>";
        String text = ContentParser.parse(
                        "doc.md",
                        FRONT + "## Head " + bad + "\n\n- **L**: item " + bad
                                + "\n\n| a | b |\n|---|---|\n| row | cell " + bad
                                + " |\n\n::: timeline\n- **May 1, 2025** — Event " + bad + "\n:::\n\n::: faq\nQ: Why "
                                + bad + "?\nA: Because " + bad + ".\n:::\n")
                .units()
                .stream()
                .map(u -> u.section() + "|" + u.label() + "|" + String.join("/", u.questions()) + "|" + u.text())
                .reduce("", (a, b) -> a + "\n" + b);
        assertFalse(text.contains("javascript") || text.contains("<img") || text.contains("onerror"), text);
        assertTrue(text.contains("Head x"), text);
    }

    @Test
    void theIndexerFailsTheBuildOnAJavascriptSourceUrl(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("doc.md"), withSourceUrl("javascript:alert(document.domain)"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertEquals(
                1,
                IndexerMain.run(
                        content.toAbsolutePath(),
                        dir.resolve("out"),
                        new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(
                err.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .startsWith(
                                content.toAbsolutePath()
                                        + "/doc.md:6: source 1 url 'javascript:alert(document.domain)' is not an http(s) URL\n"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("out").resolve("manifest.properties")), "no index is written");
    }

    /** The e2e fixture is valid content; its markup-like text is kept verbatim, and every URL in it is http(s) or a site path. */
    @Test
    void theHostileFixtureLoadsVerbatimWithOnlySafeUrls() {
        Corpus corpus = ContentLoader.load(HOSTILE);
        Document doc = corpus.documents().get(0);
        assertEquals("Zebra <script>window.__pwned=1</script> field guide", doc.title());
        assertEquals(
                List.of(
                        "Herd survey <script>window.__pwned=11</script>",
                        "<img src=x onerror=\"window.__pwned=13;alert(13)\"> stripe atlas",
                        "Click <a href=\"javascript:window.__pwned=15\">here</a> for the map",
                        "x\"><svg onload=window.__pwned=17> grazing notes"),
                doc.sources().stream().map(Source::title).toList());
        String all = corpus.units().stream()
                .flatMap(u -> Stream.concat(Stream.of(u.section(), u.label(), u.text()), u.questions().stream()))
                .reduce("", (a, b) -> a + "\n" + b);
        for (String payload : List.of(
                "<script>window.__pwned=1</script>",
                "<img src=x onerror=\"window.__pwned=2\">",
                "<a href=\"javascript:window.__pwned=3\">x</a>",
                "\"><svg onload=window.__pwned=4>",
                "<details open ontoggle=window.__pwned=5>",
                "</script><script>window.__pwned=8</script>",
                "&lt;script&gt;",
                "<img src=x onerror=alert(33)>")) {
            assertTrue(all.contains(payload), payload);
        }
        assertTrue(Urls.isPagePath(doc.url()));
        doc.sources().stream().map(Source::url).filter(u -> u != null).forEach(u -> assertTrue(Urls.isHttp(u), u));
    }
}
