package io.quickcite.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs the shared analyzer over text: the terms, or the terms with their character ranges. */
public final class Analysis {

    /** One analysed token and where it stands in the text ([start, end)). */
    public record Token(String term, int start, int end) {}

    private Analysis() {}

    /** The analysed terms of {@code text}, in order, duplicates kept. */
    public static String[] terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        for (Token t : tokens(analyzer, field, text)) {
            terms.add(t.term());
        }
        return terms.toArray(String[]::new);
    }

    /** The analysed tokens of {@code text} with their offsets. */
    public static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
