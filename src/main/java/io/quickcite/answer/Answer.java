package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One answer as the API shows it: verbatim text, where it comes from and what it cites.
 *
 * @param highlights half-open character ranges [start, end) of {@code text} that match the question
 * @param facts      half-open character ranges of {@code text} holding the fact the question asks for (a date, an
 *                   amount, a share, a number or a name); empty when it asks for none
 * @param markers    where the content had its citation markers: [n] goes after the first {@code at} characters
 */
@Serdeable
public record Answer(
        String id,
        String text,
        String kind,
        double confidence,
        DocumentRef document,
        List<Citation> citations,
        List<List<Integer>> highlights,
        List<List<Integer>> facts,
        List<Marker> markers) {

    /** The page and section an answer comes from. */
    @Serdeable
    public record DocumentRef(String id, String title, String url, String section, String sectionUrl) {}

    /** A numbered primary source; title (when the page names none), publisher and url may be null. */
    @Serdeable
    public record Citation(int n, String title, String publisher, String url) {}

    /** A citation marker [n] of the content, right after character {@code at} of the answer's text. */
    @Serdeable
    public record Marker(int at, int n) {}
}
