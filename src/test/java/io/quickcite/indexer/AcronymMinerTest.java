package io.quickcite.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms are taken only where the content spells them out and the initials agree. */
class AcronymMinerTest {

    @Test
    void longFormBeforeTheAcronymInParentheses() {
        assertEquals(
                List.of(
                        new AcronymMiner.Acronym("AISC", "Artificial Intelligence Supercomputing Centre"),
                        new AcronymMiner.Acronym("PCPD", "Privacy Commissioner for Personal Data"),
                        new AcronymMiner.Acronym("SLMs", "Small Language Models")),
                AcronymMiner.mine(
                        List.of(
                                "Cyberport's Artificial Intelligence Supercomputing Centre (AISC) opened.",
                                "the Office of the Privacy Commissioner for Personal Data (PCPD) and Small Language Models (SLMs) too.")));
    }

    @Test
    void longFormInParenthesesAfterTheAcronym() {
        assertEquals(
                List.of(new AcronymMiner.Acronym("FSTB", "Financial Services and the Treasury Bureau")),
                AcronymMiner.mine(
                        List.of("The FSTB (Financial Services and the Treasury Bureau) issued a statement.")));
    }

    @Test
    void labelledPassageWhoseTextSpellsTheAcronym() {
        assertEquals(
                List.of(
                        new AcronymMiner.Acronym("AIRDI", "Artificial Intelligence Research and Development Institute"),
                        new AcronymMiner.Acronym("HKGAI", "Hong Kong Generative AI")),
                AcronymMiner.mine(List.of(
                        "AIRDI: The Hong Kong Artificial Intelligence Research and Development Institute, due in 2026.",
                        "HKGAI: The Hong Kong Generative AI Research and Development Center, a research anchor.")));
    }

    @Test
    void namesAndAsidesThatAreNotAcronymsAreIgnored() {
        assertEquals(
                List.of(),
                AcronymMiner.mine(List.of(
                        "Hong Kong Cyberport Management Company Limited (Cyberport) runs it.",
                        "The Governance Layer (Guardrails) is thin.",
                        "A new body (XYZ) was formed.",
                        "Research stack: HKGAI, HKPilot and AIRDI.")));
    }

    @Test
    void wordsWithSeveralCapitalsGiveAllOfThem() {
        assertEquals(
                List.of(new AcronymMiner.Acronym("AISC", "AI supercomputing centre")),
                AcronymMiner.mine(List.of("AISC: Cyberport’s AI supercomputing centre.")));
    }

    @Test
    void aBodysNameGivesItsInitialsWhereTheContentDefinesNone() {
        assertEquals(
                List.of(
                        new AcronymMiner.Acronym("FSTB", "Financial Services and the Treasury Bureau"),
                        new AcronymMiner.Acronym("IA", "Insurance Authority"),
                        new AcronymMiner.Acronym("DPO", "Digital Policy Office")),
                AcronymMiner.mine(
                        List.of(
                                "The FSTB (Financial Services and the Treasury Bureau) spoke.",
                                "The Insurance Authority launched a programme with the Digital Policy Office and the Office of the Privacy Commissioner.")));
    }
}
