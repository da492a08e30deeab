package io.quickcite.content;

import java.util.List;

/**
 * One answerable unit: a FAQ or quick-answer entry (with its questions) or a passage (paragraph, list item,
 * table row, timeline entry) with its sentences, located in a document section.
 *
 * @param label   a passage's own context (list label, table row header, timeline date), or "" when none
 * @param anchor  the section anchor, "" for text before the first heading
 * @param line    the 1-based line in the source file where the unit starts
 */
public record Unit(
        String id,
        UnitKind kind,
        String documentId,
        String section,
        String anchor,
        String label,
        List<String> questions,
        List<Sentence> sentences,
        int line) {

    public Unit {
        questions = List.copyOf(questions);
        sentences = List.copyOf(sentences);
    }

    /** All sentence texts joined by a space. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(s.text());
        }
        return b.toString();
    }
}
