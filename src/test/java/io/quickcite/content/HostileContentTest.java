package io.quickcite.content;

import io.quickcite.indexer.IndexerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile content (issue 7): the build refuses every link that is not http(s) or a site path, however it is
 * spelt and wherever it sits, so no {@code javascript:} or {@code data:} URL can reach the widget as a link. Text that
 * merely looks like HTML is content, kept verbatim: rendering it inert is the widget's job (widget-embed's
 * xss.test.mjs serves src/test/resources/hostile-content/ and proves it in Chromium).
 * ContentParserTest already covers plain {@code javascript:alert(1)} as page url, source url and body link.
 */
class HostileContentTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile-content");

    private static String failure(String text) {
        return assertThrows(ContentException.class, () -> ContentParser.parse("doc.md", text)).getMessage();
    }

    private static String withSourceUrl(String url) {
        return "---\nid: doc\ntitle: T\nurl: /a\nsources:\n  - n: 1\n    url: " + url + "\n---\nText.[1]\n";
    }

    private static String withPageUrl(String url) {
        return "---\nid: doc\ntitle: T\nurl: " + url + "\n---\nText.\n";
    }

    private static final String FRONT = "---\nid: doc\ntitle: T\nurl: /a\n---\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "javascript://example.org/%0Aalert(1)", "java\tscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd",
        "ftp://example.org/x", "//evil.example/x", "/path/only", "https:evil.example", "http://", "https:///nohost",
        "\"javascript:alert(1)\"", "java&#115;cript:alert(1)", "javascript&colon;alert(1)", "https://exa mple.org/"})
    void sourceUrlsMustBeHttpWithAHost(String url) {
        String value = url.startsWith("\"") ? url.substring(1, url.length() - 1) : url;
        assertEquals("doc.md:7: source 1 url '" + value + "' is not an http(s) URL", failure(withSourceUrl(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "JavaScript:alert(1)", "data:text/html,hi", "vbscript:msgbox(1)", "//evil.example/x", "/\\evil.example/x",
        "evil.example/x", "https:evil.example", "java\tscript:alert(1)"})
    void pageUrlsMustBeSitePathsOrHttp(String url) {
        assertEquals("doc.md:4: url '" + url + "' must be a site path starting with '/' or an http(s) URL", failure(withPageUrl(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:alert(1)", "data:text/html,hi", "vbscript:msgbox(1)", "//evil.example/x", "/\\evil.example",
        "mailto:me@example.org", "java&#115;cript:alert(1)"})
    void bodyLinksMustBeHttpOrSitePaths(String url) {
        String seen = url.contains(")") ? url.substring(0, url.indexOf(')')) : url; // a Markdown link's URL ends at the first ')'
        assertEquals("doc.md:6: link '" + seen + "' is not an http(s) URL or a site path", failure(FRONT + "See [this](" + url + ").\n"));
    }

    /** Every place inline Markdown is read checks its links: heading, list item, table cell, timeline, FAQ question and answer. */
    @Test
    void linksAreCheckedInEveryConstruct() {
        String bad = "[x](javascript:alert(1)";
        assertEquals("doc.md:6: link 'javascript:alert(1' is not an http(s) URL or a site path", failure(FRONT + "## Head " + bad + ")\n\nText.\n"));
        assertEquals("doc.md:6: link 'javascript:alert(1' is not an http(s) URL or a site path", failure(FRONT + "- **L**: item " + bad + ")\n"));
        assertEquals("doc.md:8: link 'javascript:alert(1' is not an http(s) URL or a site path",
            failure(FRONT + "| a | b |\n|---|---|\n| row | cell " + bad + ") |\n"));
        assertEquals("doc.md:7: link 'javascript:alert(1' is not an http(s) URL or a site path",
            failure(FRONT + "::: timeline\n- **May 1, 2025** — Event " + bad + ")\n:::\n"));
        assertEquals("doc.md:7: link 'javascript:alert(1' is not an http(s) URL or a site path",
            failure(FRONT + "::: faq\nQ: Why " + bad + ")?\nA: Because.\n:::\n"));
        assertEquals("doc.md:8: link 'data:text/html,x' is not an http(s) URL or a site path",
            failure(FRONT + "::: quick-answer\nQ: Why?\nA: Because [x](data:text/html,x).\n:::\n"));
    }

    @Test
    void theIndexerFailsTheBuildOnAJavascriptSourceUrl(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("doc.md"), withSourceUrl("javascript:alert(document.domain)"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> IndexerMain.main(new String[] {content.toString(), dir.resolve("out").toString()}));
        assertEquals("broken content in " + content.toAbsolutePath() + ": doc.md:7: source 1 url 'javascript:alert(document.domain)' is not an http(s) URL",
            e.getMessage());
        assertFalse(Files.exists(dir.resolve("out").resolve("manifest.properties")), "no index is written");
    }

    /** The e2e fixture is valid content; its markup-like text is kept verbatim, and every URL in it is http(s) or a site path. */
    @Test
    void theHostileFixtureLoadsVerbatimWithOnlySafeUrls() {
        Corpus corpus = ContentLoader.load(HOSTILE);
        Document doc = corpus.documents().get(0);
        assertEquals("Zebra <script>window.__pwned=1</script> field guide", doc.title());
        assertEquals(List.of("Herd survey <script>window.__pwned=11</script>", "<img src=x onerror=\"window.__pwned=13;alert(13)\"> stripe atlas",
            "Click <a href=\"javascript:window.__pwned=15\">here</a> for the map", "x\"><svg onload=window.__pwned=17> grazing notes"),
            doc.sources().stream().map(Source::title).toList());
        String all = corpus.units().stream()
            .flatMap(u -> Stream.concat(Stream.of(u.section(), u.label(), u.text()), u.questions().stream()))
            .reduce("", (a, b) -> a + "\n" + b);
        for (String payload : List.of("<script>window.__pwned=1</script>", "<img src=x onerror=\"window.__pwned=2\">",
            "<a href=\"javascript:window.__pwned=3\">x</a>", "\"><svg onload=window.__pwned=4>", "<details open ontoggle=window.__pwned=5>",
            "</script><script>window.__pwned=8</script>", "&lt;script&gt;", "<img src=x onerror=alert(33)>")) {
            assertTrue(all.contains(payload), payload);
        }
        assertTrue(Urls.isPagePath(doc.url()));
        doc.sources().stream().map(Source::url).filter(u -> u != null).forEach(u -> assertTrue(Urls.isHttp(u), u));
    }
}
