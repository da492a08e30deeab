package io.quickcite.answer;

import io.quickcite.content.Unit;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * What each sentence of the site offers: its facts, its length, whether it leans on the one before. Read per unit
 * the first time the unit is a candidate, not at start: the fact patterns cost a few hundred microseconds a sentence
 * in a C1-only JVM, seconds at start for a site of tens of thousands of sentences, of which a question reads at most
 * its candidates'.
 */
final class SentenceFacts {

    /** A sentence opening with one of these words leans on the sentence before it. */
    private static final Pattern POINTS_BACK = Pattern.compile("(It|Its|This|That|These|Those|They|Their|Such|He|She|His|Her)\\b");

    /** What the sentences of one unit offer; immutable, so a unit read twice by two requests at once is harmless. */
    private record UnitFacts(QuestionType.Facts[] facts, String[] labelWords, boolean[] continues, int[] wordCounts) {
    }

    private final List<Unit> units;
    private final AtomicReferenceArray<UnitFacts> read;

    SentenceFacts(List<Unit> units) {
        this.units = units;
        this.read = new AtomicReferenceArray<>(units.size());
    }

    private UnitFacts unit(int ord) {
        UnitFacts f = read.get(ord);
        if (f == null) {
            f = read(units.get(ord));
            read.set(ord, f);
        }
        return f;
    }

    private static UnitFacts read(Unit u) {
        QuestionType.Facts[] facts = u.sentences().stream().map(s -> QuestionType.facts(s.text())).toArray(QuestionType.Facts[]::new);
        int[] wordCounts = u.sentences().stream().mapToInt(s -> s.text().split("\\s+").length).toArray();
        boolean[] continues = new boolean[u.sentences().size()];
        for (int s = 1; s < continues.length; s++) {
            continues[s] = POINTS_BACK.matcher(u.sentences().get(s).text()).lookingAt();
        }
        return new UnitFacts(facts, QuestionType.labelWords(u.label() + ": "), continues, wordCounts);
    }

    /** The facts (dates, amounts, names…) sentence {@code s} of unit {@code ord} offers. */
    QuestionType.Facts of(int ord, int s) {
        return unit(ord).facts()[s];
    }

    /** True when sentence {@code s} of unit {@code ord} offers the kind of fact {@code terms} asks for. */
    boolean offers(int ord, int s, QuestionTerms terms) {
        return terms.type().offeredBy(unit(ord).facts()[s], terms.text(), terms.aboutMoney(), terms.aboutDuration());
    }

    /** The words of unit {@code ord}'s label. */
    String[] labelWords(int ord) {
        return unit(ord).labelWords();
    }

    /** True when sentence {@code s} of unit {@code ord} opens with a word pointing back ("It", "These"). */
    boolean continues(int ord, int s) {
        return unit(ord).continues()[s];
    }

    /** Length in words of the given sentences of unit {@code ord}. */
    int words(int ord, List<Integer> sentences) {
        int[] counts = unit(ord).wordCounts();
        int n = 0;
        for (int s : sentences) {
            n += counts[s];
        }
        return n;
    }

    /** Length in words of sentence {@code s} of unit {@code ord}. */
    int words(int ord, int s) {
        return unit(ord).wordCounts()[s];
    }
}
