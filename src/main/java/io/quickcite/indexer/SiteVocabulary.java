package io.quickcite.indexer;

import io.quickcite.content.ContentException;
import io.quickcite.content.Corpus;
import io.quickcite.content.Sentence;
import io.quickcite.content.SynonymsFile;
import io.quickcite.content.Unit;
import io.quickcite.index.Analysis;
import io.quickcite.index.IndexFormat;
import io.quickcite.index.Synonyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/** What the build learns about a site's words: its synonyms (mined acronyms plus the operator's file) and its proper nouns. */
final class SiteVocabulary {

    /** A term counts as a proper noun when at least this share of its mid-sentence uses are capitalised. */
    private static final double PROPER_SHARE = 0.8;

    private SiteVocabulary() {}

    /** The acronyms the content defines plus the operator's groups, as analysed synonym rules. */
    static Synonyms synonyms(Corpus corpus, List<SynonymsFile.Group> fileGroups) {
        Analyzer analyzer = IndexFormat.analyzer();
        List<List<String[]>> groups = new ArrayList<>();
        for (AcronymMiner.Acronym a : AcronymMiner.mine(texts(corpus))) {
            String[] acronym = Analysis.terms(analyzer, IndexFormat.BODY, a.acronym());
            String[] longForm = Analysis.terms(analyzer, IndexFormat.BODY, a.longForm());
            if (acronym.length > 0 && longForm.length > 0) {
                groups.add(List.of(acronym, longForm));
            }
        }
        for (SynonymsFile.Group g : fileGroups) {
            List<String[]> phrases = new ArrayList<>();
            for (String phrase : g.phrases()) {
                String[] terms = Analysis.terms(analyzer, IndexFormat.BODY, phrase);
                if (terms.length == 0) {
                    throw new ContentException(
                            SynonymsFile.NAME,
                            g.line(),
                            "'" + phrase + "' has only stop words; it cannot match anything");
                }
                phrases.add(terms);
            }
            groups.add(phrases);
        }
        return Synonyms.of(groups);
    }

    /** Terms the content writes capitalised in mid-sentence (names such as places, bodies and products). */
    static Set<String> properTerms(Corpus corpus) {
        Analyzer analyzer = IndexFormat.analyzer();
        Map<String, int[]> counts = new HashMap<>();
        for (String text : texts(corpus)) {
            for (Analysis.Token t : Analysis.tokens(analyzer, IndexFormat.BODY, text)) {
                if (t.start() == 0 || sentenceStart(text, t.start())) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.term(), k -> new int[2]);
                c[Character.isUpperCase(text.charAt(t.start())) ? 0 : 1]++;
            }
        }
        Set<String> proper = new TreeSet<>();
        counts.forEach((term, c) -> {
            if (c[0] >= PROPER_SHARE * (c[0] + c[1])) {
                proper.add(term);
            }
        });
        return proper;
    }

    /** True when only punctuation, quotes or a label's colon stand between the start of the text and {@code at}. */
    private static boolean sentenceStart(String text, int at) {
        String before = text.substring(0, at).strip();
        return before.isEmpty()
                || before.endsWith(":")
                || before.endsWith("—")
                || before.endsWith("\"")
                || before.endsWith("“");
    }

    private static List<String> texts(Corpus corpus) {
        List<String> texts = new ArrayList<>();
        for (Unit u : corpus.units()) {
            for (Sentence s : u.sentences()) {
                texts.add(s.text());
            }
        }
        return texts;
    }
}
