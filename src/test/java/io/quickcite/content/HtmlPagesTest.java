package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a built site's HTML page becomes: main content only, sections from headings and their ids, title and URL from the page. */
class HtmlPagesTest {

    private static final String PAGE = """
        <!doctype html>
        <html><head><title>Install • Tool</title><meta name="description" content="Installing the tool.">
        <meta property="article:published_time" content="2025-11-02T08:00:00Z">
        <link rel="canonical" href="https://tool.example/guide/install/"></head>
        <body>
        <header><a href="/">Tool</a> <nav><a href="/guide/">Guide</a></nav></header>
        <main>
          <h1>Install the tool</h1>
          <p>The tool runs on <code>Linux</code>. See <a href="x">the notes</a>.</p>
          <section id="requirements"><h2>Requirements</h2>
            <ul><li><strong>Memory:</strong> 2 GB at least.</li><li>A shell.<ul><li>Bash works.</li></ul></li></ul>
          </section>
          <h2 id="options">Options</h2>
          <table><thead><tr><th>Flag</th><th>Meaning</th></tr></thead><tbody><tr><td><code>-q</code></td><td>Quiet.</td></tr></tbody></table>
          <pre><code>tool --install</code></pre>
          <form><label>Search</label><input></form>
          <div data-quickcite-ignore>Edit this page.</div>
          <script>var x = "not text";</script>
        </main>
        <footer>Copyright.</footer>
        </body></html>
        """;

    @Test
    void mainContentBecomesSectionsAndPassages() {
        ContentParser.ParsedDocument d = ContentParser.parse("guide/install/index.html", PAGE);
        assertEquals(
                new Document(
                        "guide-install",
                        "Install the tool",
                        null,
                        "/guide/install/",
                        "2025-11-02",
                        "Installing the tool.",
                        List.of(),
                        "guide/install/index.html"),
                d.document());
        assertEquals(
                List.of(
                        "Install the tool|| The tool runs on Linux. See the notes.",
                        "Requirements|requirements|Memory Memory: 2 GB at least.",
                        "Requirements|requirements| A shell.",
                        "Requirements|requirements| Bash works.",
                        "Options|options|-q Flag: -q; Meaning: Quiet."),
                d.units().stream()
                        .map(u -> u.section() + "|" + u.anchor() + "|" + u.label() + " " + u.text())
                        .toList());
    }

    @Test
    void aMarkedBodyWinsAndAPageWithoutMainUsesTheDensestElement() {
        String marked =
                "<html><body><main><p>Not this.</p><div data-quickcite-body><h1>T</h1><p>Only this.</p></div></main></body></html>";
        assertEquals(
                List.of("Only this."),
                ContentParser.parse("a.html", marked).units().stream()
                        .map(Unit::text)
                        .toList());
        String plain = "<html><head><title>Doc</title></head><body><div class=side><p>Side.</p></div>"
                + "<div class=content><h2 id=a>A</h2><p>A long paragraph of real content that is the page itself.</p>"
                + "<p>And another long paragraph of the same page content.</p></div></body></html>";
        ContentParser.ParsedDocument d = ContentParser.parse("doc.html", plain);
        assertEquals("Doc", d.document().title());
        assertEquals("/doc.html", d.document().url());
        assertEquals(
                List.of(
                        "A long paragraph of real content that is the page itself.",
                        "And another long paragraph of the same page content."),
                d.units().stream().map(Unit::text).toList());
    }

    @Test
    void definitionListsLabelTheirDescriptionsAndLeaveBareTermsOut() {
        String html =
                "<html><body><main><dl><dt>Users guide</dt><dd> </dd><dt>Trends</dt><dd>Computing annual trends.</dd></dl></main></body></html>";
        assertEquals(
                List.of("Trends|Trends: Computing annual trends."),
                ContentParser.parse("a.html", html).units().stream()
                        .map(u -> u.label() + "|" + u.text())
                        .toList());
    }

    @Test
    void noindexAnd404PagesAreSkipped() {
        assertNull(ContentParser.parse(
                "a.html", "<html><head><meta name=robots content=\"noindex\"></head><body><p>X.</p></body></html>"));
        assertNull(ContentParser.parse("404.html", "<html><body><main><p>Not found.</p></main></body></html>"));
    }
}
