package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One answer as the API shows it: verbatim text, where it comes from and what it cites.
 *
 * @param highlights half-open character ranges [start, end) of {@code text} that match the question
 */
@Serdeable
public record Answer(
        String id,
        String text,
        String kind,
        double confidence,
        DocumentRef document,
        List<Citation> citations,
        List<List<Integer>> highlights) {

    /** The page and section an answer comes from. */
    @Serdeable
    public record DocumentRef(String id, String title, String url, String section, String sectionUrl) {}

    /** A numbered primary source; publisher and url may be null. */
    @Serdeable
    public record Citation(int n, String title, String publisher, String url) {}
}
