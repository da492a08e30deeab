package io.quickcite.answer;

import io.quickcite.content.Unit;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Type-ahead over the questions the site answers for sure (FAQ and quick-answer entries). */
@Singleton
public final class Suggester {

    /** At most this many suggestions. */
    public static final int LIMIT = 8;

    private record Entry(String question, String answerId, String[] words) {}

    private final List<Entry> entries = new ArrayList<>();

    public Suggester(SiteIndex index) {
        for (Unit u : index.corpus().units()) {
            if (u.kind().curated()) {
                for (String q : u.questions()) {
                    entries.add(new Entry(q, u.id(), words(q)));
                }
            }
        }
    }

    /** Questions in which every word of {@code prefix} starts a word (the last may be partial), best first. */
    public List<Related> suggest(String prefix) {
        String[] typed = words(prefix);
        List<Related> out = new ArrayList<>();
        if (typed.length == 0) {
            return out;
        }
        List<Entry> starts = new ArrayList<>();
        List<Entry> contains = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e.words, typed)) {
                (e.words[0].startsWith(typed[0]) ? starts : contains).add(e);
            }
        }
        for (List<Entry> group : List.of(starts, contains)) {
            for (Entry e : group) {
                if (out.size() < LIMIT
                        && out.stream().noneMatch(r -> r.answerId().equals(e.answerId))) {
                    out.add(new Related(e.question, e.answerId));
                }
            }
        }
        return out;
    }

    private static boolean matches(String[] words, String[] typed) {
        for (int i = 0; i < typed.length; i++) {
            boolean last = i == typed.length - 1;
            boolean found = false;
            for (String w : words) {
                if (last ? w.startsWith(typed[i]) : w.equals(typed[i])) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
