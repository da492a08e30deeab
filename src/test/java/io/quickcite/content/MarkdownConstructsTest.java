package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What real-world Markdown becomes: each CommonMark construct and each site generator's addition, exactly. */
class MarkdownConstructsTest {

    private static ContentParser.ParsedDocument page(String body) {
        return ContentParser.parse("guide/page.md", "---\ntitle: Page\n---\n" + body);
    }

    private static List<String> texts(String body) {
        return page(body).units().stream().map(Unit::text).toList();
    }

    @Test
    void fencedAndIndentedCodeIsNeverAnAnswerAHeadingOrATable() {
        ContentParser.ParsedDocument d = page("""
            Configure it.

            ```yaml
            # a comment, not a heading
            - "not a list item"
            a: b | c
            ```

                indented | code
            """);
        assertEquals(
                List.of("Configure it."), d.units().stream().map(Unit::text).toList());
        assertEquals(
                List.of(new Dropped(6, "code block (yaml), 3 lines"), new Dropped(12, "indented code block, 1 lines")),
                d.dropped());
    }

    @Test
    void aLeadInThatOnlyAnnouncedCodeIsNotAnAnswer() {
        ContentParser.ParsedDocument d = page("""
            Install it first. For example:

            ```sh
            npm install it
            ```

            Then:

            <!-- a comment between -->
            ```sh
            it run
            ```
            """);
        assertEquals(
                List.of("Install it first."), d.units().stream().map(Unit::text).toList());
    }

    @Test
    void blockquotesEmphasisAndInlineCodeGiveTheirPlainText() {
        assertEquals(
                List.of(
                        "Quoted text stays.",
                        "It is very important and also here, with **/*.md kept whole and a[0] too."),
                texts("""
                > Quoted text stays.

                It is _very_ *important* and __also__ ***here***, with `**/*.md` kept whole and `a[0]` too.
                """));
    }

    @Test
    void nestedListItemsAreTheirOwnPassagesWithoutMarkers() {
        assertEquals(List.of("Outer item.", "Inner item.", "Deeper item.", "Second outer."), texts("""
            - Outer item.
              - Inner item.
                1. Deeper item.
            - Second outer.
            """));
    }

    @Test
    void thematicBreaksLinksImagesAndHtmlAreReadSafely() {
        ContentParser.ParsedDocument d = page("""
            ***

            See [the guide](../guide.md) and ![a diagram of the flow](flow.png) here.

            ![only an image](x.png)

            <div class="note">A <b>bold</b> note.<script>alert(1)</script></div>

            Text with <span style="x">inline</span> HTML<br>kept.
            """);
        assertEquals(
                List.of("See the guide and a diagram of the flow here.", "A bold note.", "Text with inline HTML kept."),
                d.units().stream().map(Unit::text).toList());
        assertEquals(List.of(new Dropped(4, "thematic break"), new Dropped(8, "image")), d.dropped());
    }

    @Test
    void tableRowsCarryTheirColumnHeaders() {
        ContentParser.ParsedDocument d = page("""
            | Option | Environment variable | Description |
            |---|---|---|
            | `--output <DIR>` | `OUTPUT_DIR` | Where output goes |
            | `--quiet` | | Prints less. |
            """);
        assertEquals(
                List.of(
                        "Option: --output <DIR>; Environment variable: OUTPUT_DIR; Description: Where output goes",
                        "Option: --quiet; Description: Prints less."),
                d.units().stream().map(Unit::text).toList());
        assertEquals(
                List.of("--output <DIR>", "--quiet"),
                d.units().stream().map(Unit::label).toList());
    }

    @Test
    void shortcodesAndTemplateTagsAreRemovedOutsideCode() {
        ContentParser.ParsedDocument d = page("""
            {{< alert title="Note" >}}Alerts keep their text.{{< /alert >}}

            {{% pageinfo %}}
            Page info text.
            {{% /pageinfo %}}

            Liquid {% include note.html %}tags and {{ site.name }} outputs go.

            {{< comment >}}
            A comment's text goes too.
            {{< /comment >}}

            In code, as Hugo renders it: `{{< ref "x" >}}` goes, `{{</* ref "x" */>}}` shows escaped, `{{ .Title }}` stays.

            ```go-html-template
            {{ .Title }}
            ```
            """);
        assertEquals(
                List.of(
                        "Alerts keep their text.",
                        "Page info text.",
                        "Liquid tags and outputs go.",
                        "In code, as Hugo renders it: goes, {{< ref \"x\" >}} shows escaped, {{ .Title }} stays."),
                d.units().stream().map(Unit::text).toList());
    }

