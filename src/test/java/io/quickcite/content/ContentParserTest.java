package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The content format of content/README.md: what it makes of each construct, and each validation failure's message. */
class ContentParserTest {

    private static final String FRONT = """
        ---
        id: doc
        title: A document
        url: /docs/a
        sources:
          - n: 1
            title: First source
            url: https://example.org/1
          - n: 2
        ---
        """;

    private static ContentParser.ParsedDocument parse(String body) {
        return ContentParser.parse("doc.md", FRONT + body);
    }

    private static String failure(String text) {
        return assertThrows(ContentException.class, () -> ContentParser.parse("doc.md", text))
                .getMessage();
    }

    @Test
    void paragraphsBecomePassagesWithSentenceCitations() {
        List<Unit> units = parse("""
            ## Compute {#compute}

            AISC opened in 2024.[1] It has 1,300 PFLOPS. The GenA.I. Sandbox runs.[1][2]
            """).units();
        assertEquals(1, units.size());
        Unit u = units.get(0);
        assertEquals("doc:compute:1", u.id());
        assertEquals(UnitKind.PARAGRAPH, u.kind());
        assertEquals("Compute", u.section());
        assertEquals("compute", u.anchor());
        assertEquals(13, u.line());
        assertEquals(
                List.of(
                        new Sentence("AISC opened in 2024.", List.of(1)),
                        new Sentence("It has 1,300 PFLOPS.", List.of()),
                        new Sentence("The GenA.I. Sandbox runs.", List.of(1, 2))),
                u.sentences());
    }

    @Test
    void textBeforeTheFirstHeadingBelongsToTheDocument() {
        Unit u = parse("Opening words.\n").units().get(0);
        assertEquals("doc:top:1", u.id());
        assertEquals("A document", u.section());
        assertEquals("", u.anchor());
    }

    @Test
    void headingsGetStableUniqueAnchors() {
        List<Unit> units = parse("## Hong Kong’s AI Stack\n\nOne.\n\n## Hong Kong’s AI Stack\n\nTwo.\n")
                .units();
        assertEquals(
                List.of("hong-kongs-ai-stack", "hong-kongs-ai-stack-1"),
                units.stream().map(Unit::anchor).toList());
    }

    @Test
    void labelledListItemsOpenWithTheirLabelAndKeepItAsContext() {
        Unit u = parse("- **Policy frame**: Policy is carried by the budget.[1]\n  It continues here.\n")
                .units()
                .get(0);
        assertEquals(UnitKind.LIST_ITEM, u.kind());
        assertEquals("Policy frame", u.label());
        assertEquals(
                List.of(
                        new Sentence("Policy frame: Policy is carried by the budget.", List.of(1)),
                        new Sentence("It continues here.", List.of())),
                u.sentences());
    }

    @Test
    void eachTableRowIsOnePassageWhoseCellsCarryTheirColumnHeaders() {
        List<Unit> units = parse("""
            | Platform | What it is | Why it matters |
            |---|---|---|
            | AISC | The compute centre.[1] | It anchors compute.[2] |
            | AISS | The subsidy scheme. | It lowers cost. |
            """).units();
        assertEquals(2, units.size());
        assertEquals(UnitKind.TABLE_ROW, units.get(0).kind());
        assertEquals("AISC", units.get(0).label());
        assertEquals(
                List.of(
                        new Sentence("Platform: AISC; What it is: The compute centre.", List.of(1)),
                        new Sentence("Why it matters: It anchors compute.", List.of(2))),
                units.get(0).sentences());
        assertEquals(
                "Platform: AISS; What it is: The subsidy scheme. Why it matters: It lowers cost.",
                units.get(1).text());
    }

    @Test
    void timelineEntriesKeepTheirDateWithTheEvent() {
        Unit u = parse("""
            ::: timeline
            - **October 7, 2024** — The subsidy mechanism opens
              AISS officially opened for application.[1]
            :::
            """).units().get(0);
        assertEquals(UnitKind.TIMELINE_ENTRY, u.kind());
        assertEquals("October 7, 2024", u.label());
        assertEquals(
                "October 7, 2024 — The subsidy mechanism opens. AISS officially opened for application.", u.text());
        assertEquals(List.of(1), u.sentences().get(1).citations());
    }

    @Test
    void faqEntriesWithAlternativeQuestionsAndIds() {
        List<Unit> units = parse("""
            ::: faq
            Q: {#why-finance} Why does finance matter?
            Q: Why is finance important?
            A: Because trust matters.[2]
              It compounds.

            Q: Is it a builder market?
            A: Mostly an interface market.
            :::
            """).units();
        assertEquals(
                List.of("doc:why-finance", "doc:is-it-a-builder-market"),
                units.stream().map(Unit::id).toList());
        assertEquals(
                List.of("Why does finance matter?", "Why is finance important?"),
                units.get(0).questions());
        assertEquals("Because trust matters. It compounds.", units.get(0).text());
        assertEquals(UnitKind.FAQ, units.get(0).kind());
    }

    @Test
    void quickAnswersAreCuratedEntries() {
        Unit u = parse("::: quick-answer\nQ: What defines it?\nA: Finance.\n:::\n")
                .units()
                .get(0);
        assertEquals(UnitKind.QUICK_ANSWER, u.kind());
        assertEquals("doc:what-defines-it", u.id());
    }

    @Test
    void citationWithNoSource() {
        assertEquals(
                "doc.md:12: citation [3] has no source 3 in the front matter",
                failure(FRONT + "\nFine.\nNot fine.[3]\n"));
    }

