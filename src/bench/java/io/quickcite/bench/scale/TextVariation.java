package io.quickcite.bench.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one synthetic document varies the sample's text: a few of the sample's names swapped for names of its own
 * (so the vocabulary grows with the corpus, as a real site's does), and other numbers, years and months.
 */
final class TextVariation {

    /** Names of the sample a synthetic document renames. */
    private static final int RENAMED = 3;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*(?![\\p{L}\\d])");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] SYLLABLES = {
        "ka", "lo", "ren", "ta", "vi", "mar", "sen", "do", "li", "wen", "chi", "ro", "bel", "tu", "han", "so", "ne",
        "quin", "ya", "zor", "pa", "ko", "dan", "mei"
    };

    private final Random random;
    /** Sample name to this document's name, longest first so that "Hong Kong Monetary Authority" goes before "Hong Kong". */
    private final Map<Pattern, String> names = new LinkedHashMap<>();

    private final String firstName;

    TextVariation(Random random, List<String> sampleNames) {
        this.random = random;
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(RENAMED, sampleNames.size())) {
            String name = sampleNames.get(random.nextInt(sampleNames.size()));
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        chosen.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String first = null;
        for (String name : chosen) {
            String invented = invent(name);
            names.put(Pattern.compile("\\b" + Pattern.quote(name) + "\\b"), invented);
            first = first == null ? invented : first;
        }
        this.firstName = first;
    }

    /** {@code text} with this document's names, numbers and months. */
    String apply(String text) {
        for (Map.Entry<Pattern, String> e : names.entrySet()) {
            text = e.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
        text = MONTH.matcher(text).replaceAll(m -> MONTHS[random.nextInt(MONTHS.length)]);
        return NUMBER.matcher(text).replaceAll(m -> number(m.group()));
    }

    /**
     * How this document words a curated entry (questions and answer alike): {@link #apply}, and when that leaves the
     * first question unchanged, the first sample name in it renamed too, so that entries do not repeat across documents.
     */
    UnaryOperator<String> entry(String firstQuestion, List<String> sampleNames) {
        if (firstName == null || !apply(firstQuestion).equals(firstQuestion)) {
            return this::apply;
        }
        for (String name : sampleNames) {
            Pattern p = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            if (p.matcher(firstQuestion).find()) {
                return text -> p.matcher(apply(text)).replaceAll(Matcher.quoteReplacement(firstName));
            }
        }
        return this::apply;
    }

    /** A date as timelines write it, e.g. "October 7, 2024". */
    String date() {
        return MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)) + ", " + (2015 + random.nextInt(12));
    }

    /** An ISO date for the front matter. */
    String isoDate() {
        return String.format(
                Locale.ROOT, "%d-%02d-%02d", 2019 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** A number of the same shape: a year stays a plausible year, a small count a small count, separators stay. */
    private String number(String n) {
        if (n.matches("\\d{4}")) {
            int year = Integer.parseInt(n);
            if (year >= 1990 && year < 2040) {
                return Integer.toString(2015 + random.nextInt(16));
            }
        }
        if (n.matches("\\d{1,2}")) {
            return Integer.toString(1 + random.nextInt(28));
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(
                    !Character.isDigit(c)
                            ? c
                            : (char) ('0' + (i == 0 && c != '0' ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
        return b.toString();
    }

    /** A made-up name shaped like {@code name}: an acronym for an acronym, else as many capitalised words. */
    private String invent(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            StringBuilder b = new StringBuilder();
            for (int i = 3 + random.nextInt(3); i > 0; i--) {
                b.append((char) ('A' + random.nextInt(26)));
            }
            return b.toString();
        }
        StringBuilder b = new StringBuilder();
        for (String ignored : name.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(2); s > 0; s--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            b.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return b.toString();
    }
}
