package io.quickcite.answer;

import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import io.quickcite.index.IndexFormat;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a question from the site index: a curated entry whose question matches wins; otherwise the best
 * sentence(s) of the best passage, but only when they (with their section context) cover enough of the
 * question's informative weight. Otherwise it abstains and offers questions it can answer.
 */
@Singleton
public final class AnswerEngine {

    /** Share of the visitor's question weight a curated question must cover. */
    static final double CURATED_RECALL = 0.75;
    /** Share of the curated question's weight the visitor's question must cover. */
    static final double CURATED_PRECISION = 0.4;
    /** Share of the question weight an extract and its context must cover to be given as an answer. */
    static final double MIN_COVERAGE = 0.6;
    static final int MAX_WORDS = 60;
    private static final int CANDIDATES = 30;
    private static final int RELATED = 3;

    private final SiteIndex index;
    private final Analyzer analyzer = IndexFormat.analyzer();
    private final AnswerBuilder builder;
    private final Map<Integer, List<WeightedTerms>> curatedWeights;

    public AnswerEngine(SiteIndex index) {
        this.index = index;
        this.builder = new AnswerBuilder(index, analyzer);
        this.curatedWeights = curatedWeights(index);
    }

    /** The answer to {@code question} (already validated: non-blank, bounded), or an abstention with related questions. */
    public Outcome answer(String question) {
        QuestionTerms terms = QuestionTerms.of(question, analyzer, index.searcher().getIndexReader());
        if (terms.isEmpty()) {
            return new Outcome(Optional.empty(), defaultRelated(List.of(), -1));
        }
        QuestionType type = QuestionType.of(question);
        ScoreDoc[] hits = search(terms);

        Choice best = null;
        for (ScoreDoc hit : hits) {
            Choice c = index.unit(hit.doc).kind().curated() ? curated(hit.doc, terms) : null;
            if (c == null) {
                c = extract(hit.doc, terms, type);
            }
            if (c != null && (best == null || c.score > best.score)) {
                best = c;
            }
        }
        List<Integer> curatedHits = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            if (index.unit(hit.doc).kind().curated()) {
                curatedHits.add(hit.doc);
            }
        }
        if (best == null || best.coverage < MIN_COVERAGE) {
            return new Outcome(Optional.empty(), defaultRelated(curatedHits, -1));
        }
        Answer answer = builder.build(best.ord, best.sentences, best.coverage, terms::contains);
        return new Outcome(Optional.of(answer), related(curatedHits, best.ord));
    }

    /** A candidate answer: which sentences of which unit, how much of the question they cover, and a rank score. */
    private record Choice(int ord, List<Integer> sentences, double coverage, double score) {
    }

    private ScoreDoc[] search(QuestionTerms terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String t : terms.terms()) {
            query.add(new TermQuery(new Term(IndexFormat.BODY, t)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(IndexFormat.QUESTION, t)), 1.5f), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(IndexFormat.CONTEXT, t)), 0.3f), BooleanClause.Occur.SHOULD);
        }
        try {
            return index.searcher().search(query.build(), CANDIDATES).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A curated entry whose question matches the visitor's: the whole answer, ranked above any extract. */
    private Choice curated(int ord, QuestionTerms terms) {
        Unit unit = index.unit(ord);
        double bestF = 0;
        double bestRecall = 0;
        for (int q = 0; q < unit.questions().size(); q++) {
            String[] qTerms = index.questionTerms(ord, q);
            double recall = terms.share(terms.matched(qTerms));
            double precision = precision(curatedWeights.get(ord).get(q), terms);
            if (recall >= CURATED_RECALL && precision >= CURATED_PRECISION) {
                double f = 2 * recall * precision / (recall + precision);
                if (f > bestF) {
                    bestF = f;
                    bestRecall = recall;
                }
            }
        }
        if (bestF == 0) {
            return null;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < unit.sentences().size(); i++) {
            all.add(i);
        }
        return new Choice(ord, all, bestRecall, 2 + bestF);
    }

    /** Share of a curated question's own weight (precomputed idf of its unique terms) that the visitor's terms cover. */
    private static double precision(WeightedTerms curated, QuestionTerms terms) {
        double hit = 0;
        for (int i = 0; i < curated.terms().length; i++) {
            if (terms.contains(curated.terms()[i])) {
                hit += curated.weights()[i];
            }
        }
        return curated.total() == 0 ? 0 : hit / curated.total();
    }

    /** A curated question's unique terms and their idf weights, computed once at start. */
    private record WeightedTerms(String[] terms, double[] weights, double total) {
    }

    private static Map<Integer, List<WeightedTerms>> curatedWeights(SiteIndex index) {
        Map<Integer, List<WeightedTerms>> byUnit = new HashMap<>();
        IndexReader reader = index.searcher().getIndexReader();
        int n = reader.numDocs();
        try {
            for (int ord = 0; ord < index.corpus().units().size(); ord++) {
                List<WeightedTerms> questions = new ArrayList<>();
                for (int q = 0; q < index.unit(ord).questions().size(); q++) {
                    String[] unique = new LinkedHashSet<>(List.of(index.questionTerms(ord, q))).toArray(String[]::new);
                    double[] weights = new double[unique.length];
                    double total = 0;
                    for (int i = 0; i < unique.length; i++) {
                        int df = Math.max(reader.docFreq(new Term(IndexFormat.BODY, unique[i])), reader.docFreq(new Term(IndexFormat.QUESTION, unique[i])));
                        weights[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                        total += weights[i];
                    }
                    questions.add(new WeightedTerms(unique, weights, total));
                }
                if (!questions.isEmpty()) {
                    byUnit.put(ord, questions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byUnit);
    }

    /** The best sentence of a unit (with the neighbours it needs), scored by the question weight it and its context cover. */
    private Choice extract(int ord, QuestionTerms terms, QuestionType type) {
        Unit unit = index.unit(ord);
        long context = terms.matched(index.contextTerms(ord));
        for (int q = 0; q < unit.questions().size(); q++) {
            context |= terms.matched(index.questionTerms(ord, q));
        }
        int best = -1;
        double bestScore = 0;
        long[] matched = new long[unit.sentences().size()];
        for (int s = 0; s < matched.length; s++) {
            matched[s] = terms.matched(index.sentenceTerms(ord, s));
            if (matched[s] == 0) {
                continue;
            }
            double score = terms.share(matched[s]) + 0.3 * terms.share(context & ~matched[s])
                + (type.offeredBy(unit.sentences().get(s).text()) ? 0.25 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best < 0) {
            return null;
        }
        List<Integer> chosen = new ArrayList<>(List.of(best));
        if (unit.kind() == UnitKind.TIMELINE_ENTRY) {
            chosen.add(best == 0 ? 1 : 0);
        }
        long covered = context;
        for (int s : chosen) {
            if (s < matched.length) {
                covered |= matched[s];
            }
        }
        for (int neighbour : new int[] {best + 1, best - 1}) {
            if (neighbour < 0 || neighbour >= matched.length || chosen.contains(neighbour) || chosen.size() >= 3) {
                continue;
            }
            boolean addsTerms = (matched[neighbour] & ~covered) != 0;
            boolean tooShort = words(unit, chosen) < 10;
            if ((addsTerms || tooShort) && words(unit, chosen) + words(unit, List.of(neighbour)) <= MAX_WORDS) {
                chosen.add(neighbour);
                covered |= matched[neighbour];
            }
        }
        chosen.removeIf(s -> s >= matched.length);
        chosen.sort(Integer::compare);
        double coverage = terms.share(covered);
        boolean typed = chosen.stream().anyMatch(s -> type.offeredBy(unit.sentences().get(s).text()));
        double score = coverage + 0.5 * terms.share(matched[best]) + (typed ? 0.25 : 0);
        return new Choice(ord, chosen, coverage, score);
    }

    private static int words(Unit unit, List<Integer> sentences) {
        int n = 0;
        for (int s : sentences) {
            if (s < unit.sentences().size()) {
                n += unit.sentences().get(s).text().split("\\s+").length;
            }
        }
        return n;
    }

    private List<Related> related(List<Integer> curatedHits, int exclude) {
        List<Related> related = new ArrayList<>();
        for (int ord : curatedHits) {
            if (ord != exclude && related.size() < RELATED) {
                Unit u = index.unit(ord);
                related.add(new Related(u.questions().get(0), u.id()));
            }
        }
        return related;
    }

    /** Related questions for an abstention: matching curated entries first, then the site's first quick answers and FAQs. */
    private List<Related> defaultRelated(List<Integer> curatedHits, int exclude) {
        List<Related> related = new ArrayList<>(related(curatedHits, exclude));
        List<Unit> units = index.corpus().units();
        for (UnitKind kind : List.of(UnitKind.QUICK_ANSWER, UnitKind.FAQ)) {
            for (Unit u : units) {
                if (related.size() >= RELATED) {
                    return related;
                }
                if (u.kind() == kind && related.stream().noneMatch(r -> r.answerId().equals(u.id()))) {
                    related.add(new Related(u.questions().get(0), u.id()));
                }
            }
        }
        return related;
    }
}
