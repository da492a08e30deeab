package io.quickcite.indexer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronyms the content itself defines, in three forms: "Long Form (LF)", "LF (Long Form)" and a passage
 * that opens "LF: ... Long Form ...". A long form counts only when the initials of its words spell the acronym
 * (a word with several capitals, such as "AI" or "R&D", gives all of them; "of", "and", "the"… may be skipped).
 * Then, where no acronym was defined, the initials of a body's name ("Insurance Authority" → IA), as visitors
 * write them.
 */
final class AcronymMiner {

    /** An acronym and the long form the content gives for it. */
    record Acronym(String acronym, String longForm) {}

    private static final String ACRONYM = "[A-Za-z][A-Za-z.&+]*";
    private static final Pattern AFTER_LONG = Pattern.compile("\\((" + ACRONYM + ")\\)");
    private static final Pattern BEFORE_LONG = Pattern.compile("(?<![\\w.])(" + ACRONYM + ") \\(([^()]{3,120})\\)");
    private static final Pattern LABEL = Pattern.compile("^(" + ACRONYM + "): (.+)$");
    /** A table cell after its column's header, as a table row's text holds it: "Platform: AIRDI". */
    private static final Pattern HEADED_CELL = Pattern.compile("^([^:;]{1,40}): (.+)$");
    /** Text ending like "Financial Services and the ": what follows is the tail of a longer name. */
    private static final Pattern PART_OF_LONGER_NAME =
            Pattern.compile("[A-Z][\\w’']*\\s+(?:(?:of|and|for|the|on)\\s+){1,2}$");

    private static final Set<String> FUNCTION_WORDS =
            Set.of("of", "and", "for", "the", "on", "in", "to", "&", "a", "an");
    private static final int MAX_WORDS = 10;
    private static final String ORGANISATION_WORDS =
            "(?:Authority|Bureau|Office|Department|Commission|Council|Agency|Board|Committee|"
                    + "Institute|Corporation|Association|Ministry|Administration|Commissioner)\\b";
    /**
     * A body's name: capitalised words ending in a word that names an organisation ("Insurance Authority",
     * "Digital Policy Office"). Such names are commonly written by their initials even where the content does not.
     */
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:(?!" + ORGANISATION_WORDS
            + ")(?!The\\b)[A-Z][a-z]+(?:\\s+(?:of|and|for|the|on)\\b){0,2}\\s+){1,6}" + ORGANISATION_WORDS);

    private AcronymMiner() {}

    /** The acronyms defined in {@code texts} (sentences), first long form per acronym kept. */
    static List<Acronym> mine(Iterable<String> texts) {
        Map<String, Acronym> found = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher after = AFTER_LONG.matcher(text);
            while (after.find()) {
                String letters = letters(after.group(1));
                if (letters == null) {
                    continue;
                }
                List<String> words = words(text.substring(0, after.start()));
                for (int k = 1; k <= Math.min(MAX_WORDS, words.size()); k++) {
                    List<String> run = words.subList(words.size() - k, words.size());
                    if (spells(run, letters)) {
                        found.putIfAbsent(key(after.group(1)), new Acronym(after.group(1), String.join(" ", run)));
                        break;
                    }
                }
            }
            Matcher before = BEFORE_LONG.matcher(text);
            while (before.find()) {
                String letters = letters(before.group(1));
                List<String> words = words(before.group(2));
                if (letters != null && spells(words, letters)) {
                    found.putIfAbsent(key(before.group(1)), new Acronym(before.group(1), String.join(" ", words)));
                }
            }
            Matcher label = LABEL.matcher(text);
            if (label.find()) {
                labelled(label.group(1), label.group(2), found);
            }
            String[] cells = text.split("; ");
            for (int c = 0; c + 1 < cells.length; c++) {
                Matcher cell = HEADED_CELL.matcher(cells[c]);
                Matcher next = HEADED_CELL.matcher(cells[c + 1]);
                if (cell.matches() && cell.group(2).matches(ACRONYM) && next.matches()) {
                    labelled(cell.group(2), next.group(2), found);
                }
            }
        }
        for (String text : texts) {
            Matcher org = ORGANISATION.matcher(text);
            while (org.find()) {
                if (PART_OF_LONGER_NAME.matcher(text.substring(0, org.start())).find()) {
                    continue;
                }
                List<String> words = words(org.group());
                StringBuilder initials = new StringBuilder();
                for (String w : words) {
                    if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                        initials.append(Character.toUpperCase(w.charAt(0)));
                    }
                }
                if (initials.length() >= 2 && initials.length() <= 6) {
                    found.putIfAbsent(initials.toString(), new Acronym(initials.toString(), String.join(" ", words)));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** An acronym that labels a text ("AIRDI: The Hong Kong Artificial Intelligence Research…") defined by a run of its words. */
    private static void labelled(String acronym, String text, Map<String, Acronym> found) {
        String letters = letters(acronym);
        List<String> words = words(text);
        for (int from = 0; letters != null && from < Math.min(12, words.size()); from++) {
            for (int k = 1; k <= MAX_WORDS && from + k <= words.size(); k++) {
                List<String> run = words.subList(from, from + k);
                if (!FUNCTION_WORDS.contains(run.get(0).toLowerCase(Locale.ROOT)) && spells(run, letters)) {
                    found.putIfAbsent(key(acronym), new Acronym(acronym, String.join(" ", run)));
                    return;
                }
            }
        }
    }

    private static String key(String acronym) {
        return acronym.toUpperCase(Locale.ROOT);
    }

    /** The capitals an acronym spells (a plural "s" dropped), or null when it is not an acronym (fewer than two capitals, or mostly lower case). */
    static String letters(String acronym) {
        String a = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        StringBuilder caps = new StringBuilder();
        int lower = 0;
        for (char c : a.toCharArray()) {
            if (Character.isUpperCase(c)) {
                caps.append(c);
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return caps.length() >= 2 && lower <= caps.length() ? caps.toString() : null;
    }

    /** Words of a text, with possessives and surrounding punctuation stripped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[\\s\\u00a0]+")) {
            String w = raw.replaceAll("[’']s$", "").replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** True when the words' initials spell {@code letters}, function words skipped or counted. */
    static boolean spells(List<String> run, String letters) {
        if (FUNCTION_WORDS.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return spells(run, 0, letters, 0);
    }

    private static boolean spells(List<String> run, int w, String letters, int l) {
        if (w == run.size()) {
            return l == letters.length();
        }
        String word = run.get(w);
        if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && spells(run, w + 1, letters, l)) {
            return true;
        }
        String initials = initials(word);
        return initials != null
                && letters.startsWith(initials, l)
                && spells(run, w + 1, letters, l + initials.length());
    }

    /** A word's contribution: all its capitals when it has several ("AI", "R&D", "HKPilot"), else its first letter. */
    private static String initials(String word) {
        StringBuilder caps = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isUpperCase(c)) {
                caps.append(c);
            }
        }
        if (caps.length() >= 2) {
            return caps.toString();
        }
        char first = word.charAt(0);
        return Character.isLetter(first) ? String.valueOf(Character.toUpperCase(first)) : null;
    }
}
