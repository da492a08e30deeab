package io.quickcite.answer;

import java.util.List;

/** A candidate answer: which sentences of which unit, how much of the question they cover, a rank score, and whether it may be given. */
record Choice(int ord, List<Integer> sentences, double coverage, double score, boolean acceptable) {

    /** This choice with the passage's retrieval score (relative to the best hit) added to its rank. */
    Choice withRetrieval(double bonus) {
        return new Choice(ord, sentences, coverage, score + bonus, acceptable);
    }
}
