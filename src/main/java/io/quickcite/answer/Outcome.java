package io.quickcite.answer;

import java.util.List;
import java.util.Optional;

/** What the engine found for a question: an answer or none, and related questions. */
public record Outcome(Optional<Answer> answer, List<Related> related) {

    public Outcome {
        related = List.copyOf(related);
    }
}
