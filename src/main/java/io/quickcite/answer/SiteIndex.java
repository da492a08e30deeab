package io.quickcite.answer;

import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Unit;
import io.quickcite.index.CorpusCodec;
import io.quickcite.index.IndexFormat;
import io.quickcite.index.IndexManifest;
import io.quickcite.index.Synonyms;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The loaded, immutable index of a site: corpus, analysed terms, Lucene searcher and manifest. Shared by all requests. */
public final class SiteIndex {

    private final IndexManifest manifest;
    private final Corpus corpus;
    private final CorpusCodec.Stored stored;
    private final IndexSearcher searcher;
    private final Map<String, Document> documents;
    private final Map<String, Integer> unitOrdinals = new HashMap<>();
    private final Map<String, Integer> docFreqs;
    private final Map<String, Set<String>> fieldTerms = new HashMap<>();
    /** Every stored term's number, and per unit the sorted term numbers of its sentences, literal sentences, context and questions. */
    private final Map<String, Integer> termIds = new HashMap<>();
    private final int[][][] sentenceIds;
    private final int[][][] literalIds;
    private final int[][] contextIds;
    private final int[][][] questionIds;

    SiteIndex(IndexManifest manifest, CorpusCodec.Stored stored, DirectoryReader reader) {
        this.manifest = manifest;
        this.stored = stored;
        this.corpus = stored.corpus();
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.docFreqs = docFreqs(reader);
        int count = stored.corpus().units().size();
        sentenceIds = new int[count][][];
        literalIds = new int[count][][];
        contextIds = new int[count][];
        questionIds = new int[count][][];
        for (int u = 0; u < count; u++) {
            sentenceIds[u] = stored.sentenceTerms().get(u).stream().map(this::ids).toArray(int[][]::new);
            literalIds[u] = stored.literalTerms().get(u).stream().map(this::ids).toArray(int[][]::new);
            contextIds[u] = ids(stored.contextTerms().get(u));
            questionIds[u] = stored.questionTerms().get(u).stream().map(this::ids).toArray(int[][]::new);
        }
        this.documents = Map.copyOf(corpus.documentsById());
        List<Unit> units = corpus.units();
        for (int i = 0; i < units.size(); i++) {
            unitOrdinals.put(units.get(i).id(), i);
        }
        if (reader.maxDoc() != units.size()) {
            throw new IllegalStateException("index holds " + reader.maxDoc() + " Lucene documents for " + units.size() + " units");
        }
    }

    /** The manifest packed with the index. */
    public IndexManifest manifest() {
        return manifest;
    }

    /** All documents and units. */
    public Corpus corpus() {
        return corpus;
    }

    /** The unit at ordinal {@code ord} (its Lucene doc id). */
    public Unit unit(int ord) {
        return corpus.units().get(ord);
    }

    /** The ordinal of the unit with this id, or -1. */
    public int ordinal(String unitId) {
        return unitOrdinals.getOrDefault(unitId, -1);
    }

    /** The document with this id. */
    public Document document(String id) {
        return documents.get(id);
    }

    /** Analysed terms of sentence {@code s} of unit {@code ord}. */
    public String[] sentenceTerms(int ord, int s) {
        return stored.sentenceTerms().get(ord).get(s);
    }

    /** Word position of each of {@link #sentenceTerms}' terms (a synonym shares the position of the word it was added at). */
    public int[] sentencePositions(int ord, int s) {
        return stored.sentencePositions().get(ord).get(s);
    }

    /** Character range in the sentence's text of each of {@link #sentenceTerms}' terms: start and end, in pairs. */
    public int[] sentenceSpans(int ord, int s) {
        return stored.sentenceSpans().get(ord).get(s);
    }

    /** Analysed terms of sentence {@code s} of unit {@code ord} as written, without synonyms. */
    public String[] literalTerms(int ord, int s) {
        return stored.literalTerms().get(ord).get(s);
    }

    /** Analysed terms of question {@code q} of unit {@code ord}. */
    public String[] questionTerms(int ord, int q) {
        return stored.questionTerms().get(ord).get(q);
    }

    /** Analysed terms of the unit's context (document title, section, label). */
    public String[] contextTerms(int ord) {
        return stored.contextTerms().get(ord);
    }

    /** The site's synonym rules (mined acronyms and the operator's file). */
    public Synonyms synonyms() {
        return stored.synonyms();
    }

    /** Terms the content writes as names (capitalised mid-sentence). */
    public Set<String> properTerms() {
        return stored.properTerms();
    }

    /**
     * In how many units a term occurs, in the body, a curated question or the context, whichever is most: read once at
     * start from the index's term dictionaries, so a question's weights cost no index lookups.
     */
    public int docFreq(String term) {
        return docFreqs.getOrDefault(term, 0);
    }

    /** True when some unit holds {@code term} in {@code field}: a query clause for it can only match then. */
    public boolean holds(String field, String term) {
        Set<String> terms = fieldTerms.get(field);
        return terms != null && terms.contains(term);
    }

    private Map<String, Integer> docFreqs(DirectoryReader reader) {
        Map<String, Integer> docFreqs = new HashMap<>();
        try {
            for (String field : List.of(IndexFormat.BODY, IndexFormat.QUESTION, IndexFormat.CONTEXT)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum it = terms.iterator();
                    Set<String> inField = fieldTerms.computeIfAbsent(field, f -> new java.util.HashSet<>());
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        String text = term.utf8ToString();
                        docFreqs.merge(text, it.docFreq(), Math::max);
                        inField.add(text);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docFreqs;
    }

    /** The sorted, unique numbers of {@code terms}, numbering new terms as they come. */
    private int[] ids(String[] terms) {
        return java.util.Arrays.stream(terms).mapToInt(t -> termIds.computeIfAbsent(t, k -> termIds.size())).distinct().sorted().toArray();
    }

    /** The number of a stored term, or -1 when no passage holds it. */
    public int termId(String term) {
        return termIds.getOrDefault(term, -1);
    }

    /** Sorted term numbers of sentence {@code s} of unit {@code ord} (synonyms included). */
    public int[] sentenceIds(int ord, int s) {
        return sentenceIds[ord][s];
    }

    /** Sorted term numbers of sentence {@code s} of unit {@code ord} as written. */
    public int[] literalIds(int ord, int s) {
        return literalIds[ord][s];
    }

    /** Sorted term numbers of the unit's context. */
    public int[] contextIds(int ord) {
        return contextIds[ord];
    }

    /** Sorted term numbers of question {@code q} of unit {@code ord}. */
    public int[] questionIds(int ord, int q) {
        return questionIds[ord][q];
    }

    /** The Lucene searcher over the units (doc id = unit ordinal). */
    public IndexSearcher searcher() {
        return searcher;
    }
}
