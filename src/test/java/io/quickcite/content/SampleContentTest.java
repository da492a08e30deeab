package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample site (the fixture copy of what content/ ships), converted from ../shared/seeds: what a faithful conversion must contain. */
class SampleContentTest {

    private static final Corpus CORPUS = ContentLoader.load(Path.of("src/test/resources/sites/sample/content"));

    private static List<Unit> units(UnitKind kind) {
        return CORPUS.units().stream().filter(u -> u.kind() == kind).toList();
    }

    @Test
    void allFiveDocuments() {
        assertEquals(
                List.of(
                        "cyberport-aisc",
                        "hk-ai-briefing",
                        "hk-ai-legal-overview",
                        "hk-ai-regulatory-essay",
                        "hkma-genai-sandbox"),
                CORPUS.documents().stream().map(Document::id).toList());
    }

    @Test
    void everyQuickAnswerOfTheSeedIsAnEntry() {
        assertEquals(
                List.of(
                        "What defines Hong Kong's AI story right now?",
                        "What should readers look for first in Hong Kong AI?",
                        "Where should readers go after the Hong Kong briefing?"),
                units(UnitKind.QUICK_ANSWER).stream()
                        .map(u -> u.questions().get(0))
                        .toList());
        assertEquals(
                "Hong Kong's AI story is defined by finance-heavy deployment, institutional trust, regional-interface advantages, "
                        + "and the question of how much local capability it can build alongside Greater Bay Area linkages.",
                units(UnitKind.QUICK_ANSWER).get(0).text());
    }

    @Test
    void everyFaqEntryOfTheSeedIsAnEntry() {
        assertEquals(
                List.of(
                        "Is Hong Kong mostly an interface market or a builder market in AI?",
                        "Why does finance matter so much in Hong Kong's AI story?",
                        "What should readers monitor next in Hong Kong AI?"),
                units(UnitKind.FAQ).stream().map(u -> u.questions().get(0)).toList());
    }

    @Test
    void eachStackTableRowIsOnePassage() {
        assertEquals(
                List.of("AISC", "AISS", "HKGAI", "HKPilot", "AIRDI", "GenA.I. Sandbox"),
                units(UnitKind.TABLE_ROW).stream().map(Unit::label).toList());
        assertEquals(
                "Platform: AIRDI; What it is: The Hong Kong Artificial Intelligence Research and Development Institute, scheduled to start operating in the second half of 2026.",
                units(UnitKind.TABLE_ROW).get(4).sentences().get(0).text());
    }

    @Test
    void timelineEntriesKeepTheirDates() {
        assertEquals(
                List.of(
                        "December 22, 2022",
                        "August 13, 2024",
                        "October 7, 2024",
                        "December 9, 2024",
                        "August 18, 2025",
                        "March 5, 2026"),
                units(UnitKind.TIMELINE_ENTRY).stream().map(Unit::label).toList());
        assertEquals(
                "December 9, 2024 — AISC moves from plan to operating asset.",
                units(UnitKind.TIMELINE_ENTRY).get(3).sentences().get(0).text());
    }

    @Test
    void runTogetherCitationDigitsBecameMarkers() {
        Unit summary = CORPUS.units().stream()
                .filter(u -> u.text().contains("stored-value facilities."))
                .findFirst()
                .orElseThrow();
        Sentence s = summary.sentences().stream()
                .filter(x -> x.text().endsWith("stored-value facilities."))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(1, 2, 3), s.citations());
        Unit aisc = CORPUS.units().stream()
                .filter(u -> u.text().contains("public bodies use the compute."))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(1, 2),
                aisc.sentences().stream()
                        .filter(x -> x.text().endsWith("use the compute."))
                        .findFirst()
                        .orElseThrow()
                        .citations());
    }

    @Test
    void briefingSourcesKeepTheTitlesTheSeedGives() {
        Document briefing = CORPUS.documentsById().get("hk-ai-briefing");
        assertEquals(17, briefing.sources().size());
        assertEquals(
                "Artificial Intelligence Subsidy Scheme opens for application",
                briefing.source(3).title());
        assertEquals("HKSAR Government", briefing.source(3).publisher());
        assertEquals(
                "LCQ20: Development of artificial intelligence",
                briefing.source(12).title());
        assertEquals("Source 4", briefing.source(4).displayTitle());
    }

    @Test
    void noPageChromeOrDigitsLeftOver() {
        for (Unit u : CORPUS.units()) {
            String text = u.text();
            assertFalse(text.contains("Share, follow"), u.id());
            assertFalse(text.contains("We’ll send you"), u.id());
            assertFalse(text.contains("Prefer feeds"), u.id());
            assertFalse(text.matches(".*[a-z]\\.\\d+( .*|$)"), u.id() + ": " + text);
        }
        assertTrue(CORPUS.units().size() > 100);
    }
}
