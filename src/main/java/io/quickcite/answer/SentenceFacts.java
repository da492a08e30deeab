package io.quickcite.answer;

import io.quickcite.content.Unit;

import java.util.List;
import java.util.regex.Pattern;

/** What each sentence of the site offers, found once at start: its facts, its length, whether it leans on the one before. */
final class SentenceFacts {

    /** A sentence opening with one of these words leans on the sentence before it. */
    private static final Pattern POINTS_BACK = Pattern.compile("(It|Its|This|That|These|Those|They|Their|Such|He|She|His|Her)\\b");

    private final QuestionType.Facts[][] facts;
    private final String[][] labelWords;
    private final boolean[][] continues;
    private final int[][] wordCounts;

    SentenceFacts(List<Unit> units) {
        facts = new QuestionType.Facts[units.size()][];
        labelWords = new String[units.size()][];
        wordCounts = new int[units.size()][];
        continues = new boolean[units.size()][];
        for (int ord = 0; ord < units.size(); ord++) {
            Unit u = units.get(ord);
            facts[ord] = u.sentences().stream().map(s -> QuestionType.facts(s.text())).toArray(QuestionType.Facts[]::new);
            labelWords[ord] = QuestionType.labelWords(u.label() + ": ");
            wordCounts[ord] = u.sentences().stream().mapToInt(s -> s.text().split("\\s+").length).toArray();
            continues[ord] = new boolean[u.sentences().size()];
            for (int s = 1; s < continues[ord].length; s++) {
                continues[ord][s] = POINTS_BACK.matcher(u.sentences().get(s).text()).lookingAt();
            }
        }
    }

    /** The facts (dates, amounts, names…) sentence {@code s} of unit {@code ord} offers. */
    QuestionType.Facts of(int ord, int s) {
        return facts[ord][s];
    }

    /** True when sentence {@code s} of unit {@code ord} offers the kind of fact {@code terms} asks for. */
    boolean offers(int ord, int s, QuestionTerms terms) {
        return terms.type().offeredBy(facts[ord][s], terms.text(), terms.aboutMoney(), terms.aboutDuration());
    }

    /** The words of unit {@code ord}'s label. */
    String[] labelWords(int ord) {
        return labelWords[ord];
    }

    /** True when sentence {@code s} of unit {@code ord} opens with a word pointing back ("It", "These"). */
    boolean continues(int ord, int s) {
        return continues[ord][s];
    }

    /** Length in words of the given sentences of unit {@code ord}. */
    int words(int ord, List<Integer> sentences) {
        int n = 0;
        for (int s : sentences) {
            n += wordCounts[ord][s];
        }
        return n;
    }

    /** Length in words of sentence {@code s} of unit {@code ord}. */
    int words(int ord, int s) {
        return wordCounts[ord][s];
    }
}
