package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.IndexLoader;
import io.quickcite.answer.SiteIndex;
import io.quickcite.indexer.IndexBuilder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sites copied as they are from public repositories (src/test/resources/sites/NAME/SOURCE.md says where from):
 * each builds with no hand edits, and a code block, a blockquote, a table row and a shortcode come out as pinned here.
 */
class FixtureSitesTest {

    private static final Path SITES = Path.of("src/test/resources/sites");

    private static ContentLoader.Loaded read(String site) {
        ContentLoader.Loaded loaded = ContentLoader.read(SITES.resolve(site));
        assertEquals(List.of(), loaded.problems().errors(), site + " has no errors");
        return loaded;
    }

    private static Unit unit(ContentLoader.Loaded site, String file, int line) {
        return site.files().get(file).units().stream()
                .filter(u -> u.line() == line)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hugoDocsMarkdownBuildsAsItIs() {
        ContentLoader.Loaded site = read("hugo-docs/content");
        assertEquals(15, site.corpus().documents().size());
        assertEquals(743, site.corpus().units().size());
        assertTrue(site.files()
                .get("content/lookandfeel.md")
                .dropped()
                .contains(new Dropped(861, "code block (yaml), 5 lines")));
        assertEquals(
                "© 2018–2026 Docsy Authors | CC BY 4.0",
                unit(site, "content/lookandfeel.md", 871).text(),
                "a blockquote");
        assertEquals(
                "File: favicon.svg; Link: rel=\"icon\" with type=\"image/svg+xml\"",
                unit(site, "content/iconsimages.md", 74).text(),
                "a table row");
        ContentParser.ParsedDocument adding = site.files().get("content/adding-content.md");
        assertTrue(adding.dropped().contains(new Dropped(96, "template tag tabpane")), "a shortcode");
        assertFalse(
                adding.units().stream()
                        .anyMatch(u -> u.text().contains("{{") || u.text().contains("+++")),
                "no shortcode or code text");
        assertEquals(
                new Document(
                        "content-adding-content",
                        "Adding Content",
                        null,
                        "/content/adding-content/",
                        null,
                        "Add different types of content to your Docsy site.",
                        List.of(),
                        "content/adding-content.md"),
                adding.document());
        assertEquals(15, site.problems().warnings().size());
    }

    @Test
    void mkdocsMarkdownBuildsAsItIs() {
        ContentLoader.Loaded site = read("mkdocs-docs/content");
        assertEquals(7, site.corpus().documents().size());
        assertEquals(293, site.corpus().units().size());
        assertEquals(
                List.of(
                        "Parameter: instances; Type: int; Default: 1; Notes: Number of concurrent workers.",
                        "Production services typically use 10–100.",
                        "Max 1000."),
                unit(site, "guides/event-driven/ai-agent-guide.md", 63).sentences().stream()
                        .map(Sentence::text)
                        .toList());
    }

    @Test
    void aBuiltHtmlSiteBuildsAsItIs() {
        ContentLoader.Loaded site = read("html-site/site");
        assertEquals(15, site.corpus().documents().size());
        assertEquals(639, site.corpus().units().size());
        assertEquals("fasstr", site.corpus().siteName());
        assertEquals(
                "fill_missing_dates(): Fills data gaps of missing dates",
                unit(site, "reference/index.html", 104).text(),
                "a table row");
        ContentParser.ParsedDocument fasstr = site.files().get("articles/fasstr.html");
        assertTrue(fasstr.dropped().contains(new Dropped(178, "code block, 1 lines")), "a code block");
        assertTrue(fasstr.dropped()
                .contains(new Dropped(177, "lead-in to code: 'You can install fasstr directly from CRAN:'")));
        assertEquals(
                "/articles/fasstr.html#features",
                fasstr.document().url() + "#"
                        + unit(site, "articles/fasstr.html", 147).anchor());
        assertFalse(
                site.corpus().units().stream().anyMatch(u -> u.text().contains("Toggle navigation")),
                "navigation is dropped");
    }

    @Test
    void eachFixtureSiteIndexesLoadsAndAnswers(@TempDir Path dir) throws Exception {
        for (String name : List.of("hugo-docs/content", "mkdocs-docs/content", "html-site/site")) {
            Corpus corpus = read(name).corpus();
            Path out = dir.resolve(name.replace('/', '-')).resolve("quickcite-index");
            IndexBuilder.build(corpus, "sha256:" + "0".repeat(64), out);
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {out.getParent().toUri().toURL()}, null)) {
                SiteIndex index = IndexLoader.load(loader);
                assertEquals(corpus.units().size(), index.corpus().units().size(), name);
                assertTrue(
                        new AnswerEngine(index)
                                        .answer(corpus.documents().get(0).title())
                                        .related()
                                != null,
                        name);
            }
        }
    }
}
