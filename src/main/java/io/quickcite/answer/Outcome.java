package io.quickcite.answer;

import java.util.List;
import java.util.Optional;

/**
 * What the engine found for a question: an answer or none, related questions, the site's closest sections, and the
 * question as read when a misspelt word was read as the site's own ({@code corrected}, else null).
 */
public record Outcome(Optional<Answer> answer, List<Related> related, List<Section> sections, String corrected) {

    public Outcome {
        related = List.copyOf(related);
        sections = List.copyOf(sections);
    }

    /** An outcome with no sections and nothing corrected. */
    public Outcome(Optional<Answer> answer, List<Related> related) {
        this(answer, related, List.of(), null);
    }

    /** This outcome, read from the corrected question {@code corrected}. */
    Outcome correctedTo(String corrected) {
        return new Outcome(answer, related, sections, corrected);
    }
}
