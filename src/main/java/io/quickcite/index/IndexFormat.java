package io.quickcite.index;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * What index building (build time) and answering (run time) share: the format version, where the index
 * lives on the classpath, the Lucene field names and the analyzer.
 */
public final class IndexFormat {

    /** Bumped whenever the layout of the packaged index changes; a mismatch fails the cold start. */
    public static final int VERSION = 4;

    /** Classpath folder of the packaged index (also the folder name under target/classes). */
    public static final String RESOURCE_DIR = "quickcite-index";

    public static final String MANIFEST = "manifest.properties";
    public static final String CORPUS = "corpus.bin";
    public static final String LUCENE_DIR = "lucene";

    /** Sentence text of a passage, or the answer of a curated entry. */
    public static final String BODY = "body";
    /** The questions of a curated entry. */
    public static final String QUESTION = "question";
    /** Document title, section heading and the passage's own label. */
    public static final String CONTEXT = "context";
    /** Unit kind name. */
    public static final String KIND = "kind";
    /** Doc values: the unit's position in the corpus. */
    public static final String ORD = "ord";

    /**
     * Words that shape a question but say nothing about its topic; they are dropped like stop words
     * (the engine reads the question type from the raw text before analysis).
     */
    public static final List<String> QUESTION_WORDS = List.of(
            "what",
            "when",
            "where",
            "who",
            "whom",
            "whose",
            "which",
            "why",
            "how",
            "does",
            "did",
            "do",
            "done",
            "has",
            "have",
            "had",
            "can",
            "could",
            "would",
            "should",
            "much",
            "many",
            "tell",
            "me",
            "about",
            "i",
            "you",
            "we",
            "its",
            "was",
            "were",
            "been",
            "being",
            "am",
            "so",
            "any",
            "some",
            "from",
            "our",
            "my",
            "your",
            "please",
            "s",
            // fillers: they shape how a visitor asks, not what about
            "besides",
            "supposed",
            "actually",
            "really",
            "exactly",
            "currently",
            "kind",
            "kinds",
            "sort",
            "thing",
            "things",
            "way",
            "ways",
            "describe",
            "overall",
            "particular",
            "also",
            "just",
            "still",
            "even",
            "else",
            "ever",
            "anything",
            "something",
            "know",
            "mean",
            "meant",
            "stand",
            "nutshell",
            "exist",
            "exists",
            "there",
            "get",
            "got",
            "happen",
            "happened",
            "say",
            "says",
            "said",
            "explain",
            "one",
            "ones",
            "right",
            "now",
            "today",
            "go",
            "since",
            "behind",
            // negations written without the apostrophe ("cant"): "not" itself is a stop word
            "cant",
            "cannot",
            "dont",
            "doesnt",
            "didnt",
            "isnt",
            "arent",
            "wasnt",
            "werent",
            "wont",
            "wouldnt",
            "shouldnt",
            "couldnt",
            "hasnt",
            "havent");

    private IndexFormat() {}

    /** The analyzer of every text field and of questions: English stemming, stop words and question words removed. */
    public static Analyzer analyzer() {
        return new SiteAnalyzer(Synonyms.NONE);
    }

    /** The content analyzer: {@link #analyzer()} with the site's synonyms added (questions are analysed without them). */
    public static Analyzer analyzer(Synonyms synonyms) {
        return new SiteAnalyzer(synonyms);
    }

    /** English analysis with question words as stop words, two readings of numbers and names, and the site's synonyms if any. */
    private static final class SiteAnalyzer extends AnalyzerWrapper {

        /** "3bn", "100m": a number and its scale word written together are read as two words ("3 bn"). */
        private static final Pattern SUFFIXED_NUMBER = Pattern.compile("(\\d)(bn|m|k|tn)\\b");
        /** "Sandbox++": the pluses tell one name from another, so they are kept as a word. */
        private static final Pattern PLUS_PLUS = Pattern.compile("(\\w)\\+\\+");

        private final EnglishAnalyzer english;
        private final Synonyms synonyms;

        private SiteAnalyzer(Synonyms synonyms) {
            this(english(), synonyms);
        }

        private SiteAnalyzer(EnglishAnalyzer english, Synonyms synonyms) {
            super(english.getReuseStrategy());
            this.english = english;
            this.synonyms = synonyms;
        }

        private static EnglishAnalyzer english() {
            CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
            stop.addAll(QUESTION_WORDS);
            return new EnglishAnalyzer(stop);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return english;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(
                    SUFFIXED_NUMBER, "$1 $2", new PatternReplaceCharFilter(PLUS_PLUS, "$1 plusplus", reader));
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return synonyms.isEmpty()
                    ? components
                    : new TokenStreamComponents(
                            components.getSource(), new SynonymFilter(components.getTokenStream(), synonyms));
        }
    }
}
