package io.quickcite.answer;

import io.quickcite.index.Analysis;
import io.quickcite.index.IndexFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question read for answering: its informative terms and their weights (BM25-style idf over the units; a term
 * the corpus has never seen weighs most), its type, and which terms any answer must cover — names, numbers and
 * ordinals, and the thing a "how many" question counts. Words that only say what kind of fact is wanted ("date",
 * "cost", "number") are marked so that a sentence offering that kind of fact covers them.
 */
final class QuestionTerms {

    private static final Set<String> ORDINALS = Set.of(
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
            "latest", "next");
    private static final Set<String> TYPE_WORDS = loadTypeWords();
    /** What may stand between two words of one name: spaces, "and", "of", "for", "the", "&", a possessive. */
    private static final Pattern JOINS_NAME = Pattern.compile("(?i)(?:\\s+(?:and|of|for|the|&|on|de))*\\s+");
    /** A possessive ends a name: "Hong Kong's AI" is two names. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** Idioms that pad a question without narrowing it; they are blanked (offsets kept) before the question is read. */
    private static final Pattern FILLERS = Pattern.compile(
            "(?i)\\b(?:so far|to date|as of now|as of today|right now|these days|at the moment|at present|in a nutshell|in short|in brief|"
                    + "in general|worth(?=\\s+\\w+ing\\b))\\b");

    private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(the|its|their|a|an|his|her)\\s+$");
    /** General English words ({@code generic-words.txt}, analysed), and how much less they weigh than their rarity suggests. */
    private static final Set<String> GENERIC = loadGenericWords();

    private static final double GENERIC_FACTOR = 0.4;
    /** A word the site never uses is the surest sign it does not cover the question: it weighs this much more. */
    private static final double UNSEEN_FACTOR = 1.5;
    /** Words of a "what does X consist of" question: a sentence that defines X answers them. */
    private static final Set<String> DEFINITION_WORDS =
            Set.of("consist", "compris", "includ", "contain", "mean", "defin", "stand", "cover");
    /** A question about how long something lasts; its verb ("run", "last") is answered by the duration itself. */
    private static final Pattern DURATION = Pattern.compile("\\bhow long\\b|\\bhow many (years|months|weeks|days)\\b");

    private static final Set<String> DURATION_VERBS = Set.of("run", "last", "take", "remain", "continu", "go");

    private final String text;
    private final QuestionType type;
    private final String[] terms;
    private final double[] weights;
    private final double total;
    private final long essential;
    private final long names;
    private final long typeWords;
    private final Set<String> expanded;
    private final List<String[]> namePhrases;
    private final boolean aboutMoney;
    private final boolean aboutDuration;
    /** The terms' numbers in the site index (-1: no passage holds the term). */
    private final int[] ids;

    private QuestionTerms(
            String text,
            QuestionType type,
            String[] terms,
            double[] weights,
            long essential,
            long names,
            long typeWords,
            Set<String> expanded,
            List<String[]> namePhrases,
            int[] ids) {
        this.namePhrases = namePhrases;
        // only an AMOUNT question is answered by an amount of money or a span of time (see QuestionType.offeredBy)
        this.aboutMoney = type == QuestionType.AMOUNT && QuestionType.aboutMoney(text);
        this.aboutDuration = type == QuestionType.AMOUNT && QuestionType.aboutDuration(text);
        this.ids = ids;
        this.text = text;
        this.type = type;
        this.terms = terms;
        this.weights = weights;
        this.essential = essential;
        this.names = names;
        this.typeWords = typeWords;
        this.expanded = expanded;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        this.total = sum;
    }

