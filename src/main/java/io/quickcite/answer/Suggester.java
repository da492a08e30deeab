package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Unit;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-site type-ahead: the curated questions, page titles, section headings and the site's acronyms, built once.
 * Every typed word must start a word of the phrase, anywhere in it (the last may be partial); a word of four letters or
 * more may be one edit off. Exact matches rank first, then phrases that start with what was typed, then by kind.
 */
@Singleton
public final class Suggester {

    /** At most this many suggestions. */
    public static final int LIMIT = 8;

    /** A suggestion: the phrase, the curated entry that answers it (null for others), what it is, the typed part's ranges. */
    @Serdeable
    public record Suggestion(String question, String answerId, String kind, List<List<Integer>> highlights) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9&]{1,7}s?\\b");
    private static final List<String> KINDS = List.of("question", "title", "heading", "name");

    private record Word(String folded, int start, int end) {}

    private record Entry(String phrase, String answerId, String kind, List<Word> words) {}

    private record Match(Entry entry, int edits, boolean leading, List<List<Integer>> ranges) {}

    private final List<Entry> entries = new ArrayList<>();

    public Suggester(SiteIndex index) {
        Set<String> seen = new HashSet<>();
        for (Unit u : index.corpus().units()) {
            if (u.kind().curated()) {
                for (String q : u.questions()) {
                    add(q, u.id(), "question", seen);
                }
            }
        }
        for (Document d : index.corpus().documents()) {
            add(d.title(), null, "title", seen);
        }
        Map<String, Integer> acronyms = new HashMap<>();
        for (Unit u : index.corpus().units()) {
            if (!u.anchor().isEmpty()) {
                add(u.section(), null, "heading", seen);
            }
            for (Sentence s : u.sentences()) {
                Matcher m = ACRONYM.matcher(s.text());
                while (m.find()) {
                    acronyms.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        acronyms.entrySet().stream()
                .filter(e -> e.getValue() >= 2
                        && e.getKey().chars().filter(Character::isLetter).count() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> add(e.getKey(), null, "name", seen));
    }

    /** Up to {@link #LIMIT} phrases matching what the visitor has typed, best first, with the matched parts' ranges. */
    public List<Suggestion> suggest(String prefix) {
        List<Word> typed = words(prefix);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (Entry e : entries) {
            Match m = match(e, typed);
            if (m != null) {
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparingInt(Match::edits)
                .thenComparing(m -> !m.leading())
                .thenComparingInt(m -> KINDS.indexOf(m.entry().kind()))
                .thenComparingInt(m -> m.entry().phrase().length()));
        List<Suggestion> out = new ArrayList<>();
        for (Match m : matches.subList(0, Math.min(LIMIT, matches.size()))) {
            out.add(new Suggestion(
                    m.entry().phrase(), m.entry().answerId(), m.entry().kind(), m.ranges()));
        }
        return out;
    }

    /** How {@code typed} matches the entry's words, each typed word on a different word, or null. */
    private static Match match(Entry e, List<Word> typed) {
        int edits = 0;
        Set<Integer> used = new HashSet<>();
        List<List<Integer>> ranges = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            boolean last = i == typed.size() - 1;
            String t = typed.get(i).folded();
            int found = -1;
            int foundEdits = 2;
            int length = 0;
            for (int w = 0; w < e.words().size() && foundEdits > 0; w++) {
                if (used.contains(w)) {
                    continue;
                }
                String word = e.words().get(w).folded();
                String part = last && word.length() > t.length() ? word.substring(0, t.length()) : word;
                int d = part.equals(t) ? 0 : t.length() >= 4 ? Spelling.distance(t, part, 1) : 2;
                if (d > 1 && last && t.length() >= 4 && word.length() > t.length()) {
                    d = Spelling.distance(t, word.substring(0, t.length() + 1), 1);
                    part = word.substring(0, t.length() + 1);
                }
                if (d < foundEdits) {
                    found = w;
                    foundEdits = d;
                    length = part.length();
                }
            }
            if (found < 0 || foundEdits > 1) {
                return null;
            }
            used.add(found);
            edits += foundEdits;
            Word w = e.words().get(found);
            ranges.add(List.of(w.start(), w.start() + Math.min(length, w.end() - w.start())));
        }
        ranges.sort(Comparator.comparing(r -> r.get(0)));
        return new Match(e, edits, used.contains(0), ranges);
    }

    private void add(String phrase, String answerId, String kind, Set<String> seen) {
        String key = phrase.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && seen.add(key)) {
            entries.add(new Entry(phrase.strip(), answerId, kind, words(phrase.strip())));
        }
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String folded = Normalizer.normalize(m.group(), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT)
                    .replace('’', '\'');
            words.add(new Word(folded, m.start(), m.end()));
        }
        return words;
    }
}
