package io.quickcite.answer;

import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Unit;
import io.quickcite.index.CorpusCodec;
import io.quickcite.index.Facts;
import io.quickcite.index.IndexManifest;
import io.quickcite.index.Synonyms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/** The loaded, immutable index of a site: corpus, analysed terms, Lucene searcher and manifest. Shared by all requests. */
public final class SiteIndex {

    private final IndexManifest manifest;
    private final Corpus corpus;
    private final CorpusCodec.Stored stored;
    private final IndexSearcher searcher;
    private final Map<String, Document> documents;
    private final Map<String, Integer> unitOrdinals = new HashMap<>();
    /** Every term's number (its place in the stored vocabulary), its document frequency and the fields holding it. */
    private final Map<String, Integer> termIds;

    private final int[] docFreqs;
    private final byte[] termFields;
    /** Per unit, the sorted term numbers of its sentences, literal sentences, context and questions. */
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
        CorpusCodec.Vocabulary vocabulary = stored.vocabulary();
        this.docFreqs = vocabulary.docFreqs();
        this.termFields = vocabulary.fields();
        this.termIds = HashMap.newHashMap(vocabulary.terms().length);
        for (int i = 0; i < vocabulary.terms().length; i++) {
            termIds.put(vocabulary.terms()[i], i);
        }
        int count = stored.corpus().units().size();
        sentenceIds = new int[count][][];
        literalIds = new int[count][][];
        contextIds = new int[count][];
        questionIds = new int[count][][];
        for (int u = 0; u < count; u++) {
            sentenceIds[u] = ids(stored.sentenceTerms().get(u));
            literalIds[u] = ids(stored.literalTerms().get(u));
            contextIds[u] = ids(stored.contextTerms().get(u));
            questionIds[u] = ids(stored.questionTerms().get(u));
        }
        this.documents = Map.copyOf(corpus.documentsById());
        List<Unit> units = corpus.units();
        for (int i = 0; i < units.size(); i++) {
            unitOrdinals.put(units.get(i).id(), i);
        }
        if (reader.maxDoc() != units.size()) {
            throw new IllegalStateException(
                    "index holds " + reader.maxDoc() + " Lucene documents for " + units.size() + " units");
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

    /** What sentence {@code s} of unit {@code ord} offers an answer (dates, amounts, names…), found by the indexer. */
    public Facts facts(int ord, int s) {
        return stored.facts().get(ord)[s];
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
     * In how many units a term occurs, in the body, a curated question or the context, whichever is most: counted by
     * the build from the index's term dictionaries, so a question's weights cost no index lookups.
     */
    public int docFreq(String term) {
        Integer id = termIds.get(term);
        return id == null ? 0 : docFreqs[id];
    }

    /** True when some unit holds {@code term} in {@code field}: a query clause for it can only match then. */
    public boolean holds(String field, String term) {
        Integer id = termIds.get(term);
        return id != null && (termFields[id] & CorpusCodec.Vocabulary.bit(field)) != 0;
    }

    private int[][] ids(List<String[]> termLists) {
        int[][] ids = new int[termLists.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ids(termLists.get(i));
        }
        return ids;
    }

    /** The sorted, unique numbers of {@code terms}. */
    private int[] ids(String[] terms) {
        int[] ids = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            Integer id = termIds.get(terms[i]);
            if (id == null) {
                throw new IllegalStateException("term '" + terms[i]
                        + "' is missing from the index's vocabulary: rebuild the jar (mvn package)");
            }
            ids[i] = id;
        }
        Arrays.sort(ids);
        int unique = 0;
        for (int i = 0; i < ids.length; i++) {
            if (unique == 0 || ids[i] != ids[unique - 1]) {
                ids[unique++] = ids[i];
            }
        }
        return unique == ids.length ? ids : Arrays.copyOf(ids, unique);
    }

    /** The number of a term of the index, or -1 when the index does not hold it. */
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
