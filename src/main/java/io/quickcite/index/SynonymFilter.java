package io.quickcite.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Adds the terms of matching {@link Synonyms} rules to a token stream, stacked on the phrase's first token. */
final class SynonymFilter extends TokenFilter {

    private final Synonyms synonyms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private Synonyms.Expanded expanded;
    private List<Integer> increments;
    private int next;

    SynonymFilter(TokenStream input, Synonyms synonyms) {
        super(input);
        this.synonyms = synonyms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (expanded == null) {
            List<Analysis.Token> tokens = new ArrayList<>();
            List<Integer> incs = new ArrayList<>();
            while (input.incrementToken()) {
                tokens.add(new Analysis.Token(term.toString(), offset.startOffset(), offset.endOffset()));
                incs.add(position.getPositionIncrement());
            }
            expanded = synonyms.expand(tokens);
            increments = new ArrayList<>(expanded.tokens().size());
            int original = 0;
            for (boolean added : expanded.added()) {
                increments.add(added ? 0 : incs.get(original++));
            }
            next = 0;
        }
        if (next >= expanded.tokens().size()) {
            return false;
        }
        clearAttributes();
        Analysis.Token t = expanded.tokens().get(next);
        term.setEmpty().append(t.term());
        offset.setOffset(t.start(), t.end());
        position.setPositionIncrement(increments.get(next));
        next++;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        expanded = null;
        increments = null;
        next = 0;
    }
}
