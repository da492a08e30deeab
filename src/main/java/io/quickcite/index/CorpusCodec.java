package io.quickcite.index;

import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Source;
import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binary form of the corpus packed beside the Lucene index: the vocabulary (every term once, with its document
 * frequency and the fields holding it), documents, sources and units, each sentence's (with synonyms, their word
 * positions and character ranges, and without), question's and context's analysed terms as vocabulary numbers (so
 * that the run time never re-analyses content, nor reads a term twice), the site's synonyms and its proper-noun terms.
 * Numbers are variable-length (7 bits a byte; word positions and character ranges as differences from the previous
 * term's), strings UTF-8 after their byte length.
 */
public final class CorpusCodec {

    /**
     * Names this layout (terms numbered through a vocabulary): a corpus file written before it, with the same
     * {@link IndexFormat#VERSION}, fails the start as "not a Quickcite corpus file" instead of being misread.
     */
    private static final String MAGIC = "QUICKCITE-CORPUS-VOCABULARY";

    private CorpusCodec() {}

    /** A corpus with the analysed terms of its units (indexes follow {@code corpus.units()}) and the vocabulary they come from. */
    public record Stored(
            Corpus corpus,
            List<List<String[]>> sentenceTerms,
            List<List<int[]>> sentencePositions,
            List<List<int[]>> sentenceSpans,
            List<List<String[]>> literalTerms,
            List<String[]> contextTerms,
            List<List<String[]>> questionTerms,
            Synonyms synonyms,
            Set<String> properTerms,
            Vocabulary vocabulary,
            List<Facts[]> facts) {}

    /**
     * Every term of the index, numbered by its place: the stored terms and those of the Lucene fields, each with the
     * number of units holding it in the field where most do (read from Lucene's term dictionaries at build time) and
     * one bit per field of {@link #FIELDS} holding it.
     */
    public record Vocabulary(String[] terms, int[] docFreqs, byte[] fields) {

        /** The fields whose terms the vocabulary counts, in the order of their bits. */
        public static final List<String> FIELDS = List.of(IndexFormat.BODY, IndexFormat.QUESTION, IndexFormat.CONTEXT);

        /** The bit of {@code field} in {@link #fields}; 0 for a field not counted. */
        public static int bit(String field) {
            int i = FIELDS.indexOf(field);
            return i < 0 ? 0 : 1 << i;
        }
    }

    /** Writes {@code stored}; every term of its units must be in its vocabulary. */
    public static void write(Stored stored, DataOutputStream out) throws IOException {
        string(out, MAGIC);
        number(out, IndexFormat.VERSION);
        Vocabulary vocabulary = stored.vocabulary();
        Map<String, Integer> numbers = new HashMap<>();
        number(out, vocabulary.terms().length);
        for (int i = 0; i < vocabulary.terms().length; i++) {
            numbers.put(vocabulary.terms()[i], i);
            string(out, vocabulary.terms()[i]);
            number(out, vocabulary.docFreqs()[i]);
            out.writeByte(vocabulary.fields()[i]);
        }
        Corpus corpus = stored.corpus();
        string(out, corpus.siteName());
        number(out, corpus.documents().size());
        for (Document d : corpus.documents()) {
            string(out, d.id());
            string(out, d.title());
            optional(out, d.publisher());
            string(out, d.url());
            optional(out, d.published());
            optional(out, d.summary());
            string(out, d.file());
            number(out, d.sources().size());
            for (Source s : d.sources()) {
                number(out, s.n());
                optional(out, s.title());
                optional(out, s.publisher());
                optional(out, s.url());
            }
        }
        number(out, corpus.units().size());
        for (int u = 0; u < corpus.units().size(); u++) {
            Unit unit = corpus.units().get(u);
            string(out, unit.id());
            out.writeByte(unit.kind().ordinal());
            string(out, unit.documentId());
            string(out, unit.section());
            string(out, unit.anchor());
            string(out, unit.label());
            number(out, unit.line());
            number(out, unit.questions().size());
            for (int q = 0; q < unit.questions().size(); q++) {
                string(out, unit.questions().get(q));
                termNumbers(out, numbers, stored.questionTerms().get(u).get(q));
            }
            number(out, unit.sentences().size());
            for (int s = 0; s < unit.sentences().size(); s++) {
                Sentence sentence = unit.sentences().get(s);
                string(out, sentence.text());
                number(out, sentence.citations().size());
                for (int n : sentence.citations()) {
                    number(out, n);
                }
                termNumbers(out, numbers, stored.sentenceTerms().get(u).get(s));
                int previous = 0;
                for (int p : stored.sentencePositions().get(u).get(s)) {
                    number(out, p - previous);
                    previous = p;
                }
                int[] spans = stored.sentenceSpans().get(u).get(s);
                previous = 0;
                for (int t = 0; t < spans.length; t += 2) {
                    number(out, zigzag(spans[t] - previous));
                    number(out, zigzag(spans[t + 1] - spans[t]));
                    previous = spans[t];
                }
                termNumbers(out, numbers, stored.literalTerms().get(u).get(s));
                facts(out, stored.facts().get(u)[s]);
            }
            termNumbers(out, numbers, stored.contextTerms().get(u));
        }
        stored.synonyms().write(out);
        terms(out, stored.properTerms().stream().sorted().toArray(String[]::new));
    }

    /** Reads what {@link #write} wrote (the whole stream); a wrong magic or version, or a truncated file, is an {@link IOException}. */
    public static Stored read(InputStream stream) throws IOException {
        byte[] bytes = stream.readAllBytes();
        Cursor in = new Cursor(bytes);
        try {
            if (!MAGIC.equals(string(in))) {
                throw new IOException("not a Quickcite corpus file");
            }
            int version = number(in);
            if (version != IndexFormat.VERSION) {
                throw new IOException("corpus format version " + version + ", this build reads " + IndexFormat.VERSION);
            }
            int termCount = number(in);
            String[] terms = new String[termCount];
            int[] docFreqs = new int[termCount];
            byte[] fields = new byte[termCount];
            for (int i = 0; i < termCount; i++) {
                terms[i] = string(in);
                docFreqs[i] = number(in);
                fields[i] = in.bytes[in.at++];
            }
            String siteName = string(in);
            int documentCount = number(in);
            List<Document> documents = new ArrayList<>(documentCount);
            for (int i = 0; i < documentCount; i++) {
                String id = string(in);
                String title = string(in);
                String publisher = optional(in);
                String url = string(in);
                String published = optional(in);
                String summary = optional(in);
                String file = string(in);
                int sourceCount = number(in);
                List<Source> sources = new ArrayList<>(sourceCount);
                for (int s = 0; s < sourceCount; s++) {
                    sources.add(new Source(number(in), optional(in), optional(in), optional(in)));
                }
                documents.add(new Document(id, title, publisher, url, published, summary, sources, file));
            }
            int unitCount = number(in);
            List<Unit> units = new ArrayList<>(unitCount);
            List<List<String[]>> sentenceTerms = new ArrayList<>(unitCount);
            List<List<String[]>> literalTerms = new ArrayList<>(unitCount);
            List<List<int[]>> sentencePositions = new ArrayList<>(unitCount);
            List<List<int[]>> sentenceSpans = new ArrayList<>(unitCount);
            List<List<String[]>> questionTerms = new ArrayList<>(unitCount);
            List<String[]> contextTerms = new ArrayList<>(unitCount);
            List<Facts[]> facts = new ArrayList<>(unitCount);
            UnitKind[] kinds = UnitKind.values();
            for (int u = 0; u < unitCount; u++) {
                String id = string(in);
                UnitKind kind = kinds[in.bytes[in.at++]];
                String documentId = string(in);
                String section = string(in);
                String anchor = string(in);
                String label = string(in);
                int line = number(in);
                int questionCount = number(in);
                List<String> questions = new ArrayList<>(questionCount);
                List<String[]> qTerms = new ArrayList<>(questionCount);
                for (int q = 0; q < questionCount; q++) {
                    questions.add(string(in));
                    qTerms.add(terms(in, terms));
                }
                int sentenceCount = number(in);
                List<Sentence> sentences = new ArrayList<>(sentenceCount);
                List<String[]> sTerms = new ArrayList<>(sentenceCount);
                List<String[]> lTerms = new ArrayList<>(sentenceCount);
                List<int[]> sPositions = new ArrayList<>(sentenceCount);
                List<int[]> sSpans = new ArrayList<>(sentenceCount);
                Facts[] sFacts = new Facts[sentenceCount];
                for (int s = 0; s < sentenceCount; s++) {
                    String text = string(in);
                    int citationCount = number(in);
                    List<Integer> citations = new ArrayList<>(citationCount);
                    for (int c = 0; c < citationCount; c++) {
                        citations.add(number(in));
                    }
                    sentences.add(new Sentence(text, citations));
                    String[] expanded = terms(in, terms);
                    int[] positions = new int[expanded.length];
                    for (int p = 0, previous = 0; p < positions.length; p++) {
                        previous += number(in);
                        positions[p] = previous;
                    }
                    int[] spans = new int[2 * expanded.length];
                    for (int p = 0, previous = 0; p < spans.length; p += 2) {
                        previous += unzigzag(number(in));
                        spans[p] = previous;
                        spans[p + 1] = previous + unzigzag(number(in));
                    }
                    sTerms.add(expanded);
                    sPositions.add(positions);
                    sSpans.add(spans);
                    lTerms.add(terms(in, terms));
                    sFacts[s] = facts(in);
                }
                contextTerms.add(terms(in, terms));
                units.add(new Unit(id, kind, documentId, section, anchor, label, questions, sentences, line));
                sentenceTerms.add(sTerms);
                literalTerms.add(lTerms);
                sentencePositions.add(sPositions);
                sentenceSpans.add(sSpans);
                questionTerms.add(qTerms);
                facts.add(sFacts);
            }
            DataInputStream tail = new DataInputStream(new ByteArrayInputStream(bytes, in.at, bytes.length - in.at));
            Synonyms synonyms = Synonyms.read(tail);
            Set<String> properTerms = Set.of(terms(tail));
            return new Stored(
                    new Corpus(siteName, documents, units),
                    sentenceTerms,
                    sentencePositions,
                    sentenceSpans,
                    literalTerms,
                    contextTerms,
                    questionTerms,
                    synonyms,
                    properTerms,
                    new Vocabulary(terms, docFreqs, fields),
                    facts);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("truncated or corrupt corpus file", e);
        }
    }

    private static void facts(DataOutputStream out, Facts f) throws IOException {
        for (String[] list :
                new String[][] {f.dates(), f.money(), f.shares(), f.numbers(), f.names(), f.durations(), f.labelWords()
                }) {
            number(out, list.length);
            for (String fact : list) {
                string(out, fact);
            }
        }
        out.writeByte((f.defines() ? 1 : 0) | (f.explains() ? 2 : 0) | (f.pointsBack() ? 4 : 0));
        number(out, f.words());
    }

    private static Facts facts(Cursor in) {
        String[][] lists = new String[7][];
        for (int l = 0; l < lists.length; l++) {
            lists[l] = new String[number(in)];
            for (int i = 0; i < lists[l].length; i++) {
                lists[l][i] = string(in);
            }
        }
        int flags = in.bytes[in.at++];
        return new Facts(
                lists[0],
                lists[1],
                lists[2],
                lists[3],
                lists[4],
                lists[5],
                (flags & 1) != 0,
                (flags & 2) != 0,
                lists[6],
                (flags & 4) != 0,
                number(in));
    }

    /** Writes a term list as its words (used for synonym rules and proper terms, which stand outside the vocabulary). */
    static void terms(DataOutputStream out, String[] terms) throws IOException {
        out.writeShort(terms.length);
        for (String t : terms) {
            out.writeUTF(t);
        }
    }

    /** Reads a term list written by {@link #terms(DataOutputStream, String[])}, interned. */
    static String[] terms(DataInputStream in) throws IOException {
        String[] terms = new String[in.readUnsignedShort()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = in.readUTF().intern();
        }
        return terms;
    }

    private static void termNumbers(DataOutputStream out, Map<String, Integer> numbers, String[] terms)
            throws IOException {
        number(out, terms.length);
        for (String t : terms) {
            Integer n = numbers.get(t);
            if (n == null) {
                throw new IllegalArgumentException("term '" + t + "' is missing from the vocabulary");
            }
            number(out, n);
        }
    }

    /** A term list as vocabulary numbers, read as the vocabulary's own strings (one instance per term). */
    private static String[] terms(Cursor in, String[] vocabulary) {
        String[] terms = new String[number(in)];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = vocabulary[number(in)];
        }
        return terms;
    }

    private static void number(DataOutputStream out, int n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("negative number " + n);
        }
        while (n >= 0x80) {
            out.writeByte(n & 0x7F | 0x80);
            n >>>= 7;
        }
        out.writeByte(n);
    }

    private static int number(Cursor in) {
        byte[] bytes = in.bytes;
        int n = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[in.at++];
            n |= (b & 0x7F) << shift;
            if (b >= 0) {
                return n;
            }
        }
    }

    /** A signed number as an unsigned one, small either side of zero: 0, -1, 1, -2… as 0, 1, 2, 3… */
    private static int zigzag(int n) {
        return n << 1 ^ n >> 31;
    }

    private static int unzigzag(int n) {
        return n >>> 1 ^ -(n & 1);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        number(out, utf8.length);
        out.write(utf8);
    }

    private static String string(Cursor in) {
        int length = number(in);
        String s = new String(in.bytes, in.at, length, StandardCharsets.UTF_8);
        in.at += length;
        return s;
    }

    /** The file's bytes and the place reading has reached: plain array reads, cheaper than a buffer's in an unwarmed JVM. */
    private static final class Cursor {

        private final byte[] bytes;
        private int at;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private static void optional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            string(out, value);
        }
    }

    private static String optional(Cursor in) {
        return in.bytes[in.at++] != 0 ? string(in) : null;
    }
}