    @Test
    void aShortcodeThatHighlightsCodeIsCode() {
        ContentParser.ParsedDocument d = page("""
            Before.

            {{< highlight go >}}
            func main() {}
            {{< /highlight >}}

            {{< tab header="yaml" lang="yaml" >}}
            key: value
            {{< /tab >}}

            {% highlight ruby %}
            puts 1
            {% endhighlight %}

            After.
            """);
        assertEquals(
                List.of("Before.", "After."), d.units().stream().map(Unit::text).toList());
    }

    @Test
    void aShortcodeWithALanguageButNoClosingTagWrapsNothing() {
        assertEquals(List.of("Create a file:", "Apply the file."), texts("""
            1. Create a file:

               {{< readfile file="config.yaml" code="true" lang="yaml" >}}

            1. Apply the file.
            """));
    }

    @Test
    void footnoteReferencesGoAndTheirDefinitionsKeepTheirText() {
        assertEquals(List.of("It loads fast.", "Measured on a laptop.", "See the guide."), texts("""
            It loads fast.[^speed]

            [^speed]: Measured on a laptop.

            https://example.org/a-bare-link

            See the guide.
            """));
    }

    @Test
    void admonitionsOfDocusaurusMkDocsAndGitHubKeepTheirText() {
        assertEquals(
                List.of("Docusaurus note.", "MkDocs note text.", "GitHub alert text.", "Plain again."), texts("""
            :::tip[Title]
            Docusaurus note.
            :::

            !!! note "Heads up"
                MkDocs note text.

            > [!NOTE]
            > GitHub alert text.

            Plain again.
            """));
    }

    @Test
    void frontMatterOfTheCommonGeneratorsIsReadAsItIs() {
        ContentParser.ParsedDocument hugo = ContentParser.parse("docs/install.md", """
            ---
            title: "Install"
            description: How to install.
            date: 2024-05-01T10:00:00Z
            weight: 20
            aliases: [/old-install/]
            menu:
              main:
                weight: 10
            slug: setup
            ---
            Text.
            """);
        assertEquals(
                new Document(
                        "docs-install",
                        "Install",
                        null,
                        "/docs/setup/",
                        "2024-05-01",
                        "How to install.",
                        List.of(),
                        "docs/install.md"),
                hugo.document());
        ContentParser.ParsedDocument docusaurus = ContentParser.parse("intro.mdx", """
            ---
            id: Getting_Started
            sidebar_position: 1
            slug: /start
            ---
            import Tabs from '@theme/Tabs';

            # Getting started

            Text.
            """);
        assertEquals(
                new Document("getting-started", "Getting started", null, "/start", null, null, List.of(), "intro.mdx"),
                docusaurus.document());
        ContentParser.ParsedDocument jekyll = ContentParser.parse("_posts/2024-01-02-hello.md", """
            ---
            layout: post
            title: Hello
            permalink: /blog/hello/
            ---
            Text.
            """);
        assertEquals("/blog/hello/", jekyll.document().url());
    }

    @Test
    void draftsAreSkipped() {
        assertNull(ContentParser.parse("a.md", "---\ntitle: A\ndraft: true\n---\nText.\n"));
        assertNull(ContentParser.parse("b.md", "---\ntitle: B\npublished: false\n---\nText.\n"));
    }

    @Test
    void aBasePathPrefixesUrlsThatComeFromThePath() {
        Problems problems = new Problems();
        ContentParser.ParsedDocument d =
                ContentParser.parse("guide/_index.md", "# Guide\n\nText.\n", new SiteConfig(null, "/docs"), problems);
        assertEquals("/docs/guide/", d.document().url());
        assertEquals("guide", d.document().id());
    }
}
