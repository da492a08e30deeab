package io.quickcite.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The facts the indexer finds in a sentence, exactly. */
class FactsTest {

    @Test
    void datesMoneySharesNumbersNamesAndSpans() {
        Facts f = Facts.of(
                "On March 3, 2025 the Fund for Growth paid HK$1.2bn to 40% of the three-year projects, with 12 grants.");
        assertArrayEquals(new String[] {"march 3, 2025"}, f.dates());
        assertArrayEquals(new String[] {"hk$1.2bn"}, f.money());
        assertArrayEquals(new String[] {"40%"}, f.shares());
        assertArrayEquals(new String[] {"40%", "12"}, f.numbers());
        assertArrayEquals(new String[] {"on march", "fund for growth", "hk"}, f.names());
        assertArrayEquals(new String[] {"three-year"}, f.durations());
        assertFalse(f.defines());
        assertFalse(f.pointsBack());
        assertEquals(19, f.words());
    }

    @Test
    void definitionsReasonsLabelsAndPointingBack() {
        Facts label = Facts.of("Sandbox scope: the programme is a testing ground because banks need one.");
        assertTrue(label.defines());
        assertTrue(label.explains());
        assertArrayEquals(new String[] {"sandbox", "scope"}, label.labelWords());
        assertTrue(Facts.of("These rules apply from 2026.").pointsBack());
        assertFalse(Facts.of("Thesis work continues.").pointsBack());
    }

    @Test
    void equalFactsAreEqual() {
        assertEquals(Facts.of("It cost $5 million in 2024."), Facts.of("It cost $5 million in 2024."));
    }
}
