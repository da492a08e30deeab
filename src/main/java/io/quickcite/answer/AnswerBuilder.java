package io.quickcite.answer;

import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Source;
import io.quickcite.content.Unit;
import io.quickcite.index.Analysis;
import io.quickcite.index.IndexFormat;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Turns chosen sentences of a unit into an {@link Answer}: verbatim text, resolved citations, document link, highlights. */
final class AnswerBuilder {

    private final SiteIndex index;
    private final Analyzer analyzer;

    AnswerBuilder(SiteIndex index) {
        this.index = index;
        this.analyzer = index.contentAnalyzer();
    }

    /** The answer made of sentences {@code chosen} (ascending) of unit {@code ord}; highlights mark {@code highlight} terms. */
    Answer build(int ord, List<Integer> chosen, double confidence, Predicate<String> highlight) {
        Unit unit = index.unit(ord);
        Document document = index.document(unit.documentId());
        StringBuilder text = new StringBuilder();
        List<Answer.Citation> citations = new ArrayList<>();
        for (int s : chosen) {
            Sentence sentence = unit.sentences().get(s);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence.text());
            for (int n : sentence.citations()) {
                if (citations.stream().noneMatch(c -> c.n() == n)) {
                    Source source = document.source(n);
                    citations.add(new Answer.Citation(n, source.displayTitle(), source.publisher(), source.url()));
                }
            }
        }
        String answerText = text.toString();
        return new Answer(unit.id(), answerText, unit.kind().apiName(), Math.round(confidence * 100) / 100.0,
            documentRef(document, unit), citations, highlights(answerText, highlight));
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

    /** Ranges of tokens whose analysed form (or a synonym of it) the predicate accepts; neighbours separated only by spaces merge. */
    private List<List<Integer>> highlights(String text, Predicate<String> highlight) {
        List<List<Integer>> ranges = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Analysis.Token token : Analysis.tokens(analyzer, IndexFormat.BODY, text)) {
            if (!highlight.test(token.term())) {
                continue;
            }
            if (start >= 0 && (token.start() <= end || text.substring(end, token.start()).isBlank())) {
                end = Math.max(end, token.end());
                continue;
            }
            if (start >= 0) {
                ranges.add(List.of(start, end));
            }
            start = token.start();
            end = token.end();
        }
        if (start >= 0) {
            ranges.add(List.of(start, end));
        }
        return ranges;
    }
}
