package io.quickcite.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.List;

/**
 * What index building (build time) and answering (run time) share: the format version, where the index
 * lives on the classpath, the Lucene field names and the analyzer.
 */
public final class IndexFormat {

    /** Bumped whenever the layout of the packaged index changes; a mismatch fails the cold start. */
    public static final int VERSION = 1;

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
        "what", "when", "where", "who", "whom", "whose", "which", "why", "how", "does", "did", "do", "done",
        "has", "have", "had", "can", "could", "would", "should", "much", "many", "tell", "me", "about", "i",
        "you", "we", "its", "was", "were", "been", "being", "am", "so", "any", "some", "from", "our", "my", "your",
        "please", "s");

    private IndexFormat() {
    }

    /** The analyzer of every text field and of questions: English stemming, stop words and question words removed. */
    public static Analyzer analyzer() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(QUESTION_WORDS);
        return new EnglishAnalyzer(stop);
    }
}
