package io.quickcite.answer;

import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import io.quickcite.index.Analysis;
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
 * sentence(s) of the best passage. An answer is given only on evidence: the sentences with their context cover
 * enough of the question's informative weight, hold its numbers and the thing it counts, come from a passage
 * that names what it names, and offer the kind of fact asked for (a date for "when", an amount for "how much").
 * Otherwise it abstains and offers questions it can answer.
 */
@Singleton
public final class AnswerEngine {

    /** Share of the visitor's question weight a curated question must cover. */
    static final double CURATED_RECALL = 0.75;
    /** Share of the curated question's weight the visitor's question must cover. */
    static final double CURATED_PRECISION = 0.4;
    /** Share of the question weight an extract and its context must cover to be given as an answer. */
    static final double MIN_COVERAGE = 0.4;
    static final int MAX_WORDS = 60;
    /** Rank bonus for a sentence offering the kind of fact the question asks for. */
    private static final double EVIDENCE_BONUS = 0.25;
    /** Rank bonus for a sentence holding all the question's neighbouring word pairs close together. */
    private static final double PROXIMITY_BONUS = 0.15;
    private static final int PROXIMITY_WINDOW = 3;
    /** Rank bonus for the question's words written as such (not through a synonym): exact wording is the stronger evidence. */
    private static final double LITERAL_BONUS = 0.2;
    /** Below this share of new words, chosen sentences only restate the question. */
    private static final double MIN_NOVELTY = 0.5;
    /** A sentence opening with one of these words leans on the sentence before it. */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
        "(It|Its|This|That|These|Those|They|Their|Such|He|She|His|Her)\\b");
    /** How far apart (in words) two words of one name may stand. */
    private static final int NAME_GAP = 3;
    /** Weight of the passage's BM25 score (relative to the top hit) in the rank: how well the whole passage matches. */
    private static final double RETRIEVAL_WEIGHT = 0.5;
    private static final int CANDIDATES = 30;
    private static final int RELATED = 3;

    private final SiteIndex index;
    private final Analyzer analyzer = IndexFormat.analyzer();
    private final AnswerBuilder builder;
    private final Map<Integer, List<WeightedTerms>> curatedWeights;
    /** Per unit and sentence, the facts it offers (dates, amounts, names…), found once at start. */
    private final QuestionType.Facts[][] facts;
    /** Per unit, the words of its label. */
    private final String[][] labelWords;
    /** Per unit and sentence, whether it opens with a word pointing back ("It", "These"), so continues the sentence before. */
    private final boolean[][] continues;
    /** Per unit and sentence, its length in words. */
    private final int[][] wordCounts;

    public AnswerEngine(SiteIndex index) {
        this.index = index;
        this.builder = new AnswerBuilder(index);
        this.curatedWeights = curatedWeights(index, analyzer);
        List<Unit> units = index.corpus().units();
        this.facts = new QuestionType.Facts[units.size()][];
        this.labelWords = new String[units.size()][];
        this.wordCounts = new int[units.size()][];
        this.continues = new boolean[units.size()][];
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

    /** The answer to {@code question} (already validated: non-blank, bounded), or an abstention with related questions. */
    public Outcome answer(String question) {
        return answer(question, null);
    }

    /**
     * {@link #answer(String)}, and when {@code trace} is given, one line per step added to it: how the question was
     * read, then each candidate passage with its coverage, rank and whether it may answer (for operators asking why).
     */
    public Outcome answer(String question, List<String> trace) {
        QuestionTerms terms = QuestionTerms.of(question, analyzer, index);
        if (trace != null) {
            trace.add(terms.describe());
        }
        if (terms.isEmpty()) {
            return new Outcome(Optional.empty(), defaultRelated(List.of(), -1));
        }
        ScoreDoc[] hits = search(terms);
        Choice best = null;
        List<Integer> curatedHits = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            boolean isCurated = index.unit(hit.doc).kind().curated();
            if (isCurated) {
                curatedHits.add(hit.doc);
            }
            Choice c = isCurated ? curated(hit.doc, terms) : null;
            if (c == null) {
                c = extract(hit.doc, terms);
            }
            if (c != null) {
                c = c.withRetrieval(RETRIEVAL_WEIGHT * hit.score / hits[0].score);
            }
            if (trace != null && c != null) {
                trace.add(String.format(java.util.Locale.ROOT, "%-70s coverage %.2f rank %.2f %s sentences %s",
                    index.unit(c.ord).id(), c.coverage, c.score, c.acceptable ? "may answer" : "may not", c.sentences));
            }
            if (c != null && c.acceptable && (best == null || c.score > best.score)) {
                best = c;
            }
        }
        if (best == null) {
            return new Outcome(Optional.empty(), defaultRelated(curatedHits, -1));
        }
        Answer answer = builder.build(best.ord, best.sentences, best.coverage, terms::contains);
        return new Outcome(Optional.of(answer), related(curatedHits, best.ord));
    }

    /** A candidate answer: which sentences of which unit, how much of the question they cover, a rank score, and whether it may be given. */
    private record Choice(int ord, List<Integer> sentences, double coverage, double score, boolean acceptable) {

        /** This choice with the passage's retrieval score (relative to the best hit) added to its rank. */
        Choice withRetrieval(double bonus) {
            return new Choice(ord, sentences, coverage, score + bonus, acceptable);
        }
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
        long bestMatched = 0;
        for (int q = 0; q < unit.questions().size(); q++) {
            long matched = terms.matched(index.questionTerms(ord, q));
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
        long covered = bestMatched | terms.matched(index.contextTerms(ord));
        boolean evidence = false;
        for (int i = 0; i < unit.sentences().size(); i++) {
            all.add(i);
            covered |= terms.matched(index.sentenceTerms(ord, i));
            evidence |= terms.type().offeredBy(facts[ord][i], terms.text());
        }
        return new Choice(ord, all, bestRecall, 2 + bestF, answers(terms, ord, covered, covered, evidence));
    }

    /**
     * True when chosen text covering {@code covered}, from a passage covering {@code passage}, may answer: the
     * question's numbers and counted thing in the text, its names in the passage, and the kind of fact asked for offered.
     */
    private boolean answers(QuestionTerms terms, int ord, long covered, long passage, boolean evidence) {
        return (terms.essential() & ~covered) == 0 && (terms.names() & ~passage) == 0 && (evidence || !terms.type().needsEvidence())
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
    private record WeightedTerms(String[] terms, double[] weights, double total) {
    }

    private static Map<Integer, List<WeightedTerms>> curatedWeights(SiteIndex index, Analyzer analyzer) {
        Map<Integer, List<WeightedTerms>> byUnit = new HashMap<>();
        IndexReader reader = index.searcher().getIndexReader();
        int n = reader.numDocs();
        try {
            for (int ord = 0; ord < index.corpus().units().size(); ord++) {
                List<WeightedTerms> questions = new ArrayList<>();
                for (String question : index.unit(ord).questions()) {
                    String[] unique = new LinkedHashSet<>(List.of(Analysis.terms(analyzer, IndexFormat.QUESTION, question))).toArray(String[]::new);
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

    /**
     * The best sentence of a unit (with the neighbours it needs), scored by the question weight it and its context
     * cover, whether it offers the kind of fact asked for, and how close together it has the question's words.
     */
    private Choice extract(int ord, QuestionTerms terms) {
        Unit unit = index.unit(ord);
        long context = terms.matched(index.contextTerms(ord));
        for (int q = 0; q < unit.questions().size(); q++) {
            context |= terms.matched(index.questionTerms(ord, q));
        }
        QuestionType type = terms.type();
        int count = unit.sentences().size();
        long[] matched = new long[count];
        long[] literal = new long[count];
        boolean[] evidence = new boolean[count];
        long passage = context;
        for (int s = 0; s < count; s++) {
            matched[s] = terms.matched(index.sentenceTerms(ord, s));
            passage |= matched[s];
        }
        // a name the paragraph is about is context for each of its sentences
        context |= passage & terms.names();
        long[] own = matched.clone();
        for (int s = 1; s < count; s++) {
            if (continues[ord][s]) {
                own[s] |= matched[s - 1];
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int s = 0; s < count; s++) {
            if (own[s] == 0 && (context == 0 || s > 0)) {
                continue;
            }
            evidence[s] = type.offeredBy(facts[ord][s], terms.text())
                || s == 0 && type == QuestionType.DEFINITION && QuestionType.anyIn(labelWords[ord], terms.text());
            literal[s] = terms.matched(index.literalTerms(ord, s));
            double score = terms.share(own[s]) + LITERAL_BONUS * terms.share(literal[s]) + 0.3 * terms.share(context & ~own[s])
                + (evidence[s] ? EVIDENCE_BONUS * type.strength(facts[ord][s], terms.text()) : 0)
                + PROXIMITY_BONUS * proximity(terms, matched[s], index.sentenceTerms(ord, s), index.sentencePositions(ord, s));
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best < 0) {
            return null;
        }
        List<Integer> chosen = new ArrayList<>(List.of(best));
        if (unit.kind() == UnitKind.TIMELINE_ENTRY && best != 0) {
            chosen.add(0);
            evidence[0] = type.offeredBy(facts[ord][0], terms.text());
        }
        long covered = context;
        for (int s : chosen) {
            covered |= own[s];
        }
        if (continues[ord][best] && !chosen.contains(best - 1) && words(ord, chosen) + wordCounts[ord][best - 1] <= MAX_WORDS) {
            chosen.add(best - 1);
        }
        for (int neighbour : new int[] {best + 1, best - 1}) {
            if (neighbour < 0 || neighbour >= count || chosen.contains(neighbour) || chosen.size() >= 3) {
                continue;
            }
            boolean addsTerms = (matched[neighbour] & ~covered) != 0;
            boolean tooShort = words(ord, chosen) < 10;
            boolean addsFact = (type.needsEvidence() || type == QuestionType.WHO) && chosen.stream().noneMatch(s -> evidence[s])
                && type.offeredBy(facts[ord][neighbour], terms.text());
            if ((addsTerms || tooShort || addsFact) && words(ord, chosen) + wordCounts[ord][neighbour] <= MAX_WORDS) {
                chosen.add(neighbour);
                evidence[neighbour] = addsFact || type.offeredBy(facts[ord][neighbour], terms.text());
                covered |= matched[neighbour];
            }
        }
        chosen.sort(Integer::compare);
        int last = chosen.get(chosen.size() - 1);
        if (last + 1 < count && chosen.size() < 3 && novelty(ord, chosen, terms) < MIN_NOVELTY
            && words(ord, chosen) + wordCounts[ord][last + 1] <= MAX_WORDS) {
            // the chosen sentences only restate the question: what follows them is the answer
            chosen.add(last + 1);
            evidence[last + 1] = type.offeredBy(facts[ord][last + 1], terms.text());
        }
        boolean typed = chosen.stream().anyMatch(s -> evidence[s]);
        if (typed) {
            covered |= terms.typeWords();
        }
        double coverage = terms.share(covered);
        double score = coverage + 0.5 * terms.share(own[best]) + LITERAL_BONUS * terms.share(literal[best]) + (typed ? EVIDENCE_BONUS : 0)
            + (type == QuestionType.WHEN && unit.kind() == UnitKind.TIMELINE_ENTRY ? EVIDENCE_BONUS : 0)
            + PROXIMITY_BONUS * proximity(terms, matched[best], index.sentenceTerms(ord, best), index.sentencePositions(ord, best));
        passage |= covered;
        boolean acceptable = coverage >= MIN_COVERAGE && answers(terms, ord, covered, passage, typed);
        return new Choice(ord, chosen, coverage, score, acceptable);
    }

    /** Share of the chosen sentences' own words (as written) that the question (with synonyms) does not already hold. */
    private double novelty(int ord, List<Integer> chosen, QuestionTerms terms) {
        int all = 0;
        int fresh = 0;
        for (int s : chosen) {
            for (String t : index.literalTerms(ord, s)) {
                all++;
                if (!terms.expanded().contains(t)) {
                    fresh++;
                }
            }
        }
        return all == 0 ? 0 : (double) fresh / all;
    }

    /** Share of the question's neighbouring word pairs that stand close together (within a few words) in the sentence. */
    static double proximity(QuestionTerms terms, long matched, String[] sentence, int[] positions) {
        if (terms.size() < 2 || Long.bitCount(matched) < 2) {
            return 0;
        }
        int pairs = terms.size() - 1;
        int close = 0;
        for (int i = 0; i < pairs; i++) {
            if ((matched >>> i & 3L) != 3L) {
                continue;
            }
            String a = terms.terms()[i];
            String b = terms.terms()[i + 1];
            int lastA = -100;
            int lastB = -100;
            for (int p = 0; p < sentence.length; p++) {
                if (sentence[p].equals(a)) {
                    lastA = positions[p];
                } else if (sentence[p].equals(b)) {
                    lastB = positions[p];
                } else {
                    continue;
                }
                if (Math.abs(lastA - lastB) <= PROXIMITY_WINDOW) {
                    close++;
                    break;
                }
            }
        }
        return (double) close / pairs;
    }

    private int words(int ord, List<Integer> sentences) {
        int n = 0;
        for (int s : sentences) {
            n += wordCounts[ord][s];
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
