package io.quickcite.index;

import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Source;
import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The binary form of the corpus packed beside the Lucene index: documents, sources and units, each
 * sentence's (with synonyms, their word positions and character ranges, and without), question's and context's analysed terms (so that the run time never re-analyses content), the site's
 * synonyms and its proper-noun terms.
 */
public final class CorpusCodec {

    private static final String MAGIC = "QUICKCITE-CORPUS";

    private CorpusCodec() {
    }

    /** A corpus with the analysed terms of its units (indexes follow {@code corpus.units()}). */
    public record Stored(Corpus corpus, List<List<String[]>> sentenceTerms, List<List<int[]>> sentencePositions,
                         List<List<int[]>> sentenceSpans, List<List<String[]>> literalTerms,
                         List<String[]> contextTerms, List<List<String[]>> questionTerms, Synonyms synonyms, Set<String> properTerms) {
    }

    /** Writes {@code stored}. */
    public static void write(Stored stored, DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(IndexFormat.VERSION);
        Corpus corpus = stored.corpus();
        out.writeInt(corpus.documents().size());
        for (Document d : corpus.documents()) {
            out.writeUTF(d.id());
            out.writeUTF(d.title());
            optional(out, d.publisher());
            out.writeUTF(d.url());
            optional(out, d.published());
            optional(out, d.summary());
            out.writeUTF(d.file());
            out.writeInt(d.sources().size());
            for (Source s : d.sources()) {
                out.writeInt(s.n());
                optional(out, s.title());
                optional(out, s.publisher());
                optional(out, s.url());
            }
        }
        out.writeInt(corpus.units().size());
        for (int u = 0; u < corpus.units().size(); u++) {
            Unit unit = corpus.units().get(u);
            out.writeUTF(unit.id());
            out.writeByte(unit.kind().ordinal());
            out.writeUTF(unit.documentId());
            out.writeUTF(unit.section());
            out.writeUTF(unit.anchor());
            out.writeUTF(unit.label());
            out.writeInt(unit.line());
            out.writeInt(unit.questions().size());
            for (int q = 0; q < unit.questions().size(); q++) {
                out.writeUTF(unit.questions().get(q));
                terms(out, stored.questionTerms().get(u).get(q));
            }
            out.writeInt(unit.sentences().size());
            for (int s = 0; s < unit.sentences().size(); s++) {
                Sentence sentence = unit.sentences().get(s);
                out.writeUTF(sentence.text());
                out.writeInt(sentence.citations().size());
                for (int n : sentence.citations()) {
                    out.writeInt(n);
                }
                terms(out, stored.sentenceTerms().get(u).get(s));
                int[] positions = stored.sentencePositions().get(u).get(s);
                for (int p : positions) {
                    out.writeShort(p);
                }
                for (int offset : stored.sentenceSpans().get(u).get(s)) {
                    out.writeShort(offset);
                }
                terms(out, stored.literalTerms().get(u).get(s));
            }
            terms(out, stored.contextTerms().get(u));
        }
        stored.synonyms().write(out);
        terms(out, stored.properTerms().stream().sorted().toArray(String[]::new));
    }

    /** Reads what {@link #write} wrote; a wrong magic or version is an {@link IOException}. */
    public static Stored read(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Quickcite corpus file");
        }
        int version = in.readInt();
        if (version != IndexFormat.VERSION) {
            throw new IOException("corpus format version " + version + ", this build reads " + IndexFormat.VERSION);
        }
        int documentCount = in.readInt();
        List<Document> documents = new ArrayList<>(documentCount);
        for (int i = 0; i < documentCount; i++) {
            String id = in.readUTF();
            String title = in.readUTF();
            String publisher = optional(in);
            String url = in.readUTF();
            String published = optional(in);
            String summary = optional(in);
            String file = in.readUTF();
            int sourceCount = in.readInt();
            List<Source> sources = new ArrayList<>(sourceCount);
            for (int s = 0; s < sourceCount; s++) {
                sources.add(new Source(in.readInt(), optional(in), optional(in), optional(in)));
            }
            documents.add(new Document(id, title, publisher, url, published, summary, sources, file));
        }
        int unitCount = in.readInt();
        List<Unit> units = new ArrayList<>(unitCount);
        List<List<String[]>> sentenceTerms = new ArrayList<>(unitCount);
        List<List<String[]>> literalTerms = new ArrayList<>(unitCount);
        List<List<int[]>> sentencePositions = new ArrayList<>(unitCount);
        List<List<int[]>> sentenceSpans = new ArrayList<>(unitCount);
        List<List<String[]>> questionTerms = new ArrayList<>(unitCount);
        List<String[]> contextTerms = new ArrayList<>(unitCount);
        UnitKind[] kinds = UnitKind.values();
        for (int u = 0; u < unitCount; u++) {
            String id = in.readUTF();
            UnitKind kind = kinds[in.readByte()];
            String documentId = in.readUTF();
            String section = in.readUTF();
            String anchor = in.readUTF();
            String label = in.readUTF();
            int line = in.readInt();
            int questionCount = in.readInt();
            List<String> questions = new ArrayList<>(questionCount);
            List<String[]> qTerms = new ArrayList<>(questionCount);
            for (int q = 0; q < questionCount; q++) {
                questions.add(in.readUTF());
                qTerms.add(terms(in));
            }
            int sentenceCount = in.readInt();
            List<Sentence> sentences = new ArrayList<>(sentenceCount);
            List<String[]> sTerms = new ArrayList<>(sentenceCount);
            List<String[]> lTerms = new ArrayList<>(sentenceCount);
            List<int[]> sPositions = new ArrayList<>(sentenceCount);
            List<int[]> sSpans = new ArrayList<>(sentenceCount);
            for (int s = 0; s < sentenceCount; s++) {
                String text = in.readUTF();
                int citationCount = in.readInt();
                List<Integer> citations = new ArrayList<>(citationCount);
                for (int c = 0; c < citationCount; c++) {
                    citations.add(in.readInt());
                }
                sentences.add(new Sentence(text, citations));
                String[] expanded = terms(in);
                int[] positions = new int[expanded.length];
                for (int p = 0; p < positions.length; p++) {
                    positions[p] = in.readUnsignedShort();
                }
                sTerms.add(expanded);
                sPositions.add(positions);
                int[] spans = new int[2 * expanded.length];
                for (int p = 0; p < spans.length; p++) {
                    spans[p] = in.readUnsignedShort();
                }
                sSpans.add(spans);
                lTerms.add(terms(in));
            }
            contextTerms.add(terms(in));
            units.add(new Unit(id, kind, documentId, section, anchor, label, questions, sentences, line));
            sentenceTerms.add(sTerms);
            literalTerms.add(lTerms);
            sentencePositions.add(sPositions);
            sentenceSpans.add(sSpans);
            questionTerms.add(qTerms);
        }
        Synonyms synonyms = Synonyms.read(in);
        Set<String> properTerms = Set.of(terms(in));
        return new Stored(new Corpus(documents, units), sentenceTerms, sentencePositions, sentenceSpans, literalTerms, contextTerms, questionTerms, synonyms,
            properTerms);
    }

    /** Writes a term list (also used for synonym rules). */
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

    private static void optional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
