package io.quickcite.cli;

import io.quickcite.content.Corpus;
import io.quickcite.content.Unit;
import io.quickcite.index.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The yardstick the engine is measured against: plain Lucene BM25 with the StandardAnalyzer over the same
 * passages (paragraphs, list items, table rows, FAQ answers), answering with the whole top passage and
 * abstaining only when nothing matches — what a site search box would do.
 */
final class Bm25Baseline implements EvalCommand.Responder {

    static final String NAME = "baseline (Lucene BM25, StandardAnalyzer, top paragraph)";
    private static final String BODY = "body";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final List<Unit> units;
    private final IndexSearcher searcher;

    Bm25Baseline(Corpus corpus) {
        this.units = corpus.units();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Unit u : units) {
                Document doc = new Document();
                doc.add(new TextField(BODY, u.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public EvalCommand.Reply reply(String question) {
        Set<String> terms = new LinkedHashSet<>(List.of(Analysis.terms(analyzer, BODY, question)));
        if (terms.isEmpty()) {
            return new EvalCommand.Reply(null, null);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String t : terms) {
            query.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] top = searcher.search(query.build(), 1).scoreDocs;
            if (top.length == 0) {
                return new EvalCommand.Reply(null, null);
            }
            Unit u = units.get(top[0].doc);
            return new EvalCommand.Reply(u.text(), "bm25 " + u.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
