package io.quickcite.hardening;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Random hostile input for the fuzz tests, from a seeded {@link Random} so that a failure can be replayed: the failing
 * test prints its seed, and {@code -Dquickcite.fuzz.seed=N} runs with it again.
 */
final class Gen {

    /** The seed of this run: {@code quickcite.fuzz.seed} when set, else a fresh one. */
    static long seed() {
        String fixed = System.getProperty("quickcite.fuzz.seed");
        return fixed == null || fixed.isBlank() ? new Random().nextLong() : Long.parseLong(fixed.strip());
    }

    private final Random random;

    Gen(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** One of {@code choices}, each given as weight then supplier. */
    @SafeVarargs
    final <T> T weighted(Weighted<T>... choices) {
        int total = 0;
        for (Weighted<T> c : choices) {
            total += c.weight;
        }
        int r = random.nextInt(total);
        for (Weighted<T> c : choices) {
            r -= c.weight;
            if (r < 0) {
                return c.value.get();
            }
        }
        throw new IllegalStateException();
    }

    record Weighted<T>(int weight, Supplier<T> value) {}

    static <T> Weighted<T> w(int weight, Supplier<T> value) {
        return new Weighted<>(weight, value);
    }

    /** Any UTF-16 code units, lone surrogates and noncharacters included. */
    String anyChars(int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) random.nextInt(0x10000));
        }
        return b.toString();
    }

    /** Characters from {@code from} to {@code to}. */
    String chars(char from, char to, int minLength, int maxLength) {
        int n = between(minLength, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (from + random.nextInt(to - from + 1)));
        }
        return b.toString();
    }

    /** Random bytes. */
    byte[] bytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    // ---- questions and query strings --------------------------------------------------------------------------------

    /** How a question is written into the query string. */
    enum Encoding implements Function<String, String> {
        /** application/x-www-form-urlencoded, as browsers and URLSearchParams write it. */
        FORM(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
        /** Spaces as %20 rather than +. */
        PERCENT_SPACE(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")),
        /** Every byte as a lower-case escape. */
        EVERY_BYTE(s -> {
            StringBuilder b = new StringBuilder();
            for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
                b.append(String.format("%%%02x", c & 0xff));
            }
            return b.toString();
        }),
        /** Encoded twice: the API decodes once and sees literal escapes. */
        DOUBLE(s -> URLEncoder.encode(URLEncoder.encode(s, StandardCharsets.UTF_8), StandardCharsets.UTF_8)),
        /** Left as written, only the delimiters escaped: raw Unicode (lone surrogates included) reaches the decoder. */
        RAW_MINIMAL(s ->
                s.replace("%", "%25").replace("&", "%26").replace("+", "%2B").replace("#", "%23")),
        /** Left exactly as written: & splits, + is a space, % may start a malformed escape. */
        RAW(s -> s);

        private final Function<String, String> f;

        Encoding(Function<String, String> f) {
            this.f = f;
        }

        @Override
        public String apply(String s) {
            return f.apply(s);
        }
    }

    /** A raw query string for GET /answer or /suggest: an encoded question among extra parameters, maybe with a bad escape. */
    String queryString() {
        String q = question();
        Encoding encoding = weighted(
                w(6, () -> Encoding.FORM),
                w(2, () -> Encoding.PERCENT_SPACE),
                w(2, () -> Encoding.EVERY_BYTE),
                w(1, () -> Encoding.DOUBLE),
                w(3, () -> Encoding.RAW_MINIMAL),
                w(1, () -> Encoding.RAW));
        List<String> params = new ArrayList<>();
        if (chance(0.4)) {
            int n = between(1, 3);
            for (int i = 0; i < n; i++) {
                params.add(pick(HostileInput.EXTRA_PARAMETERS));
            }
        }
        if (chance(0.95)) {
            params.add("q=" + encoding.apply(q));
        }
        Collections.shuffle(params, random);
        String raw = String.join("&", params);
        if (chance(0.1)) {
            int at = random.nextInt(raw.length() + 1);
            raw = raw.substring(0, at) + pick(HostileInput.ESCAPES) + raw.substring(at);
        }
        return raw;
    }

    /** A question text, before encoding. */
    String question() {
        return weighted(
                w(10, this::mixture),
                w(2, () -> anyChars(320)),
                w(1, () -> chars('\u0000', '\u00ff', 0, 320)),
                w(2, this::longRepeat),
                w(2, this::manyTerms),
                w(1, () -> {
                    int n = between(1, 30);
                    List<String> bombs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        bombs.add(pick(HostileInput.WILDCARD_BOMBS));
                    }
                    return String.join(" ", bombs);
                }));
    }

    /** One to a dozen fragments of any category, joined by assorted separators. */
    String mixture() {
        int n = between(1, 12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(weighted(
                    w(8, () -> pick(HostileInput.WORDS)),
                    w(3, () -> pick(HostileInput.LUCENE)),
                    w(1, () -> pick(HostileInput.WILDCARD_BOMBS)),
                    w(3, () -> pick(HostileInput.PAYLOADS)),
                    w(3, () -> pick(HostileInput.UNICODE)),
                    w(1, () -> pick(HostileInput.SURROGATES)),
                    w(1, () -> pick(HostileInput.CONTROLS))));
            b.append(weighted(
                    w(10, () -> " "),
                    w(2, () -> ""),
                    w(1, () -> "  "),
                    w(1, () -> ","),
                    w(1, () -> "\u3000"),
                    w(1, () -> "?"),
                    w(1, () -> "\u00A0")));
        }
        return b.toString();
    }

    /** One fragment repeated to 250 – 10,000 characters, cut at the length (which may split a surrogate pair). */
    String longRepeat() {
        String f = pick(pick(HostileInput.CATEGORIES));
        int n = weighted(
                w(3, () -> between(295, 305)),
                w(2, () -> between(250, 1_000)),
                w(1, () -> between(1_000, 10_000)),
                w(1, () -> 10_000));
        return (f + " ").repeat(n / (f.length() + 1) + 1).substring(0, n);
    }

    /** 30 to 300 short terms (a letter or two, a number, an ideograph, an emoji, an operator), to reach and pass the term cap. */
    String manyTerms() {
        int n = between(30, 300);
        String separator = pick(List.of(" ", ",", "+", "-", " OR "));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            terms.add(weighted(
                    w(5, () -> chars('a', 'z', 1, 2)),
                    w(2, () -> Integer.toString(random.nextInt(100))),
                    w(
                            1,
                            () -> pick(List.of(
                                    "香", "港", "😀", "a*", "?", "OR", "AND", "NOT", "~", "é", "e\u0301", "Ｑ")))));
        }
        return String.join(separator, terms);
    }
}
