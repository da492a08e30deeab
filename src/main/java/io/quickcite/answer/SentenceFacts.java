package io.quickcite.answer;

import io.quickcite.index.Facts;
import java.util.List;

/**
 * What each sentence of the site offers — its facts, its length, whether it leans on the one before — as the indexer
 * found them ({@link Facts}), and the words of each unit's label.
 */
final class SentenceFacts {

    private final SiteIndex index;
    private final String[][] labelWords;

    SentenceFacts(SiteIndex index) {
        this.index = index;
        List<io.quickcite.content.Unit> units = index.corpus().units();
        labelWords = new String[units.size()][];
        for (int ord = 0; ord < units.size(); ord++) {
            labelWords[ord] = Facts.labelWords(units.get(ord).label() + ": ");
        }
    }

    /** The facts (dates, amounts, names…) sentence {@code s} of unit {@code ord} offers. */
    Facts of(int ord, int s) {
        return index.facts(ord, s);
    }

    /** True when sentence {@code s} of unit {@code ord} offers the kind of fact {@code terms} asks for. */
    boolean offers(int ord, int s, QuestionTerms terms) {
        return terms.type().offeredBy(index.facts(ord, s), terms.text(), terms.aboutMoney(), terms.aboutDuration());
    }

    /** The words of unit {@code ord}'s label. */
    String[] labelWords(int ord) {
        return labelWords[ord];
    }

    /** True when sentence {@code s} of unit {@code ord} opens with a word pointing back ("It", "These") to the one before. */
    boolean continues(int ord, int s) {
        return s > 0 && index.facts(ord, s).pointsBack();
    }

    /** Length in words of the given sentences of unit {@code ord}. */
    int words(int ord, List<Integer> sentences) {
        int n = 0;
        for (int s : sentences) {
            n += index.facts(ord, s).words();
        }
        return n;
    }

    /** Length in words of sentence {@code s} of unit {@code ord}. */
    int words(int ord, int s) {
        return index.facts(ord, s).words();
    }
}
