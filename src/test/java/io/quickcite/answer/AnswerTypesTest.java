package io.quickcite.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the engine answers, per kind of question, on the sample site: exact text and citation numbers; and the hard
 * negatives it must not answer although they share words with the content.
 */
@MicronautTest
class AnswerTypesTest {

    @Inject
    AnswerEngine engine;

    private Answer answer(String question) {
        return engine.answer(question).answer().orElseThrow(() -> new AssertionError("no answer to: " + question));
    }

    private void assertAnswer(String question, String id, String text, List<Integer> citations) {
        Answer a = answer(question);
        assertEquals(text, a.text());
        assertEquals(id, a.id());
        assertEquals(citations, a.citations().stream().map(Answer.Citation::n).toList());
    }

    @Test
    void whenPicksTheDatedTimelineEntryFromAParaphraseAndTheLongForm() {
        assertAnswer(
                "When did Cyberport's AI Supercomputing Centre begin operations?",
                "hk-ai-briefing:policy-and-execution-milestones:4",
                "December 9, 2024 — AISC moves from plan to operating asset. Cyberport said the first phase of AISC had commenced operations "
                        + "at 1,300 PFLOPS, with a path toward 3,000 PFLOPS the following year.",
                List.of(17));
    }

    @Test
    void whenPicksTheSentenceWithTheDate() {
        assertAnswer(
                "When was the Ethical AI Framework published?",
                "hk-ai-legal-overview:toolkits-and-frameworks:1",
                "The Ethical Artificial Intelligence Framework was published in June 2023 and subsequently updated on several occasions, "
                        + "most recently in December 2025, by the Digital Policy Office.",
                List.of());
    }

    @Test
    void howMuchMoneyPicksTheCurrencyAmount() {
        assertAnswer(
                "how much did the budget reserve for AI in government departments",
                "hk-ai-briefing:hong-kong-is-pairing-governance-with-actual-departmental-use:5",
                "The February 2026 Budget deepened the point by reserving HK$100 million for AI use in government departments.",
                List.of());
    }

    @Test
    void whatShareExpectsAPercentage() {
        assertAnswer(
                "What share of the list price does AISS cover?",
                "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3",
                "Platform: AISS; What it is: The public subsidy scheme for eligible users of AISC, officially opened on October 7, 2024, "
                        + "with general subsidy support up to 70% of list price.",
                List.of(3));
    }

    @Test
    void howManyPicksTheNumberAndItsCitation() {
        Answer a = answer("How many PFLOPS did the AISC start with?");
        assertTrue(a.text().contains("1,300 PFLOPS"), a.text());
        assertEquals(List.of(17), a.citations().stream().map(Answer.Citation::n).toList());
    }

    @Test
    void whoPicksASentenceNamingSomeoneNotInTheQuestion() {
        assertAnswer(
                "Who runs the GenAI sandbox with the HKMA?",
                "hkma-genai-sandbox:executive-summary:1",
                "The HKMA and Cyberport first launched the GenA.I. Sandbox in August 2024, selected an inaugural cohort in December 2024, and then "
                        + "expanded the concept again in March 2026 into a cross-regulator GenA.I. Sandbox++ spanning banking, securities, insurance, "
                        + "provident funds, and stored-value facilities.",
                List.of(1, 2, 3));
    }

    @Test
    void whatIsPicksThePassageLabelledWithTheSubject() {
        assertAnswer(
                "What is the compute layer?",
                "hk-ai-regulatory-essay:the-triad-of-ai-integration:2",
                "The Compute Layer (Infrastructure): This includes the physical hardware, specifically the Cyberport AI Supercomputing Centre.",
                List.of());
    }

    @Test
    void aNameOfSeveralWordsMustStandTogetherInThePassage() {
        assertAnswer(
                "When was the Innovation and Technology Development Blueprint published?",
                "hk-ai-briefing:policy-and-execution-milestones:1",
                "December 22, 2022 — AI is locked into Hong Kong’s long-horizon development blueprint. The Innovation and Technology Development "
                        + "Blueprint positioned AI inside a broader modernization agenda covering industry, research, talent, and services.",
                List.of(1));
    }

    @Test
    void anAcronymMatchesALongFormWrittenWithAShorterPart() {
        assertAnswer(
                "How much funding is Hong Kong committing to AIRDI?",
                "hk-ai-legal-overview:innovation-and-adoption:1",
                "In February 2025, the Hong Kong government announced the establishment of the Hong Kong AI Research and Development Institute, "
                        + "committing HK$1 billion (approximately US$128 million) to drive research, development, and adoption of AI technologies.",
                List.of());
    }

    @Test
    void fillerIdiomsDoNotWeighOnTheQuestion() {
        Answer a = answer("How many AISS applications have been approved so far?");
        assertTrue(a.text().contains("around 30 AISS applications had been approved"), a.text());
    }

    @Test
    void whatDoesItConsistOfReadsAsADefinition() {
        assertAnswer(
                "What does the Governance Layer consist of?",
                "hk-ai-regulatory-essay:the-triad-of-ai-integration:4",
                "The Governance Layer (Guardrails): This is the regulatory framework—currently a patchwork of \"ethical guidelines\" rather than "
                        + "binding law—that dictates how AI can be deployed in public and private sectors.",
                List.of());
    }

    @Test
    void anAcronymFindsASentenceThatSpellsItOut() {
        Answer a = answer("what does AISC stand for");
        assertTrue(a.text().contains("Artificial Intelligence Supercomputing Centre (AISC)"), a.text());
    }

    @Test
    void highlightsMarkTheQuestionsWordsAndTheirSynonyms() {
        Answer a = answer("When was the Ethical AI Framework published?");
        assertEquals(List.of(List.of(4, 45), List.of(50, 59)), a.highlights());
        assertEquals("Ethical Artificial Intelligence Framework", a.text().substring(4, 45));
    }

    @Test
    void theTraceSaysHowTheQuestionWasReadAndWhyEachCandidateMayAnswer() {
        List<String> trace = new java.util.ArrayList<>();
        engine.answer("When was the Ethical AI Framework published?", trace);
        assertEquals("type WHEN: ethic 0.37 (name), ai 0.00 (name), framework 0.33 (name), publish 0.31", trace.get(0));
        assertTrue(
                trace.get(1)
                        .matches(
                                "hk-ai-legal-overview:toolkits-and-frameworks:1 +coverage 1\\.00 rank \\d\\.\\d\\d may answer sentences \\[0]"),
                trace.get(1));
        assertTrue(trace.stream().skip(1).anyMatch(l -> l.contains("may not")), String.join("\n", trace));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "When does the Hong Kong marathon start?",
                "How many PFLOPS does Japan's ABCI have?",
                "How much computing power does Singapore have?",
                "How many GPUs are in the Cyberport supercomputing centre?",
                "Who heads the Hong Kong Generative AI Research and Development Center?",
                "Who will be the director of AIRDI?",
                "When will the third cohort of the GenAI sandbox be announced?",
                "When did Singapore launch Pair for its civil servants?",
                "how many civil servants use hkpilot",
                "How much does an NVIDIA H100 cost in Hong Kong?",
                "Who is the chief executive of the HKMA?",
                "What is the capital of Singapore's AI fund?",
                "How many people live in Hong Kong?",
                "How much did Cyberport pay for the AISC hardware?",
            })
    void hardNegativesAbstain(String question) {
        Outcome o = engine.answer(question);
        assertTrue(
                o.answer().isEmpty(),
                () -> question + " was answered: " + o.answer().get().text());
    }
}
