package io.quickcite.answer;

import io.quickcite.content.Unit;
import io.quickcite.index.Analysis;
import io.quickcite.index.IndexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/** Matches a visitor's question against the questions of the site's FAQ and quick-answer entries. */
final class CuratedMatcher {

    /** Share of the visitor's question weight a curated question must cover. */
    static final double CURATED_RECALL = 0.75;
    /** Share of the curated question's weight the visitor's question must cover. */
    static final double CURATED_PRECISION = 0.4;

    private final SiteIndex index;
    private final SentenceFacts facts;
    private final AnswerRules rules;
    private final Map<Integer, List<WeightedTerms>> curatedWeights;

    CuratedMatcher(SiteIndex index, Analyzer analyzer, SentenceFacts facts, AnswerRules rules) {
        this.index = index;
        this.facts = facts;
        this.rules = rules;
        this.curatedWeights = curatedWeights(index, analyzer);
    }

    /** A curated entry whose question matches the visitor's: the whole answer, ranked above any extract. */
    Choice match(int ord, QuestionTerms terms) {
        Unit unit = index.unit(ord);
        double bestF = 0;
        double bestRecall = 0;
        long bestMatched = 0;
        for (int q = 0; q < unit.questions().size(); q++) {
            long matched = terms.matched(index.questionIds(ord, q));
            double recall = terms.share(matched);
            double precision = precision(curatedWeights.get(ord).get(q), terms);
            if (recall >= CURATED_RECALL && precision >= CURATED_PRECISION) {
                double f = 2 * recall * precision / (recall + precision);
                if (f > bestF) {
                    bestF = f;
                    bestRecall = recall;
                    bestMatched = matched;
                }
            }
        }
        if (bestF == 0) {
            return null;
        }
        List<Integer> all = new ArrayList<>();
        long covered = bestMatched | terms.matched(index.contextIds(ord));
        boolean evidence = false;
        for (int i = 0; i < unit.sentences().size(); i++) {
            all.add(i);
            covered |= terms.matched(index.sentenceIds(ord, i));
            evidence |= facts.offers(ord, i, terms);
        }
        return new Choice(ord, all, bestRecall, 2 + bestF, rules.answers(terms, ord, covered, covered, evidence));
    }

    /** Share of a curated question's own weight (precomputed idf of its unique terms) that the visitor's words or their synonyms cover. */
    private static double precision(WeightedTerms curated, QuestionTerms terms) {
        double hit = 0;
        for (int i = 0; i < curated.terms().length; i++) {
            if (terms.expanded().contains(curated.terms()[i])) {
                hit += curated.weights()[i];
            }
        }
        return curated.total() == 0 ? 0 : hit / curated.total();
    }

    /** A curated question's unique terms (as written, without synonyms) and their idf weights, computed once at start. */
    private record WeightedTerms(String[] terms, double[] weights, double total) {}

    /** Idf weights from the same table questions are weighed with ({@link SiteIndex#docFreq}), so both sides compare alike. */
    private static Map<Integer, List<WeightedTerms>> curatedWeights(SiteIndex index, Analyzer analyzer) {
        Map<Integer, List<WeightedTerms>> byUnit = new HashMap<>();
        int n = index.searcher().getIndexReader().numDocs();
        for (int ord = 0; ord < index.corpus().units().size(); ord++) {
            List<WeightedTerms> questions = new ArrayList<>();
            for (String question : index.unit(ord).questions()) {
                String[] unique = new LinkedHashSet<>(List.of(Analysis.terms(analyzer, IndexFormat.QUESTION, question)))
                        .toArray(String[]::new);
                double[] weights = new double[unique.length];
                double total = 0;
                for (int i = 0; i < unique.length; i++) {
                    int df = index.docFreq(unique[i]);
                    weights[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    total += weights[i];
                }
                questions.add(new WeightedTerms(unique, weights, total));
            }
            if (!questions.isEmpty()) {
                byUnit.put(ord, questions);
            }
        }
        return Map.copyOf(byUnit);
    }
}
