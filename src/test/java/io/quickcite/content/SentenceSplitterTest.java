package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries and citation markers on real sentences of the sample content. */
class SentenceSplitterTest {

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void markersAfterTheFullStopBelongToThatSentence() {
        assertEquals(
                List.of(
                        new Sentence("It highlighted 5,000 PFLOPS.", List.of(1, 8)),
                        new Sentence("AISS opened.", List.of(3))),
                SentenceSplitter.split("It highlighted 5,000 PFLOPS.[1][8] AISS opened.[3]"));
    }

    @Test
    void abbreviationsWithInnerFullStopsDoNotEndASentence() {
        assertEquals(
                List.of("The HKMA and Cyberport launched the GenA.I. Sandbox and publicly framed early applications."),
                texts("The HKMA and Cyberport launched the GenA.I. Sandbox and publicly framed early applications."));
    }

    @Test
    void decimalsAndAmountsStayWhole() {
        assertEquals(
                List.of("committing HK$1 billion (approximately US$128 million) to drive research.", "Next."),
                texts("committing HK$1 billion (approximately US$128 million) to drive research. Next."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(
                List.of("The act is a “High-Tech Development and Safety Act.”", "This act should not restrict AI."),
                texts("The act is a “High-Tech Development and Safety Act.” This act should not restrict AI."));
    }

    @Test
    void lowerCaseAfterAFullStopIsNotABoundary() {
        assertEquals(List.of("See approx. ten cases."), texts("See approx. ten cases."));
    }
}