    @Test
    void emptyAnswer() {
        assertEquals("doc.md:13: empty answer to 'What is it?'", failure(FRONT + "::: faq\nQ: What is it?\nA:\n:::\n"));
    }

    @Test
    void questionWithoutAnswer() {
        assertEquals(
                "doc.md:12: question 'What is it?' has no 'A:' answer",
                failure(FRONT + "::: faq\nQ: What is it?\n:::\n"));
    }

    @Test
    void duplicateEntryId() {
        assertEquals(
                "doc.md:14: duplicate entry id 'doc:what-is-it'",
                failure(FRONT + "::: faq\nQ: What is it?\nA: One.\nQ: What is it?\nA: Two.\n:::\n"));
    }

    @Test
    void aMissingTitleComesFromTheFirstHeadingAndIdAndUrlFromThePath() {
        ContentParser.ParsedDocument d = ContentParser.parse(
                "guide/install-hugo.md", "# Install Hugo\n\nRun the installer.\n\n## On Linux\n\nUse snap.\n");
        assertEquals(
                new Document(
                        "guide-install-hugo",
                        "Install Hugo",
                        null,
                        "/guide/install-hugo/",
                        null,
                        null,
                        List.of(),
                        "guide/install-hugo.md"),
                d.document());
        assertEquals(
                List.of("Install Hugo", "On Linux"),
                d.units().stream().map(Unit::section).toList());
        assertEquals("guide-install-hugo:top:1", d.units().get(0).id());
    }

    @Test
    void javascriptSourceUrl() {
        assertEquals(
                "doc.md:6: source 1 url 'javascript:alert(1)' is not an http(s) URL",
                failure(
                        "---\nid: doc\ntitle: T\nurl: /a\nsources:\n  - n: 1\n    url: javascript:alert(1)\n---\nText.[1]\n"));
    }

    @Test
    void javascriptPageUrl() {
        assertEquals(
                "doc.md:4: url 'javascript:alert(1)' must be a site path starting with '/' or an http(s) URL",
                failure("---\nid: doc\ntitle: T\nurl: javascript:alert(1)\n---\nText.\n"));
    }

    @Test
    void linksKeepTheirTextAndNeverTheirTarget() {
        assertEquals(
                "See this and that.",
                parse("\nSee [this](javascript:alert%281%29) and [that](../other.md).\n")
                        .units()
                        .get(0)
                        .text());
    }

    @Test
    void unknownFrontMatterKeysAreOneWarningAndNeverFatal() {
        Problems problems = new Problems();
        ContentParser.ParsedDocument d = ContentParser.parse(
                "doc.md",
                "---\nid: doc\nauthor: me\nweight: 3\nflavour: x\ncolour: y\n---\nText.\n",
                new SiteConfig(null, ""),
                problems);
        assertEquals("Doc", d.document().title());
        assertEquals(
                List.of(
                        "doc.md:1: warning: no title and no '#' heading: titled 'Doc' from the file name",
                        "doc.md:6: warning: front-matter keys colour, flavour not used; ignored"),
                problems.warnings().stream().map(Object::toString).toList());
        assertEquals(List.of(), problems.errors());
    }

    @Test
    void badDate() {
        assertEquals(
                "doc.md:5: published 'March 2026' is not a date like 2026-03-18",
                failure("---\nid: doc\ntitle: T\nurl: /a\npublished: March 2026\n---\nText.\n"));
    }

    @Test
    void duplicateSourceNumber() {
        assertEquals(
                "doc.md:7: source 1 is listed twice",
                failure("---\nid: doc\ntitle: T\nurl: /a\nsources:\n  - n: 1\n  - n: 1\n---\nText.\n"));
    }

    @Test
    void unclosedBlock() {
        assertEquals(
                "doc.md:11: '::: faq' block is not closed with ':::'",
                failure(FRONT + "::: faq\nQ: What?\nA: That.\n"));
    }

    @Test
    void otherColonBlocksAreAdmonitionsWhoseTextIsKept() {
        assertEquals(
                List.of("Hi there."),
                parse("::: note\nHi there.\n:::\n").units().stream()
                        .map(Unit::text)
                        .toList());
    }

    @Test
    void anEmptyHeadingIsLeftOut() {
        ContentParser.ParsedDocument d = parse("##\n\nText.\n");
        assertEquals("A document", d.units().get(0).section());
        assertEquals(List.of(new Dropped(11, "empty heading")), d.dropped());
    }

    @Test
    void hugosTomlFrontMatterIsReadAsItIs() {
        Problems problems = new Problems();
        ContentParser.ParsedDocument d = ContentParser.parse("docs/setup.md", """
            +++
            title = "Set up"
            description = 'Setting things up.'
            date = 2024-03-01
            weight = 2
            odd_key = true
            [menu.main]
            weight = 5
            +++
            Text.
            """, new SiteConfig(null, ""), problems);
        assertEquals(
                new Document(
                        "docs-setup",
                        "Set up",
                        null,
                        "/docs/setup/",
                        "2024-03-01",
                        "Setting things up.",
                        List.of(),
                        "docs/setup.md"),
                d.document());
        assertEquals(
                List.of("docs/setup.md:6: warning: front-matter key odd_key not used; ignored"),
                problems.warnings().stream().map(Object::toString).toList());
        String broken = failure("+++\ntitle = \n+++\nText.\n");
        assertTrue(broken.startsWith("doc.md:1: front matter is not valid TOML: "), broken);
    }
}
