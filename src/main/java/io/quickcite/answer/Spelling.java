package io.quickcite.answer;

import io.quickcite.content.Sentence;
import io.quickcite.content.Unit;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a misspelt word of a question as the site's own word: the word of the site's text (titles, headings, passages
 * and questions) nearest to it by edit distance (one edit for words of up to 6 letters, two for longer ones), the more
 * frequent on ties. Only words the site never uses, in any form (their analysed term is not in the index), are read
 * again; built once from the corpus.
 */
final class Spelling {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final int MIN_LENGTH = 4;

    /** Every word of the site, lower-cased, with how often it occurs. */
    private final Map<String, Integer> words = new HashMap<>();

    private final SiteIndex index;
    private final org.apache.lucene.analysis.Analyzer analyzer = io.quickcite.index.IndexFormat.analyzer();

    Spelling(SiteIndex index) {
        this.index = index;
        index.corpus().documents().forEach(d -> count(d.title()));
        for (Unit u : index.corpus().units()) {
            count(u.section());
            u.questions().forEach(this::count);
            for (Sentence s : u.sentences()) {
                count(s.text());
            }
        }
    }

    /** A question read again: its text, and whether every word changed was one edit away from the site's (a plain typo). */
    record Correction(String question, boolean plainTypos) {}

    /** The question with each word the site lacks read as its nearest site word, or null when no word changed. */
    Correction correct(String question) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        boolean plain = true;
        while (m.find()) {
            String word = m.group();
            String lower = fold(word);
            String fix =
                    lower.length() >= MIN_LENGTH && !words.containsKey(lower) && !indexed(word) ? nearest(lower) : null;
            if (fix != null) {
                changed = true;
                plain &= distance(lower, fix, 1) <= 1 && lower.length() >= 5;
                String shown = Character.isUpperCase(word.charAt(0))
                        ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1)
                        : fix;
                m.appendReplacement(out, Matcher.quoteReplacement(shown));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(word));
            }
        }
        m.appendTail(out);
        return changed ? new Correction(out.toString(), plain) : null;
    }

    /** True when the site holds the word's analysed form ("start" where the site says "starts"): another form, no typo. */
    private boolean indexed(String word) {
        String[] terms = io.quickcite.index.Analysis.terms(analyzer, io.quickcite.index.IndexFormat.BODY, word);
        for (String t : terms) {
            if (index.holds(io.quickcite.index.IndexFormat.BODY, t)
                    || index.holds(io.quickcite.index.IndexFormat.CONTEXT, t)) {
                return true;
            }
        }
        return false;
    }

    private String nearest(String word) {
        int limit = word.length() <= 6 ? 1 : 2;
        String best = null;
        int bestDistance = limit + 1;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            String candidate = e.getKey();
            if (Math.abs(candidate.length() - word.length()) > limit || candidate.length() < MIN_LENGTH) {
                continue;
            }
            int d = distance(word, candidate, limit);
            if (d < bestDistance || d == bestDistance && e.getValue() > bestCount) {
                best = candidate;
                bestDistance = d;
                bestCount = e.getValue();
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** Optimal string alignment distance (adjacent swaps count one), or {@code limit + 1} once it is over the limit. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private void count(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.merge(fold(m.group()), 1, Integer::sum);
        }
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
    }
}