    /** Reads {@code question} against the site index (weights from its reader, names from its proper terms). */
    static QuestionTerms of(String asked, Analyzer analyzer, SiteIndex index) {
        String question = withoutFillers(asked);
        String lower = question.toLowerCase(Locale.ROOT);
        QuestionType type = QuestionType.of(lower);
        List<String> terms = new ArrayList<>();
        long essential = 0;
        long typeWords = 0;
        long names = 0;
        String counted = QuestionType.counted(lower);
        boolean duration = DURATION.matcher(lower).find();
        String countedTerm = counted == null ? null : first(Analysis.terms(analyzer, IndexFormat.BODY, counted));
        String focus = QuestionType.focus(lower);
        Set<String> focusTerms = focus == null ? Set.of() : Set.of(Analysis.terms(analyzer, IndexFormat.BODY, focus));
        List<List<String>> namePhrases = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        int previousEnd = -1;
        for (Analysis.Token token : Analysis.tokens(analyzer, IndexFormat.BODY, question)) {
            boolean name = isName(question, token, question.substring(token.start(), token.end()), index.properTerms());
            boolean joined = previousEnd >= 0
                    && JOINS_NAME
                            .matcher(question.substring(previousEnd, token.start()))
                            .matches()
                    && !POSSESSIVE.matcher(question.substring(0, previousEnd)).find();
            if (!name || !joined) {
                if (phrase.size() >= 2) {
                    namePhrases.add(List.copyOf(phrase));
                }
                phrase.clear();
            }
            if (name) {
                phrase.add(token.term());
            }
            previousEnd = name ? token.end() : -1;
            int i = terms.indexOf(token.term());
            if (i < 0) {
                if (terms.size() == Long.SIZE) {
                    break;
                }
                i = terms.size();
                terms.add(token.term());
            }
            String raw = question.substring(token.start(), token.end());
            String term = token.term();
            if (type.needsEvidence() && (TYPE_WORDS.contains(term) || duration && DURATION_VERBS.contains(term))
                    || type == QuestionType.DEFINITION && DEFINITION_WORDS.contains(term)) {
                typeWords |= 1L << i;
            } else if (name) {
                names |= 1L << i;
            } else if (isNumber(question, token)
                    || term.equals(countedTerm)
                    || focusTerms.contains(term) && !GENERIC.contains(term)) {
                essential |= 1L << i;
            }
        }
        if (phrase.size() >= 2) {
            namePhrases.add(List.copyOf(phrase));
        }
        String[] unique = terms.toArray(String[]::new);
        double[] weights = new double[unique.length];
        int n = index.searcher().getIndexReader().numDocs();
        for (int i = 0; i < unique.length; i++) {
            int df = index.docFreq(unique[i]);
            weights[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5))
                    * (df == 0 ? UNSEEN_FACTOR : 1)
                    * (GENERIC.contains(unique[i]) ? GENERIC_FACTOR : 1);
        }
        Set<String> expanded = index.synonyms().expandTerms(unique);
        return new QuestionTerms(
                lower,
                type,
                unique,
                weights,
                essential,
                names,
                typeWords,
                expanded,
                namePhrases.stream().map(p -> p.toArray(String[]::new)).toList(),
                Arrays.stream(unique).mapToInt(index::termId).toArray());
    }

    private static String withoutFillers(String question) {
        Matcher m = FILLERS.matcher(question);
        StringBuilder out = new StringBuilder(question);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static String first(String[] terms) {
        return terms.length == 0 ? null : terms[0];
    }

    /**
     * A name: written with two capitals ("AISC", "HKPilot") or capitalised after the question's first word. A question
     * written all in lower case says nothing by its casing, so there a word the content writes as a name counts.
     */
    private static boolean isName(String question, Analysis.Token token, String raw, Set<String> properTerms) {
        if (count(question, 0, question.length(), Character::isUpperCase) == 0) {
            return properTerms.contains(token.term());
        }
        int capitals = count(raw, 0, raw.length(), Character::isUpperCase);
        boolean opensQuestion = count(question, 0, token.start(), Character::isLetterOrDigit) == 0;
        return capitals >= 2 || (capitals == 1 && Character.isUpperCase(raw.charAt(0)) && !opensQuestion);
    }

    /** How many characters of {@code text} from {@code start} to {@code end} satisfy {@code test} (a loop: this runs per word of every question). */
    private static int count(String text, int start, int end, java.util.function.IntPredicate test) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (test.test(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A number, or an ordinal that picks one of several ("the third cohort", not "first published"). */
    private static boolean isNumber(String question, Analysis.Token token) {
        if (token.term().chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return ORDINALS.contains(token.term())
                && DETERMINER.matcher(question.substring(0, token.start())).find();
    }

    private static Set<String> loadGenericWords() {
        try (var in = QuestionTerms.class.getResourceAsStream("generic-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("generic-words.txt missing from the classpath");
            }
            return analysed(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> loadTypeWords() {
        return analysed(List.of(
                "date",
                "year",
                "month",
                "day",
                "time",
                "deadline",
                "money",
                "cost",
                "price",
                "funding",
                "fund",
                "budget",
                "spend",
                "worth",
                "pay",
                "dollars",
                "invest",
                "investment",
                "number",
                "percentage",
                "share",
                "proportion",
                "amount",
                "size",
                "total",
                "long",
                "percent",
                "fraction",
                "part"));
    }

    /** The analysed terms of some words, as the question analyzer reads them. */
    private static Set<String> analysed(List<String> texts) {
        Analyzer analyzer = IndexFormat.analyzer();
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            words.addAll(List.of(Analysis.terms(analyzer, IndexFormat.BODY, text)));
        }
        return Set.copyOf(words);
    }

    /** How the question was read: type, and each term with its share of the weight and its role. */
    String describe() {
        StringBuilder b = new StringBuilder("type ").append(type).append(':');
        for (int i = 0; i < terms.length; i++) {
            long bit = 1L << i;
            b.append(String.format(Locale.ROOT, " %s %.2f", terms[i], share(bit)));
            b.append(
                    (essential & bit) != 0
                            ? " (essential)"
                            : (names & bit) != 0 ? " (name)" : (typeWords & bit) != 0 ? " (type word)" : "");
            b.append(i + 1 < terms.length ? "," : "");
        }
        return b.toString();
    }

    boolean isEmpty() {
        return terms.length == 0;
    }

    /** True when the question is about something measured in money. */
    boolean aboutMoney() {
        return aboutMoney;
    }

    /** True when the question asks how long something lasts. */
    boolean aboutDuration() {
        return aboutDuration;
    }

    /** The question, lower-cased. */
    String text() {
        return text;
    }

    QuestionType type() {
        return type;
    }

    String[] terms() {
        return terms;
    }

    int size() {
        return terms.length;
    }

    /** Bits of the numbers, ordinals, the counted thing and the focus: the chosen sentences (or their context) must hold them. */
    long essential() {
        return essential;
    }

    /** Names of several words ("Innovation and Technology Development Blueprint"): the passage must hold each as written, in order. */
    List<String[]> namePhrases() {
        return namePhrases;
    }

    /** Bits of the names in the question: the passage the answer comes from (or its context) must mention them. */
    long names() {
        return names;
    }

    /** Bits of the words that only say what kind of fact is wanted; a sentence offering that fact covers them. */
    long typeWords() {
        return typeWords;
    }

    /** The question's terms plus their synonyms. */
    Set<String> expanded() {
        return expanded;
    }

    /** Bit set (bit i = term i) of the question terms among {@code sortedIds} (term numbers, see {@link SiteIndex#termId}). */
    long matched(int[] sortedIds) {
        long bits = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0 && Arrays.binarySearch(sortedIds, ids[i]) >= 0) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** Share (0..1) of the question's weight held by the terms in {@code bits}. */
    double share(long bits) {
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            if ((bits & (1L << i)) != 0) {
                sum += weights[i];
            }
        }
        return sum / total;
    }

    /** True when {@code term} is one of the question's terms. */
    boolean contains(String term) {
        for (String t : terms) {
            if (t.equals(term)) {
                return true;
            }
        }
        return false;
    }
}
