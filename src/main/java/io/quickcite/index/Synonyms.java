package io.quickcite.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equivalent phrases of a site (acronyms and their long forms mined from the content, plus the operator's
 * synonyms file), as rules over analysed terms: wherever a phrase occurs in content, the terms of its equivalents
 * are added at the same place. Content is expanded, questions are not, so a question in either wording matches.
 */
public final class Synonyms {

    /** No synonyms. */
    public static final Synonyms NONE = new Synonyms(List.of());

    /** Where {@code phrase} (analysed terms, consecutive) occurs, {@code adds} are added. */
    public record Rule(String[] phrase, String[] adds) {}

    /** At most this many phrases per group once variants are added. */
    private static final int MAX_GROUP = 24;

    private final List<Rule> rules;
    private final Map<String, List<Rule>> byFirstTerm = new HashMap<>();

    private Synonyms(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule r : rules) {
            byFirstTerm.computeIfAbsent(r.phrase()[0], k -> new ArrayList<>()).add(r);
        }
        byFirstTerm.values().forEach(list -> list.sort((a, b) -> b.phrase().length - a.phrase().length));
    }

    /**
     * Rules from groups of equivalent phrases (each phrase its analysed terms). Groups sharing a phrase merge,
     * and what a rule adds is itself expanded once, so "AISC" also brings "AI" when "Artificial Intelligence (AI)"
     * is known.
     */
    public static Synonyms of(List<List<String[]>> groups) {
        List<Set<List<String>>> merged = new ArrayList<>();
        for (List<String[]> group : groups) {
            Set<List<String>> phrases = new LinkedHashSet<>();
            for (String[] p : group) {
                if (p.length > 0) {
                    phrases.add(List.of(p));
                }
            }
            for (int i = merged.size() - 1; i >= 0; i--) {
                if (merged.get(i).stream().anyMatch(phrases::contains)) {
                    phrases.addAll(merged.remove(i));
                }
            }
            if (phrases.size() > 1) {
                merged.add(phrases);
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Set<List<String>> group : merged) {
                for (List<String> phrase : List.copyOf(group)) {
                    for (Set<List<String>> other : merged) {
                        if (other != group) {
                            variants(phrase, other, group);
                        }
                    }
                }
            }
        }
        List<Rule> direct = new ArrayList<>();
        for (Set<List<String>> group : merged) {
            for (List<String> phrase : group) {
                Set<String> adds = new LinkedHashSet<>();
                for (List<String> other : group) {
                    if (!other.equals(phrase)) {
                        adds.addAll(other);
                    }
                }
                phrase.forEach(adds::remove);
                if (!adds.isEmpty()) {
                    direct.add(new Rule(phrase.toArray(String[]::new), adds.toArray(String[]::new)));
                }
            }
        }
        Synonyms first = new Synonyms(direct);
        List<Rule> closed = new ArrayList<>();
        for (Rule r : direct) {
            Set<String> adds = new LinkedHashSet<>(Arrays.asList(r.adds()));
            for (Set<List<String>> group : merged) {
                if (group.contains(List.of(r.phrase()))) {
                    for (List<String> other : group) {
                        adds.addAll(first.expandTerms(other.toArray(String[]::new)));
                    }
                }
            }
            Arrays.asList(r.phrase()).forEach(adds::remove);
            closed.add(new Rule(r.phrase(), adds.toArray(String[]::new)));
        }
        return new Synonyms(closed);
    }

    /**
     * Adds to {@code group} the variants of {@code phrase} in which a part that is a phrase of {@code other} is replaced
     * by another phrase of {@code other} ("Artificial Intelligence Research…" also as "AI Research…"), up to a bound.
     */
    private static void variants(List<String> phrase, Set<List<String>> other, Set<List<String>> group) {
        for (List<String> part : other) {
            if (part.size() >= phrase.size()) {
                continue;
            }
            int at = java.util.Collections.indexOfSubList(phrase, part);
            if (at < 0) {
                continue;
            }
            for (List<String> replacement : other) {
                if (replacement.equals(part) || group.size() >= MAX_GROUP) {
                    continue;
                }
                List<String> variant = new ArrayList<>(phrase.subList(0, at));
                variant.addAll(replacement);
                variant.addAll(phrase.subList(at + part.size(), phrase.size()));
                group.add(variant);
            }
        }
    }

    /** The rules, longest phrases first per first term. */
    public List<Rule> rules() {
        return rules;
    }

    /** True when there are no rules. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * {@code tokens} with the terms of every matching rule added right after the token where its phrase starts;
     * an added token spans the whole phrase. The second list says, per returned token, whether it was added.
     */
    public Expanded expand(List<Analysis.Token> tokens) {
        List<Analysis.Token> out = new ArrayList<>(tokens.size());
        List<Boolean> added = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Analysis.Token t = tokens.get(i);
            out.add(t);
            added.add(false);
            List<Rule> candidates = byFirstTerm.get(t.term());
            if (candidates == null) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Rule r : candidates) {
                if (matches(tokens, i, r.phrase())) {
                    int end = tokens.get(i + r.phrase().length - 1).end();
                    for (String a : r.adds()) {
                        if (seen.add(a)) {
                            out.add(new Analysis.Token(a, t.start(), end));
                            added.add(true);
                        }
                    }
                }
            }
        }
        return new Expanded(out, added);
    }

    /** Tokens after expansion, and per token whether a rule added it. */
    public record Expanded(List<Analysis.Token> tokens, List<Boolean> added) {}

    /** The unique terms of {@code terms} plus what the rules add to them. */
    public Set<String> expandTerms(String[] terms) {
        List<Analysis.Token> tokens = new ArrayList<>(terms.length);
        for (String t : terms) {
            tokens.add(new Analysis.Token(t, 0, 0));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Analysis.Token t : expand(tokens).tokens()) {
            out.add(t.term());
        }
        return out;
    }

    private static boolean matches(List<Analysis.Token> tokens, int at, String[] phrase) {
        if (at + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(at + k).term().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Writes the rules. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(rules.size());
        for (Rule r : rules) {
            CorpusCodec.terms(out, r.phrase());
            CorpusCodec.terms(out, r.adds());
        }
    }

    /** Reads what {@link #write} wrote. */
    public static Synonyms read(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Rule> rules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rules.add(new Rule(CorpusCodec.terms(in), CorpusCodec.terms(in)));
        }
        return new Synonyms(rules);
    }
}
