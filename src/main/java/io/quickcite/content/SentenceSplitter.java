package io.quickcite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits running text into sentences and takes each sentence's {@code [n]} citation markers out of its text.
 * Markers that follow a sentence's full stop belong to that sentence.
 */
public final class SentenceSplitter {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "vs", "no", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "fig",
            "dept", "est", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private SentenceSplitter() {}

    /** The sentences of {@code text}, each with the citation markers it ends with taken out; blank text gives none. */
    public static List<Sentence> split(String text) {
        return split(text, true);
    }

    /** The sentences of {@code text} where "[n]" is plain text, not a citation (a page that lists no sources). */
    public static List<Sentence> splitWithoutMarkers(String text) {
        return split(text, false);
    }

    private static List<Sentence> split(String text, boolean markers) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && !isAbbreviation(text, i)) {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                Matcher m = MARKER.matcher(text);
                while (markers && j < n && m.find(j) && m.start() == j) {
                    j = m.end();
                }
                if (j >= n || (Character.isWhitespace(text.charAt(j)) && startsSentence(text, j))) {
                    add(sentences, text.substring(start, j), markers);
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        add(sentences, text.substring(start), markers);
        return sentences;
    }

    private static void add(List<Sentence> sentences, String raw, boolean markers) {
        if (!markers) {
            String text = raw.replaceAll("\\s+", " ").trim();
            if (!text.isEmpty()) {
                sentences.add(new Sentence(text, List.of()));
            }
            return;
        }
        List<Integer> citations = new ArrayList<>();
        Matcher m = MARKER.matcher(raw);
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (!citations.contains(number)) {
                citations.add(number);
            }
        }
        String text = m.replaceAll("").replaceAll("\\s+", " ").trim();
        if (!text.isEmpty()) {
            sentences.add(new Sentence(text, citations));
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
    }

    private static boolean startsSentence(String text, int j) {
        int k = j;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || "\"“‘'([".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** A full stop that ends "A.I.", "U.S.", an initial or a common abbreviation does not end a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.indexOf('.') >= 0 && !word.endsWith(".")) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
