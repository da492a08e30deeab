package io.quickcite.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reading a misspelt word as the site's own: edit distances, and what the sample site's words correct. */
class SpellingTest {

    private static final Spelling SAMPLE = new Spelling(IndexLoader.load(SpellingTest.class.getClassLoader()));

    @Test
    void distancesCountAnAdjacentSwapAsOneEdit() {
        assertEquals(1, Spelling.distance("sceme", "scheme", 2));
        assertEquals(1, Spelling.distance("sandbx", "sandbox", 2));
        assertEquals(1, Spelling.distance("suport", "support", 2));
        assertEquals(1, Spelling.distance("teh", "the", 2));
        assertEquals(3, Spelling.distance("marathon", "mandate", 2), "over the limit reads as limit + 1");
    }

    @Test
    void aWordTheSiteLacksBecomesItsNearestWordKeepingItsCase() {
        assertEquals(
                new Spelling.Correction("When did the AI Subsidy Scheme open?", true),
                SAMPLE.correct("When did the AI Subsidy Sceme open?"));
        assertEquals(new Spelling.Correction("hkma sandbox", true), SAMPLE.correct("hkma sandbx"));
        assertNull(SAMPLE.correct("When did the AI Subsidy Scheme open?"), "every word is the site's");
        assertNull(SAMPLE.correct("When does the Hong Kong marathon start?"), "no site word is near 'marathon'");
        assertNull(
                SAMPLE.correct("Which bodies regulates the sandboxing?"),
                "other forms of the site's words are no typos");
    }
}
