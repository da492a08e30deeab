package io.quickcite.answer;

import io.quickcite.content.Document;
import io.quickcite.content.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.search.ScoreDoc;

/**
 * The site's sections closest to a question, from the passages the search found, best first: one per section, with
 * the sentence of its best passage that holds most of the question's words as a verbatim excerpt.
 */
final class SectionFinder {

    /** At most this many sections. */
    static final int LIMIT = 5;
    /** Longer sentences are cut to a window of about this many characters around their first highlight. */
    private static final int EXCERPT = 200;

    private final SiteIndex index;
    private final AnswerBuilder builder;

    SectionFinder(SiteIndex index, AnswerBuilder builder) {
        this.index = index;
        this.builder = builder;
    }

    /** Up to {@link #LIMIT} sections of {@code hits} (search order), excerpts highlighted where {@code highlight} accepts a term. */
    List<Section> sections(ScoreDoc[] hits, Predicate<String> highlight) {
        List<Section> sections = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ScoreDoc hit : hits) {
            Unit unit = index.unit(hit.doc);
            if (sections.size() >= LIMIT || !seen.add(unit.documentId() + "#" + unit.anchor())) {
                continue;
            }
            Document document = index.document(unit.documentId());
            int best = 0;
            int most = -1;
            for (int s = 0; s < unit.sentences().size(); s++) {
                int n = builder.highlights(
                                hit.doc, List.of(s), unit.sentences().get(s).text(), highlight)
                        .size();
                if (n > most) {
                    most = n;
                    best = s;
                }
            }
            String sentence = unit.sentences().get(best).text();
            List<List<Integer>> ranges = builder.highlights(hit.doc, List.of(best), sentence, highlight);
            sections.add(excerpt(document, unit, sentence, ranges));
        }
        return sections;
    }

    /** The section with {@code sentence} as its excerpt, cut to a window around its first highlight when long. */
    private static Section excerpt(Document document, Unit unit, String sentence, List<List<Integer>> ranges) {
        String url = AnswerBuilder.documentRef(document, unit).sectionUrl();
        if (sentence.length() <= EXCERPT) {
            return new Section(document.title(), unit.section(), url, sentence, ranges);
        }
        int focus = ranges.isEmpty() ? 0 : ranges.get(0).get(0);
        int from = Math.max(0, Math.min(focus - EXCERPT / 4, sentence.length() - EXCERPT));
        from = from == 0 ? 0 : Math.max(0, sentence.indexOf(' ', from) + 1);
        int to = Math.min(sentence.length(), from + EXCERPT);
        int space = sentence.lastIndexOf(' ', to);
        to = to == sentence.length() || space <= from ? to : space;
        String prefix = from > 0 ? "…" : "";
        String text = prefix + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
        List<List<Integer>> shifted = new ArrayList<>();
        for (List<Integer> r : ranges) {
            if (r.get(0) >= from && r.get(1) <= to) {
                shifted.add(List.of(r.get(0) - from + prefix.length(), r.get(1) - from + prefix.length()));
            }
        }
        return new Section(document.title(), unit.section(), url, text, shifted);
    }
}
