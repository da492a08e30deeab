package io.quickcite.answer;

import io.quickcite.content.Unit;

/** The evidence an answer needs before it may be given: the question's numbers, focus, names and kind of fact. */
final class AnswerRules {

    /** How far apart (in words) two words of one name may stand. */
    private static final int NAME_GAP = 3;

    private final SiteIndex index;

    AnswerRules(SiteIndex index) {
        this.index = index;
    }

    /**
     * True when chosen text covering {@code covered}, from a passage covering {@code passage}, may answer: the
     * question's numbers and counted thing in the text, its names in the passage, and the kind of fact asked for offered.
     */
    boolean answers(QuestionTerms terms, int ord, long covered, long passage, boolean evidence) {
        return (terms.essential() & ~covered) == 0
                && (terms.names() & ~passage) == 0
                && (evidence || !terms.type().needsEvidence())
                && holdsNamePhrases(ord, terms);
    }

    /** True when each name of several words in the question stands together in a sentence, question or the context of the unit. */
    private boolean holdsNamePhrases(int ord, QuestionTerms terms) {
        Unit unit = index.unit(ord);
        for (String[] phrase : terms.namePhrases()) {
            boolean found = together(index.contextTerms(ord), null, phrase);
            for (int s = 0; !found && s < unit.sentences().size(); s++) {
                found = together(index.sentenceTerms(ord, s), index.sentencePositions(ord, s), phrase);
            }
            for (int q = 0; !found && q < unit.questions().size(); q++) {
                found = together(index.questionTerms(ord, q), null, phrase);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the words of {@code phrase} stand close together in {@code terms}: every word within a few terms of
     * where the first one stands (synonyms stack beside the word they expand, so order is not required).
     */
    static boolean together(String[] terms, int[] positions, String[] phrase) {
        int span = NAME_GAP * phrase.length;
        for (int start = 0; start < terms.length; start++) {
            if (!terms[start].equals(phrase[0])) {
                continue;
            }
            int from = position(positions, start);
            boolean all = true;
            for (int k = 1; k < phrase.length && all; k++) {
                all = false;
                for (int p = 0; p < terms.length; p++) {
                    int distance = position(positions, p) - from;
                    if (distance >= -NAME_GAP && distance <= span && terms[p].equals(phrase[k])) {
                        all = true;
                        break;
                    }
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The word position of term {@code i}: its index when the terms carry no positions. */
    private static int position(int[] positions, int i) {
        return positions == null ? i : positions[i];
    }
}
