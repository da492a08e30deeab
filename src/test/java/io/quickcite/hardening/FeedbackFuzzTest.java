package io.quickcite.hardening;

import static io.quickcite.hardening.Gen.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies to POST /feedback through the real Lambda handler (issue 7): valid ones padded to the 4 kB limit,
 * bodies over it up to megabytes, malformed JSON, wrong types, extra fields, deep nesting, bytes that are not UTF-8,
 * other encodings, and wrong or odd content types. Each probe knows what docs/api.md promises for it: 202 and exactly
 * one structured event for a valid body, else the exact 4xx problem type (where the contract leaves a choice, the few
 * acceptable outcomes) and no event. {@link Harness} checks the rest: problem+json, security headers, no internals,
 * no hang, nothing logged at WARN or above.
 */
class FeedbackFuzzTest {

    static final int TRIES = Integer.getInteger("quickcite.fuzz.feedback-tries", 1_000);
    private static final int MAX_BODY = 4096;
    private static final String KNOWN_ANSWER = "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3";

    private static Harness harness;

    @BeforeAll
    static void start() {
        harness = new Harness();
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            System.out.println(harness.summary("FeedbackFuzzTest"));
            harness.close();
        }
    }

    /** What a probe must give: one of {@code statuses}, and for a 4xx the problem type {@code type} (null: any). */
    record Expect(Set<Integer> statuses, String type) {

        static Expect accepted() {
            return new Expect(Set.of(202), null);
        }

        static Expect bad(String slug) {
            return of(400, slug);
        }

        static Expect of(int status, String slug) {
            return new Expect(Set.of(status), "urn:quickcite:problem:" + slug);
        }

        /** An empty body: the framework refuses it before the controller reads it (FeedbackApiTest pins the detail). */
        static Expect empty() {
            return new Expect(Set.of(400), "about:blank");
        }

        static Expect anyOf(Integer... statuses) {
            return new Expect(Set.of(statuses), null);
        }
    }

    /** One request: body bytes, Content-Type (null: none), raw query, what it must give, and the fields of a valid body. */
    record Probe(
            String kind, byte[] body, String contentType, String query, Expect expect, Map<String, Object> fields) {}

    @Test
    void feedbackSurvivesGeneratedBodies() {
        long seed = Gen.seed();
        Gen gen = new Gen(seed);
        for (int i = 0; i < TRIES; i++) {
            Probe p = probe(gen);
            try {
                send(p);
            } catch (AssertionError e) {
                throw new AssertionError(
                        "POST /feedback with seed " + seed + " (-Dquickcite.fuzz.seed=" + seed + "), body " + (i + 1)
                                + " of " + TRIES + " (" + p.kind + "): " + e.getMessage(),
                        e);
            }
        }
    }

    /** The size limit at its edges, and far beyond: an empty body is a 400, 4096 bytes are accepted, 4097 and megabytes are 413. */
    @Test
    void sizeLimitAtItsEdge() {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("answerId", KNOWN_ANSWER, "helpful", true));
        String json = json(fields);
        send(new Probe("empty", new byte[0], "application/json", "", Expect.empty(), null));
        send(new Probe("exactly 4096 bytes", pad(json, MAX_BODY), "application/json", "", Expect.accepted(), fields));
        send(new Probe(
                "4097 bytes", pad(json, MAX_BODY + 1), "application/json", "", Expect.of(413, "body-too-large"), null));
        send(new Probe("3 MB", pad(json, 3 << 20), "application/json", "", Expect.of(413, "body-too-large"), null));
        send(new Probe(
                "3 MB of text", pad(json, 3 << 20), "text/plain", "", Expect.of(415, "unsupported-media-type"), null));
        String multiByte = json(Map.of("answerId", KNOWN_ANSWER, "helpful", true, "question", "香".repeat(300)));
        assertTrue(multiByte.length() < MAX_BODY && multiByte.getBytes(StandardCharsets.UTF_8).length < MAX_BODY);
        send(new Probe(
                "900 bytes of ideographs",
                multiByte.getBytes(StandardCharsets.UTF_8),
                "application/json",
                "",
                Expect.accepted(),
                Map.of("answerId", KNOWN_ANSWER, "helpful", true, "question", "香".repeat(300))));
        String emoji = json(Map.of("answerId", "😀".repeat(100), "helpful", true, "question", "😀".repeat(150)));
        send(new Probe(
                "counted in bytes",
                pad(emoji, MAX_BODY + 1),
                "application/json",
                "",
                Expect.of(413, "body-too-large"),
                null));
    }

    private void send(Probe p) {
        String label = "POST /feedback?" + Harness.clip(p.query) + " as " + p.contentType + " (" + p.kind + ", "
                + p.body.length + " bytes): "
                + Harness.clip(new String(p.body, 0, Math.min(p.body.length, 300), StandardCharsets.ISO_8859_1));
        List<String> headers = new ArrayList<>();
        if (p.contentType != null) {
            headers.add("Content-Type");
            headers.add(p.contentType);
        }
        headers.addAll(List.of("User-Agent", "Mozilla/5.0 fuzz", "X-Forwarded-For", "203.0.113.9"));
        Harness.Exchange x = harness.send(
                "POST", "/feedback", p.query, Harness.headers(headers.toArray(String[]::new)), p.body, label);
        Harness.assertNoInternals(
                x.response().body(), new String(p.body, StandardCharsets.UTF_8) + " " + p.contentType, label);
        assertTrue(
                p.expect.statuses().contains(x.status()),
                "status " + x.status() + ", expected one of " + p.expect.statuses() + " on " + label + ": "
                        + Harness.clip(x.response().body()));
        if (x.status() >= 400) {
            JsonNode problem = harness.problem(x.response(), label);
            if (p.expect.type() != null) {
                assertEquals(p.expect.type(), problem.get("type").getStringValue(), "problem type on " + label);
            }
            assertEquals(List.of(), x.events(), "events of a refused body on " + label);
            return;
        }
        assertEquals(202, x.status());
        assertEquals("", x.response().body(), "body of 202 on " + label);
        assertEquals(1, x.events().size(), "events of accepted feedback on " + label);
        String line = x.events().get(0);
        assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "event on one line on " + label);
        JsonNode event = harness.parse(line, label);
        assertEquals("feedback", event.get("event").getStringValue(), "event on " + label);
        assertTrue(
                !line.contains("203.0.113.9") && !line.contains("Mozilla"), "personal data in the event on " + label);
        if (p.fields != null) {
            assertEquals(
                    p.fields.get("answerId"),
                    event.get("answerId").getStringValue(),
                    "answerId in the event on " + label);
            assertEquals(
                    p.fields.get("helpful"),
                    event.get("helpful").getBooleanValue(),
                    "helpful in the event on " + label);
            Object site = p.fields.get("site");
            assertEquals(
                    site == null ? "default" : site,
                    event.get("site").getStringValue(),
                    "site in the event on " + label);
            Object q = p.fields.get("question");
            if (q == null) {
                assertTrue(event.get("q").isNull(), "q in the event on " + label);
            } else {
                String s = (String) q;
                String cut = s.codePointCount(0, s.length()) <= 200 ? s : s.substring(0, s.offsetByCodePoints(0, 200));
                assertEquals(cut, event.get("q").getStringValue(), "q in the event on " + label);
            }
        }
    }

    // ---- generators -------------------------------------------------------------------------------------------------

    private static final List<String> EXTRA_FIELDS = List.of(
            "email",
            "ip",
            "userAgent",
            "Answerid",
            "answerId ",
            "HELPFUL",
            "",
            "__proto__",
            "constructor",
            "$where",
            "answer_id",
            "香港",
            "x".repeat(500),
            "\u0000",
            "helpful\u0000");
    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain",
            "text/html",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml",
            "application/problem+json",
            "application/json-patch+json",
            "text/json",
            "application/octet-stream",
            "application/javascript",
            "*/*",
            "application/*",
            "image/png");
    private static final List<String> ODD_CONTENT_TYPES = List.of(
            "",
            " ",
            ";",
            "application/json;",
            "application/json; charset=utf-16",
            "application/json; charset=latin1",
            "application/json; charset=nonsense",
            "APPLICATION/JSON",
            "Application/Json",
            "application/json, text/html",
            "application/json;;;",
            "application/json; charset=\"utf-8\"",
            "application/json\u0000",
            "application/json; boundary=",
            "json",
            "application",
            "/",
            "a/b/c",
            "application/json " + "x".repeat(3000),
            "\u00e9/\u00e9",
            "application/json; q=0.5; charset=utf-8");

    private Probe probe(Gen gen) {
        String contentType = gen.weighted(
                w(12, () -> "application/json"),
                w(2, () -> "application/json; charset=utf-8"),
                w(1, () -> "application/json;charset=UTF-8"),
                w(2, () -> gen.pick(WRONG_CONTENT_TYPES)),
                w(1, () -> gen.pick(ODD_CONTENT_TYPES)),
                w(1, () -> null));
        Probe p = gen.weighted(
                w(6, () -> valid(gen)),
                w(2, () -> oversize(gen)),
                w(3, () -> wrongType(gen)),
                w(2, () -> extraField(gen)),
                w(3, () -> malformed(gen)),
                w(1, () -> deep(gen)),
                w(2, () -> notUtf8(gen)),
                w(2, () -> badValue(gen)));
        if (contentType == null || WRONG_CONTENT_TYPES.contains(contentType)) {
            return new Probe(p.kind, p.body, contentType, p.query, Expect.of(415, "unsupported-media-type"), null);
        }
        if (ODD_CONTENT_TYPES.contains(contentType)) {
            return new Probe(p.kind, p.body, contentType, p.query, Expect.anyOf(202, 400, 413, 415), null);
        }
        return new Probe(p.kind, p.body, contentType, p.query, p.expect, p.fields);
    }

    /** A valid body of random fields, sometimes padded with whitespace up to the limit; sometimes with a site in the query. */
    private Probe valid(Gen gen) {
        Map<String, Object> fields = validFields(gen);
        String json = json(fields);
        byte[] body = gen.chance(0.2)
                ? pad(json, gen.between(json.getBytes(StandardCharsets.UTF_8).length, MAX_BODY))
                : utf8(json);
        if (!fields.containsKey("site") && gen.chance(0.3)) {
            String query = gen.pick(List.of(
                    "site=partner", "site=default", "site=nobody", "site=partner&site=default", "site=%ZZ", "x=1"));
            Expect expect = switch (query) {
                case "site=nobody" -> Expect.bad("unknown-site");
                case "site=partner&site=default" -> Expect.bad("repeated-parameter");
                case "site=%ZZ" -> Expect.bad("malformed-query");
                default -> Expect.accepted();
            };
            Map<String, Object> withSite = new LinkedHashMap<>(fields);
            if (query.startsWith("site=p") && expect.statuses().contains(202)) {
                withSite.put("site", "partner");
            }
            return new Probe("valid, site in the query", body, null, query, expect, withSite);
        }
        return new Probe("valid", body, null, "", Expect.accepted(), fields);
    }

    private Map<String, Object> validFields(Gen gen) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(
                "answerId", gen.weighted(w(3, () -> KNOWN_ANSWER), w(3, () -> text(gen, 1, 200)), w(1, () -> "x:y:1")));
        fields.put("helpful", gen.chance(0.5));
        if (gen.chance(0.7)) {
            fields.put("question", gen.chance(0.1) ? null : text(gen, 0, 300));
        }
        if (gen.chance(0.3)) {
            fields.put("site", gen.pick(List.of("default", "partner")));
        }
        if (gen.chance(0.3)) {
            fields.put("lang", gen.pick(List.of("en", "zh-Hant", "fr-CA")));
        }
        List<String> keys = new ArrayList<>(fields.keySet());
        java.util.Collections.shuffle(keys, gen.random());
        Map<String, Object> shuffled = new LinkedHashMap<>();
        keys.forEach(k -> shuffled.put(k, fields.get(k)));
        return shuffled;
    }

    /**
     * Text the API accepts: words, payloads, Unicode of all sorts (emoji and other pairs count as one character), no
     * control characters or lone surrogates (those are bad values), between min and max characters (code points).
     */
    private static String text(Gen gen, int min, int max) {
        StringBuilder b = new StringBuilder();
        int target = gen.between(min, max);
        while (b.codePointCount(0, b.length()) < target) {
            b.append(gen.weighted(
                            w(6, () -> gen.pick(HostileInput.WORDS)),
                            w(2, () -> gen.pick(HostileInput.PAYLOADS)),
                            w(3, () -> gen.pick(HostileInput.UNICODE)),
                            w(1, () -> gen.pick(HostileInput.LUCENE))))
                    .append(' ');
        }
        String s = b.toString()
                .codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        s = s.codePointCount(0, s.length()) > target ? s.substring(0, s.offsetByCodePoints(0, target)) : s;
        return min > 0 && s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
                ? "a" + s.substring(s.isEmpty() ? 0 : s.offsetByCodePoints(0, 1))
                : s;
    }

    private Probe oversize(Gen gen) {
        Map<String, Object> fields = validFields(gen);
        int size =
                gen.weighted(w(10, () -> gen.between(MAX_BODY + 1, 20_000)), w(1, () -> gen.between(1 << 20, 3 << 20)));
        return new Probe("over 4096 bytes", pad(json(fields), size), null, "", Expect.of(413, "body-too-large"), null);
    }

    private Probe wrongType(Gen gen) {
        Map<String, Object> fields = validFields(gen);
        String field = gen.pick(List.of("answerId", "helpful", "question", "site", "lang"));
        List<Object> wrong =
                new ArrayList<>(List.of(7, -1.5e300, List.of(), List.of("a"), Map.of(), Map.of("answerId", "a"), true));
        if (field.equals("helpful")) {
            wrong = new ArrayList<>(List.of("true", "false", 1, 0, List.of(true), Map.of()));
            wrong.add(null);
        } else if (field.equals("answerId")) {
            wrong.add(null);
        }
        fields.put(field, gen.pick(wrong));
        return new Probe("wrong type of " + field, utf8(json(fields)), null, "", Expect.bad("invalid-feedback"), null);
    }

    private Probe extraField(Gen gen) {
        Map<String, Object> fields = validFields(gen);
        fields.put(gen.pick(EXTRA_FIELDS), gen.pick(List.of("me@example.com", 1, true, List.of(), "203.0.113.9")));
        return new Probe("extra field", utf8(json(fields)), null, "", Expect.bad("invalid-feedback"), null);
    }

    private Probe malformed(Gen gen) {
        String valid = json(validFields(gen));
        return gen.weighted(
                w(4, () -> {
                    int length = gen.between(0, valid.length() - 1);
                    return new Probe(
                            "cut short",
                            utf8(valid.substring(0, length)),
                            null,
                            "",
                            length == 0 ? Expect.empty() : Expect.bad("invalid-feedback"),
                            null);
                }),
                w(
                        4,
                        () -> new Probe(
                                "not JSON",
                                utf8(gen.pick(List.of(
                                        "{'answerId':'a','helpful':true}",
                                        "{answerId:\"a\",helpful:true}",
                                        "{\"answerId\":\"a\",\"helpful\":true,}",
                                        "{\"answerId\":\"a\",\"helpful\":True}",
                                        "{\"answerId\":\"a\",\"helpful\":NaN}",
                                        "/*c*/{\"answerId\":\"a\",\"helpful\":true}",
                                        "{\"answerId\":\"a\" \"helpful\":true}",
                                        "{\"answerId\":\"a\\x41\",\"helpful\":true}",
                                        "{\"answerId\":\"a\",\"helpful\":tru}",
                                        "\"just a string\"",
                                        "123",
                                        "true",
                                        "null",
                                        "[]",
                                        "[{\"answerId\":\"a\",\"helpful\":true}]",
                                        "{}",
                                        " ",
                                        "\n\t",
                                        "{\"answerId\":\"\u0007\",\"helpful\":true}",
                                        "{\"answerId\":\"a\n\",\"helpful\":true}",
                                        "<feedback/>",
                                        "answerId=a&helpful=true",
                                        "{\"answerId\":\"a\",\"helpful\":true",
                                        "{\"answerId\":\"\\ud800",
                                        "{\"answerId\":\"\\uZZZZ\",\"helpful\":true}"))),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                // Where the contract leaves a choice: trailing content and duplicate keys may be read leniently.
                w(
                        2,
                        () -> new Probe(
                                "trailing content or duplicate keys",
                                utf8(gen.pick(List.of(
                                        valid + " x",
                                        valid + valid,
                                        valid + "]",
                                        valid + "\u0000",
                                        valid.replaceFirst("\\{", "{\"helpful\":\"no\","),
                                        valid.replaceFirst("\\{", "{\"helpful\":false,")))),
                                null,
                                "",
                                Expect.anyOf(202, 400),
                                null)));
    }

    private Probe deep(Gen gen) {
        int depth = gen.between(10, 2000);
        return gen.weighted(
                w(
                        1,
                        () -> new Probe(
                                "deep array in answerId",
                                utf8("{\"answerId\":" + "[".repeat(depth) + "]".repeat(depth) + ",\"helpful\":true}"),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                w(
                        1,
                        () -> new Probe(
                                "deep objects",
                                utf8("{\"a\":".repeat(depth / 3) + "1" + "}".repeat(depth / 3)),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                w(
                        1,
                        () -> new Probe(
                                "deep top-level array",
                                utf8("[".repeat(depth) + "]".repeat(depth)),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                w(
                        1,
                        () -> new Probe(
                                "unclosed nesting",
                                utf8("{\"answerId\":" + "{\"x\":[".repeat(depth / 6 + 1)),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)));
    }

    private Probe notUtf8(Gen gen) {
        Map<String, Object> fields = validFields(gen);
        fields.put("question", "Qu'est-ce que l'AISC ? Où, quand, pourquoi ? Çà et là, même « déjà »");
        String valid = json(fields);
        return gen.weighted(
                w(
                        3,
                        () -> new Probe(
                                "random bytes",
                                gen.bytes(gen.between(1, MAX_BODY)),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                w(
                        2,
                        () -> new Probe(
                                "Latin-1",
                                valid.getBytes(StandardCharsets.ISO_8859_1),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                w(
                        2,
                        () -> new Probe(
                                "invalid UTF-8 in a string",
                                splice(
                                        valid,
                                        gen.pick(List.of(
                                                new byte[] {(byte) 0xC0, (byte) 0xAF},
                                                new byte[] {(byte) 0xFF},
                                                new byte[] {(byte) 0xE0, (byte) 0x80},
                                                new byte[] {(byte) 0x80},
                                                new byte[] {
                                                    (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80
                                                }))),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                // JSON text is UTF-8 (RFC 8259): other encodings are refused, not guessed.
                w(
                        2,
                        () -> new Probe(
                                "UTF-16 or UTF-32",
                                valid.getBytes(gen.pick(List.of(
                                        StandardCharsets.UTF_16,
                                        StandardCharsets.UTF_16LE,
                                        StandardCharsets.UTF_16BE,
                                        Charset.forName("UTF-32")))),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                w(
                        1,
                        () -> new Probe(
                                "CESU-8 surrogate in a string",
                                splice(valid, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                                null,
                                "",
                                Expect.bad("invalid-feedback"),
                                null)),
                // RFC 8259 lets a parser ignore a byte-order mark or refuse it.
                w(
                        1,
                        () -> new Probe(
                                "byte-order mark",
                                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(valid)),
                                null,
                                "",
                                Expect.anyOf(202, 400),
                                null)));
    }

    private Probe badValue(Gen gen) {
        Map<String, Object> fields = validFields(gen);
        return gen.weighted(
                w(2, () -> {
                    fields.put(
                            "answerId",
                            gen.pick(List.of(
                                    "",
                                    "   ",
                                    "\u3000",
                                    "\u2028",
                                    "\u2003 \u00A0",
                                    "a\u0007b",
                                    "a\u0085",
                                    "x".repeat(201),
                                    "😀".repeat(201),
                                    "\t",
                                    "a" + gen.pick(HostileInput.SURROGATES))));
                    return new Probe(
                            "bad answerId", utf8(json(fields)), null, "", Expect.bad("invalid-feedback"), null);
                }),
                w(2, () -> {
                    fields.put(
                            "question",
                            gen.pick(List.of(
                                    "q".repeat(301),
                                    "a\u0000b",
                                    "line\nbreak",
                                    "\u001b[31mred",
                                    "😀".repeat(301),
                                    "ok " + gen.pick(HostileInput.SURROGATES))));
                    return new Probe(
                            "bad question", utf8(json(fields)), null, "", Expect.bad("invalid-feedback"), null);
                }),
                w(1, () -> {
                    fields.put(
                            "site", gen.pick(List.of("nobody", "", "DEFAULT", "default ", "<script>", "s".repeat(64))));
                    return new Probe("unknown site", utf8(json(fields)), null, "", Expect.bad("unknown-site"), null);
                }),
                w(1, () -> {
                    fields.put("site", "s".repeat(65));
                    return new Probe(
                            "over-long site", utf8(json(fields)), null, "", Expect.bad("invalid-feedback"), null);
                }),
                w(1, () -> {
                    fields.put(
                            "lang",
                            gen.pick(List.of(
                                    "", "english!", "<script>", "e".repeat(40), "en_US", "zh-Hant-HK-x-private-use")));
                    return new Probe("bad lang", utf8(json(fields)), null, "", Expect.bad("invalid-feedback"), null);
                }));
    }

    // ---- JSON written by hand, so that any value (lone surrogates too) goes out exactly as meant
    // ----------------------

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    default -> {
                        if (c < 0x20 || Character.isSurrogate(c)) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            map.forEach((k, v) -> b.append(b.length() > 1 ? "," : "")
                    .append(json(k))
                    .append(':')
                    .append(json(v)));
            return b.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            list.forEach(v -> b.append(b.length() > 1 ? "," : "").append(json(v)));
            return b.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code json} (an object) with spaces before its closing brace, to exactly {@code size} bytes. */
    private static byte[] pad(String json, int size) {
        byte[] bytes = utf8(json);
        byte[] out = new byte[Math.max(size, bytes.length)];
        System.arraycopy(bytes, 0, out, 0, bytes.length - 1);
        java.util.Arrays.fill(out, bytes.length - 1, out.length - 1, (byte) ' ');
        out[out.length - 1] = '}';
        return out;
    }

    /** The UTF-8 of {@code json} with {@code bytes} inserted right after the first {@code "answerId":"}. */
    private static byte[] splice(String json, byte[] bytes) {
        String marker = "\"answerId\":\"";
        int at = json.indexOf(marker);
        byte[] head = utf8(json.substring(0, at + marker.length()));
        return concat(concat(head, bytes), utf8(json.substring(at + marker.length())));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
