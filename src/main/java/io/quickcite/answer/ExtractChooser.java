package io.quickcite.answer;

import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import java.util.ArrayList;
import java.util.List;

/** Chooses the sentences of a passage that answer a question, and says whether they may be given as the answer. */
final class ExtractChooser {

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

    private final SiteIndex index;
    private final SentenceFacts facts;
    private final AnswerRules rules;

    ExtractChooser(SiteIndex index, SentenceFacts facts, AnswerRules rules) {
        this.index = index;
        this.facts = facts;
        this.rules = rules;
    }

    /**
     * The best sentence of a unit (with the neighbours it needs), scored by the question weight it and its context
     * cover, whether it offers the kind of fact asked for, and how close together it has the question's words.
     */
    Choice choose(int ord, QuestionTerms terms) {
        Unit unit = index.unit(ord);
        long context = terms.matched(index.contextIds(ord));
        for (int q = 0; q < unit.questions().size(); q++) {
            context |= terms.matched(index.questionIds(ord, q));
        }
        QuestionType type = terms.type();
        int count = unit.sentences().size();
        long[] matched = new long[count];
        long[] literal = new long[count];
        boolean[] evidence = new boolean[count];
        long passage = context;
        for (int s = 0; s < count; s++) {
            matched[s] = terms.matched(index.sentenceIds(ord, s));
            passage |= matched[s];
        }
        // a name the paragraph is about is context for each of its sentences
        context |= passage & terms.names();
        long[] own = matched.clone();
        for (int s = 1; s < count; s++) {
            if (facts.continues(ord, s)) {
                own[s] |= matched[s - 1];
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int s = 0; s < count; s++) {
            if (own[s] == 0 && (context == 0 || s > 0)) {
                continue;
            }
            evidence[s] = facts.offers(ord, s, terms)
                    || s == 0
                            && type == QuestionType.DEFINITION
                            && QuestionType.anyIn(facts.labelWords(ord), terms.text());
            literal[s] = terms.matched(index.literalIds(ord, s));
            double score = terms.share(own[s])
                    + LITERAL_BONUS * terms.share(literal[s])
                    + 0.3 * terms.share(context & ~own[s])
                    + (evidence[s] ? EVIDENCE_BONUS * type.strength(facts.of(ord, s), terms.text()) : 0)
                    + PROXIMITY_BONUS
                            * proximity(
                                    terms, matched[s], index.sentenceTerms(ord, s), index.sentencePositions(ord, s));
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
            evidence[0] = facts.offers(ord, 0, terms);
        }
        long covered = context;
        for (int s : chosen) {
            covered |= own[s];
        }
        if (facts.continues(ord, best)
                && !chosen.contains(best - 1)
                && facts.words(ord, chosen) + facts.words(ord, best - 1) <= MAX_WORDS) {
            chosen.add(best - 1);
        }
        for (int neighbour : new int[] {best + 1, best - 1}) {
            if (neighbour < 0 || neighbour >= count || chosen.contains(neighbour) || chosen.size() >= 3) {
                continue;
            }
            boolean addsTerms = (matched[neighbour] & ~covered) != 0;
            boolean tooShort = facts.words(ord, chosen) < 10;
            boolean addsFact = (type.needsEvidence() || type == QuestionType.WHO)
                    && chosen.stream().noneMatch(s -> evidence[s])
                    && facts.offers(ord, neighbour, terms);
            if ((addsTerms || tooShort || addsFact)
                    && facts.words(ord, chosen) + facts.words(ord, neighbour) <= MAX_WORDS) {
                chosen.add(neighbour);
                evidence[neighbour] = addsFact || facts.offers(ord, neighbour, terms);
                covered |= matched[neighbour];
            }
        }
        chosen.sort(Integer::compare);
        int last = chosen.get(chosen.size() - 1);
        if (last + 1 < count
                && chosen.size() < 3
                && novelty(ord, chosen, terms) < MIN_NOVELTY
                && facts.words(ord, chosen) + facts.words(ord, last + 1) <= MAX_WORDS) {
            // the chosen sentences only restate the question: what follows them is the answer
            chosen.add(last + 1);
            evidence[last + 1] = facts.offers(ord, last + 1, terms);
        }
        boolean typed = chosen.stream().anyMatch(s -> evidence[s]);
        if (typed) {
            covered |= terms.typeWords();
        }
        double coverage = terms.share(covered);
        double score = coverage
                + 0.5 * terms.share(own[best])
                + LITERAL_BONUS * terms.share(literal[best])
                + (typed ? EVIDENCE_BONUS : 0)
                + (type == QuestionType.WHEN && unit.kind() == UnitKind.TIMELINE_ENTRY ? EVIDENCE_BONUS : 0)
                + PROXIMITY_BONUS
                        * proximity(
                                terms,
                                matched[best],
                                index.sentenceTerms(ord, best),
                                index.sentencePositions(ord, best));
        passage |= covered;
        boolean acceptable = coverage >= MIN_COVERAGE && rules.answers(terms, ord, covered, passage, typed);
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
}
