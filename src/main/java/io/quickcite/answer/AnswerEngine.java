package io.quickcite.answer;

import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import io.quickcite.index.IndexFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Answers a question from the site index: a curated entry whose question matches wins; otherwise the best
 * sentence(s) of the best passage. An answer is given only on evidence: the sentences with their context cover
 * enough of the question's informative weight, hold its numbers and the thing it counts, come from a passage
 * that names what it names, and offer the kind of fact asked for (a date for "when", an amount for "how much").
 * Otherwise it abstains and offers questions it can answer.
 */
public final class AnswerEngine {

    /** Weight of the passage's BM25 score (relative to the top hit) in the rank: how well the whole passage matches. */
    private static final double RETRIEVAL_WEIGHT = 0.5;

    private static final int CANDIDATES = 20;
    /** Question words with less than this share of the question's weight get no query clause. */
    private static final double MIN_CLAUSE_SHARE = 0.02;

    private static final int RELATED = 3;

    private final SiteIndex index;
    private final Analyzer analyzer = IndexFormat.analyzer();
    private final AnswerBuilder builder;
    private final CuratedMatcher curated;
    private final ExtractChooser extracts;
    private final SectionFinder sections;
    /**
     * Read only when the engine abstains, so built then (once): its word list walks every sentence, which measured
     * 26 ms of a cold start at the sample's size and grows with the site. SnapStart priming asks an unanswerable
     * question, so on Lambda it is built before the snapshot.
     */
    private volatile Spelling spelling;
    /** Per field and term of the index, its looked-up dictionary entry and statistics (bounded by the index's terms). */
    private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();

    public AnswerEngine(SiteIndex index) {
        this.index = index;
        this.builder = new AnswerBuilder(index);
        SentenceFacts facts = new SentenceFacts(index);
        AnswerRules rules = new AnswerRules(index);
        this.curated = new CuratedMatcher(index, analyzer, facts, rules);
        this.extracts = new ExtractChooser(index, facts, rules);
        this.sections = new SectionFinder(index, builder);
        // read one question now so that the word lists and patterns behind reading questions are loaded at start
        // (and in a SnapStart snapshot), not during the first visitor's request
        QuestionTerms.of("When did it start?", analyzer, index);
    }

    /** The answer to {@code question} (already validated: non-blank, bounded), or an abstention with related questions. */
    public Outcome answer(String question) {
        return answer(question, null);
    }

    /**
     * {@link #answer(String)}, but when the engine abstains and every word of the question the site never uses is one
     * edit from a site word of five letters or more (a plain typo), the question is read again with the site's words
     * ({@link Outcome#corrected()} says so). Keeping two-edit readings whenever they answered raised hits but answered
     * negatives on the fixture sites' dev sets. {@code exact} reads the question only as typed.
     */
    public Outcome answer(String question, boolean exact) {
        Outcome asTyped = answer(question, null);
        if (exact || asTyped.answer().isPresent()) {
            return asTyped;
        }
        Spelling.Correction correction = spelling().correct(question);
        if (correction == null) {
            return asTyped;
        }
        return correction.plainTypos()
                ? answer(correction.question(), null).correctedTo(correction.question())
                : asTyped;
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
        List<Section> closest = sections.sections(hits, terms::contains);
        Choice best = null;
        List<Integer> curatedHits = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            boolean isCurated = index.unit(hit.doc).kind().curated();
            if (isCurated) {
                curatedHits.add(hit.doc);
            }
            Choice c = isCurated ? curated.match(hit.doc, terms) : null;
            if (c == null) {
                c = extracts.choose(hit.doc, terms);
            }
            if (c != null) {
                c = c.withRetrieval(RETRIEVAL_WEIGHT * hit.score / hits[0].score);
            }
            if (trace != null && c != null) {
                trace.add(String.format(
                        java.util.Locale.ROOT,
                        "%-70s coverage %.2f rank %.2f %s sentences %s",
                        index.unit(c.ord()).id(),
                        c.coverage(),
                        c.score(),
                        c.acceptable() ? "may answer" : "may not",
                        c.sentences()));
            }
            if (c != null && c.acceptable() && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        if (best == null) {
            return new Outcome(Optional.empty(), defaultRelated(curatedHits, -1), closest, null);
        }
        Answer answer = builder.build(best.ord(), best.sentences(), best.coverage(), terms::contains, terms.type());
        // the answer's own section is already linked by its document reference
        List<Section> others = closest.stream()
                .filter(sec -> !sec.url().equals(answer.document().sectionUrl()))
                .toList();
        return new Outcome(Optional.of(answer), related(curatedHits, best.ord()), others, null);
    }

    private Spelling spelling() {
        Spelling s = spelling;
        if (s == null) {
            synchronized (this) {
                s = spelling;
                if (s == null) {
                    spelling = s = new Spelling(index);
                }
            }
        }
        return s;
    }

    private ScoreDoc[] search(QuestionTerms terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyInformative = false;
        for (int i = 0; i < terms.size(); i++) {
            anyInformative |= terms.share(1L << i) >= MIN_CLAUSE_SHARE;
        }
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.terms()[i];
            if (anyInformative && terms.share(1L << i) < MIN_CLAUSE_SHARE) {
                continue; // a word nearly every passage holds ("Hong Kong" on this site) cannot change the ranking
            }
            // a clause only for a field that holds the term: each clause costs a dictionary lookup and a scorer
            if (index.holds(IndexFormat.BODY, t)) {
                query.add(termQuery(IndexFormat.BODY, t), BooleanClause.Occur.SHOULD);
            }
            if (index.holds(IndexFormat.QUESTION, t)) {
                query.add(new BoostQuery(termQuery(IndexFormat.QUESTION, t), 1.5f), BooleanClause.Occur.SHOULD);
            }
            if (index.holds(IndexFormat.CONTEXT, t)) {
                query.add(new BoostQuery(termQuery(IndexFormat.CONTEXT, t), 0.3f), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            return index.searcher().search(query.build(), CANDIDATES).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A query for {@code term} in {@code field} with the term's dictionary entry and statistics looked up once and kept:
     * the index never changes, and looking them up per query was most of a search's time and allocation.
     */
    private TermQuery termQuery(String field, String term) {
        Term t = new Term(field, term);
        TermStates states = termStates.computeIfAbsent(t, k -> {
            try {
                return TermStates.build(index.searcher(), k, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new TermQuery(t, states);
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
                if (u.kind() == kind
                        && related.stream().noneMatch(r -> r.answerId().equals(u.id()))) {
                    related.add(new Related(u.questions().get(0), u.id()));
                }
            }
        }
        return related;
    }
}
