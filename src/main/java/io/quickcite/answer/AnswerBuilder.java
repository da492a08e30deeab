package io.quickcite.answer;

import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Source;
import io.quickcite.content.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Turns chosen sentences of a unit into an {@link Answer}: verbatim text, resolved citations, document link, highlights. */
final class AnswerBuilder {

    private final SiteIndex index;

    AnswerBuilder(SiteIndex index) {
        this.index = index;
    }

    /** The answer made of sentences {@code chosen} (ascending) of unit {@code ord}; highlights mark {@code highlight} terms. */
    Answer build(int ord, List<Integer> chosen, double confidence, Predicate<String> highlight) {
        return build(ord, chosen, confidence, highlight, QuestionType.OTHER);
    }

    /** {@link #build(int, List, double, Predicate)}, marking as facts what the sentences offer of the kind {@code type} asks for. */
    Answer build(int ord, List<Integer> chosen, double confidence, Predicate<String> highlight, QuestionType type) {
        Unit unit = index.unit(ord);
        Document document = index.document(unit.documentId());
        StringBuilder text = new StringBuilder();
        List<Answer.Citation> citations = new ArrayList<>();
        List<Answer.Marker> markers = new ArrayList<>();
        List<List<Integer>> facts = new ArrayList<>();
        for (int s : chosen) {
            Sentence sentence = unit.sentences().get(s);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int at = text.length();
            text.append(sentence.text());
            facts.addAll(facts(sentence.text(), at, kind(index.facts(ord, s), type)));
            for (int n : sentence.citations()) {
                markers.add(new Answer.Marker(text.length(), n));
                if (citations.stream().noneMatch(c -> c.n() == n)) {
                    Source source = document.source(n);
                    citations.add(new Answer.Citation(n, source.title(), source.publisher(), source.url()));
                }
            }
        }
        String answerText = text.toString();
        return new Answer(
                unit.id(),
                answerText,
                unit.kind().apiName(),
                Math.round(confidence * 100) / 100.0,
                documentRef(document, unit),
                citations,
                highlights(ord, chosen, answerText, highlight),
                facts,
                markers);
    }

    /** The facts of a sentence of the kind a question of {@code type} asks for: dates for "when", amounts for "how much"… */
    private static String[] kind(io.quickcite.index.Facts facts, QuestionType type) {
        return switch (type) {
            case WHEN -> facts.dates();
            case MONEY -> facts.money();
            case PERCENT -> facts.shares();
            case AMOUNT -> facts.numbers();
            case WHO -> facts.names();
            default -> new String[0];
        };
    }

    /** Ranges of {@code sentence} (placed at {@code base} in the answer) where each fact (lower-cased, as stored) stands. */
    private static List<List<Integer>> facts(String sentence, int base, String[] facts) {
        List<List<Integer>> ranges = new ArrayList<>();
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String fact : facts) {
            int at = fact.isEmpty() ? -1 : lower.indexOf(fact);
            if (at >= 0 && ranges.stream().noneMatch(r -> r.get(0) == base + at)) {
                ranges.add(List.of(base + at, base + at + fact.length()));
            }
        }
        ranges.sort(java.util.Comparator.comparing(r -> r.get(0)));
        return ranges;
    }

    /** The whole unit as an answer (FAQ listing). */
    Answer whole(int ord) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < index.unit(ord).sentences().size(); i++) {
            all.add(i);
        }
        return build(ord, all, 1.0, t -> false);
    }

    static Answer.DocumentRef documentRef(Document document, Unit unit) {
        String sectionUrl = unit.anchor().isEmpty() ? document.url() : document.url() + "#" + unit.anchor();
        return new Answer.DocumentRef(document.id(), document.title(), document.url(), unit.section(), sectionUrl);
    }

    /**
     * Ranges of the words whose analysed form (or a synonym added at that place) the predicate accepts, from the
     * character ranges stored with each sentence's terms; neighbours separated only by spaces merge.
     */
    List<List<Integer>> highlights(int ord, List<Integer> chosen, String text, Predicate<String> highlight) {
        List<List<Integer>> ranges = new ArrayList<>();
        int start = -1;
        int end = -1;
        int base = 0;
        for (int s : chosen) {
            String[] terms = index.sentenceTerms(ord, s);
            int[] spans = index.sentenceSpans(ord, s);
            for (int t = 0; t < terms.length; t++) {
                if (!highlight.test(terms[t])) {
                    continue;
                }
                int from = base + spans[2 * t];
                int to = base + spans[2 * t + 1];
                if (start >= 0 && (from <= end || text.substring(end, from).isBlank())) {
                    end = Math.max(end, to);
                    continue;
                }
                if (start >= 0) {
                    ranges.add(List.of(start, end));
                }
                start = from;
                end = to;
            }
            base += index.unit(ord).sentences().get(s).text().length() + 1;
        }
        if (start >= 0) {
            ranges.add(List.of(start, end));
        }
        return ranges;
    }
}
