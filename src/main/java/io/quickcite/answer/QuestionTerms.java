package io.quickcite.answer;

import io.quickcite.index.Analysis;
import io.quickcite.index.IndexFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question's informative terms and their weights (BM25-style idf over the units). A term the corpus has never
 * seen gets the highest weight: a question about something the content does not mention cannot be covered.
 */
final class QuestionTerms {

    private static final List<String> FIELDS = List.of(IndexFormat.BODY, IndexFormat.QUESTION, IndexFormat.CONTEXT);

    private final String[] terms;
    private final double[] weights;
    private final double total;

    private QuestionTerms(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        this.total = sum;
    }

    /** The unique analysed terms of {@code question}, weighted against {@code reader}. */
    static QuestionTerms of(String question, Analyzer analyzer, IndexReader reader) {
        Set<String> unique = new LinkedHashSet<>(List.of(Analysis.terms(analyzer, IndexFormat.BODY, question)));
        String[] terms = unique.toArray(String[]::new);
        double[] weights = new double[terms.length];
        int n = reader.numDocs();
        try {
            for (int i = 0; i < terms.length; i++) {
                int df = 0;
                for (String field : FIELDS) {
                    df = Math.max(df, reader.docFreq(new Term(field, terms[i])));
                }
                weights[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuestionTerms(terms, weights);
    }

    boolean isEmpty() {
        return terms.length == 0;
    }

    String[] terms() {
        return terms;
    }

    int size() {
        return terms.length;
    }

    String term(int i) {
        return terms[i];
    }

    double weight(int i) {
        return weights[i];
    }

    /** Sum of all weights. */
    double total() {
        return total;
    }

    /** Bit set (bit i = term i) of the question terms found in {@code found}. */
    long matched(String[] found) {
        long bits = 0;
        for (int i = 0; i < terms.length && i < 64; i++) {
            for (String f : found) {
                if (f.equals(terms[i])) {
                    bits |= 1L << i;
                    break;
                }
            }
        }
        return bits;
    }

    /** Share (0..1) of the question's weight held by the terms in {@code bits}. */
    double share(long bits) {
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < terms.length && i < 64; i++) {
            if ((bits & (1L << i)) != 0) {
                sum += weights[i];
            }
        }
        return sum / total;
    }

    /** True when {@code term} is one of the question's terms. */
    boolean contains(String term) {
        for (String t : terms) {
            if (t.equals(term)) {
                return true;
            }
        }
        return false;
    }
}
