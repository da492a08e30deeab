package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One of the site's sections closest to a question: its page title, heading, link and a short verbatim excerpt.
 *
 * @param highlights half-open character ranges [start, end) of {@code excerpt} that match the question
 */
@Serdeable
public record Section(String title, String heading, String url, String excerpt, List<List<Integer>> highlights) {

    public Section {
        highlights = List.copyOf(highlights);
    }
}
