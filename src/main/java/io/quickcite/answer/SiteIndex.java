package io.quickcite.answer;

import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Unit;
import io.quickcite.index.CorpusCodec;
import io.quickcite.index.IndexFormat;
import io.quickcite.index.IndexManifest;
import io.quickcite.index.Synonyms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

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
    private final Analyzer contentAnalyzer;

    SiteIndex(IndexManifest manifest, CorpusCodec.Stored stored, DirectoryReader reader) {
        this.manifest = manifest;
        this.stored = stored;
        this.corpus = stored.corpus();
        this.contentAnalyzer = IndexFormat.analyzer(stored.synonyms());
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
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

    /** The analyzer content was indexed with (synonyms added); questions use {@link IndexFormat#analyzer()}. */
    public Analyzer contentAnalyzer() {
        return contentAnalyzer;
    }

    /** The Lucene searcher over the units (doc id = unit ordinal). */
    public IndexSearcher searcher() {
        return searcher;
    }
}
