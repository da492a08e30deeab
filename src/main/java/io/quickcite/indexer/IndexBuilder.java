package io.quickcite.indexer;

import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.SynonymsFile;
import io.quickcite.content.Unit;
import io.quickcite.index.Analysis;
import io.quickcite.index.CorpusCodec;
import io.quickcite.index.Facts;
import io.quickcite.index.IndexFormat;
import io.quickcite.index.IndexManifest;
import io.quickcite.index.Synonyms;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Writes a corpus as the packaged index: Lucene files, the binary corpus and the manifest. */
public final class IndexBuilder {

    private IndexBuilder() {}

    /** Builds the index of {@code corpus} into {@code out} (emptied first) and returns its manifest. */
    public static IndexManifest build(Corpus corpus, String contentChecksum, Path out) throws IOException {
        return build(corpus, List.of(), contentChecksum, out);
    }

    /** Builds the index of {@code corpus} with the operator's synonym groups into {@code out} (emptied first). */
    public static IndexManifest build(
            Corpus corpus, List<SynonymsFile.Group> synonymGroups, String contentChecksum, Path out)
            throws IOException {
        clean(out);
        Path luceneDir = out.resolve(IndexFormat.LUCENE_DIR);
        Files.createDirectories(luceneDir);
        Synonyms synonyms = SiteVocabulary.synonyms(corpus, synonymGroups);
        Analyzer analyzer = IndexFormat.analyzer(synonyms);
        Map<String, Document> documents = corpus.documentsById();
        List<List<String[]>> sentenceTerms = new ArrayList<>();
        List<List<String[]>> literalTerms = new ArrayList<>();
        List<List<int[]>> sentencePositions = new ArrayList<>();
        List<List<int[]>> sentenceSpans = new ArrayList<>();
        List<Facts[]> facts = new ArrayList<>();
        Analyzer plain = IndexFormat.analyzer();
        List<List<String[]>> questionTerms = new ArrayList<>();
        List<String[]> contextTerms = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setUseCompoundFile(true);
        try (Directory dir = FSDirectory.open(luceneDir);
                IndexWriter writer = new IndexWriter(dir, config)) {
            for (int ord = 0; ord < corpus.units().size(); ord++) {
                Unit unit = corpus.units().get(ord);
                String context = context(documents.get(unit.documentId()), unit);
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new NumericDocValuesField(IndexFormat.ORD, ord));
                doc.add(new StringField(IndexFormat.KIND, unit.kind().name(), Field.Store.NO));
                doc.add(new TextField(IndexFormat.BODY, unit.text(), Field.Store.NO));
                doc.add(new TextField(IndexFormat.CONTEXT, context, Field.Store.NO));
                for (String q : unit.questions()) {
                    doc.add(new TextField(IndexFormat.QUESTION, q, Field.Store.NO));
                }
                writer.addDocument(doc);
                List<String[]> terms = new ArrayList<>();
                List<int[]> positions = new ArrayList<>();
                List<int[]> spans = new ArrayList<>();
                List<String[]> literal = new ArrayList<>();
                for (Sentence s : unit.sentences()) {
                    List<Analysis.Token> tokens = Analysis.tokens(plain, IndexFormat.BODY, s.text());
                    Synonyms.Expanded expanded = synonyms.expand(tokens);
                    terms.add(
                            expanded.tokens().stream().map(Analysis.Token::term).toArray(String[]::new));
                    int[] at = new int[expanded.tokens().size()];
                    int position = -1;
                    for (int t = 0; t < at.length; t++) {
                        position += expanded.added().get(t) ? 0 : 1;
                        at[t] = position;
                    }
                    positions.add(at);
                    int[] span = new int[2 * at.length];
                    for (int t = 0; t < at.length; t++) {
                        span[2 * t] = expanded.tokens().get(t).start();
                        span[2 * t + 1] = expanded.tokens().get(t).end();
                    }
                    spans.add(span);
                    literal.add(tokens.stream().map(Analysis.Token::term).toArray(String[]::new));
                }
                facts.add(unit.sentences().stream()
                        .map(sentence -> Facts.of(sentence.text()))
                        .toArray(Facts[]::new));
                sentenceTerms.add(terms);
                sentencePositions.add(positions);
                sentenceSpans.add(spans);
                literalTerms.add(literal);
                List<String[]> qTerms = new ArrayList<>();
                for (String q : unit.questions()) {
                    qTerms.add(Analysis.terms(analyzer, IndexFormat.QUESTION, q));
                }
                questionTerms.add(qTerms);
                contextTerms.add(Analysis.terms(analyzer, IndexFormat.CONTEXT, context));
            }
            writer.forceMerge(1);
            writer.commit();
        }
        CorpusCodec.Vocabulary vocabulary =
                vocabulary(luceneDir, sentenceTerms, literalTerms, questionTerms, contextTerms);
        try (DataOutputStream data = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(out.resolve(IndexFormat.CORPUS))))) {
            CorpusCodec.write(
                    new CorpusCodec.Stored(
                            corpus,
                            sentenceTerms,
                            sentencePositions,
                            sentenceSpans,
                            literalTerms,
                            contextTerms,
                            questionTerms,
                            synonyms,
                            SiteVocabulary.properTerms(corpus),
                            vocabulary,
                            facts),
                    data);
        }
        List<String> files;
        try (Stream<Path> list = Files.list(luceneDir)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("write.lock"))
                    .sorted()
                    .toList();
        }
        Files.deleteIfExists(luceneDir.resolve("write.lock"));
        int entries =
                (int) corpus.units().stream().filter(u -> u.kind().curated()).count();
        IndexManifest manifest = new IndexManifest(
                IndexFormat.VERSION,
                contentChecksum,
                corpus.documents().size(),
                entries,
                corpus.units().size() - entries,
                files);
        try (OutputStream m = Files.newOutputStream(out.resolve(IndexFormat.MANIFEST))) {
            manifest.write(m);
        }
        return manifest;
    }

    /**
     * Every term of the written Lucene fields and of the stored term lists, sorted, with its document frequency in the
     * field where it is most frequent and its fields: read here once so that the run time need not walk Lucene's term
     * dictionaries at start.
     */
    private static CorpusCodec.Vocabulary vocabulary(
            Path luceneDir,
            List<List<String[]>> sentenceTerms,
            List<List<String[]>> literalTerms,
            List<List<String[]>> questionTerms,
            List<String[]> contextTerms)
            throws IOException {
        Map<String, int[]> stats = new TreeMap<>();
        try (Directory dir = FSDirectory.open(luceneDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (String field : CorpusCodec.Vocabulary.FIELDS) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum it = terms.iterator();
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        int[] s = stats.computeIfAbsent(term.utf8ToString(), t -> new int[2]);
                        s[0] = Math.max(s[0], it.docFreq());
                        s[1] |= CorpusCodec.Vocabulary.bit(field);
                    }
                }
            }
        }
        for (List<List<String[]>> lists : List.of(sentenceTerms, literalTerms, questionTerms)) {
            lists.forEach(unit -> unit.forEach(terms ->
                    Arrays.stream(terms).forEach(t -> stats.computeIfAbsent(t, k -> new int[2]))));
        }
        contextTerms.forEach(terms -> Arrays.stream(terms).forEach(t -> stats.computeIfAbsent(t, k -> new int[2])));
        String[] terms = stats.keySet().toArray(String[]::new);
        int[] docFreqs = new int[terms.length];
        byte[] fields = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            docFreqs[i] = stats.get(terms[i])[0];
            fields[i] = (byte) stats.get(terms[i])[1];
        }
        return new CorpusCodec.Vocabulary(terms, docFreqs, fields);
    }

    /** The context a unit is read in: document title, section heading and its own label. */
    static String context(Document document, Unit unit) {
        List<String> parts = new ArrayList<>(Arrays.asList(document.title(), unit.section()));
        if (!unit.label().isEmpty()) {
            parts.add(unit.label());
        }
        return String.join(" | ", parts.stream().distinct().toList());
    }

    private static void clean(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
    }
}
