package io.quickcite.content;

import java.util.List;

/** A sentence as shown to visitors (citation markers removed) with the numbers its own markers cite. */
public record Sentence(String text, List<Integer> citations) {

    public Sentence {
        citations = List.copyOf(citations);
    }
}
