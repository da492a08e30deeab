package io.quickcite.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile queries to GET /answer and GET /suggest through the real Lambda handler (issue 7): Lucene syntax, wildcard
 * bombs, strings of up to 10,000 characters, hundreds of terms, control characters, lone surrogates, emoji, Chinese,
 * right-to-left and full-width text, markup and injection payloads, percent-encoding tricks, repeated and odd
 * parameters. Every exchange must give exactly what {@link QueryOracle} derives from docs/api.md (200 with the question
 * echoed, or a 400 of the exact problem type), besides what {@link Harness} checks for any request: problem+json for
 * errors, security headers, no internals in the body, no hang, nothing logged at WARN or above. An answered or
 * unanswered question writes exactly one structured event; anything refused writes none.
 * <p>
 * The queries come from a seeded random source ({@link Gen}); a failure names its seed, and
 * {@code -Dquickcite.fuzz.seed=N} replays it.
 */
class HostileQueryFuzzTest {

    /** Generated queries per route; the issue asks for at least 10,000 in all. */
    static final int TRIES = Integer.getInteger("quickcite.fuzz.tries", 5_000);

    private static Harness harness;
    private static final QueryOracle ORACLE = new QueryOracle(Harness.SITE_IDS);

    @BeforeAll
    static void start() {
        harness = new Harness();
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            System.out.println(harness.summary("HostileQueryFuzzTest"));
            harness.close();
        }
    }

    @Test
    void answerSurvivesGeneratedQueries() {
        fuzz("/answer");
    }

    @Test
    void suggestSurvivesGeneratedQueries() {
        fuzz("/suggest");
    }

    private void fuzz(String route) {
        long seed = Gen.seed();
        Gen gen = new Gen(seed);
        for (int i = 0; i < TRIES; i++) {
            String raw = gen.queryString();
            try {
                probe(route, raw);
            } catch (AssertionError e) {
                throw new AssertionError(
                        "GET " + route + " with seed " + seed + " (-Dquickcite.fuzz.seed=" + seed + "), query "
                                + (i + 1) + " of " + TRIES + ": " + e.getMessage(),
                        e);
            }
        }
    }

    /** Every fragment of every category alone, in each encoding (to /suggest in two), so each is tried whatever the seed. */
    @Test
    void everyFragmentAloneInEveryEncoding() {
        for (List<String> category : HostileInput.CATEGORIES) {
            for (String fragment : category) {
                for (Gen.Encoding encoding : Gen.Encoding.values()) {
                    probe("/answer", "q=" + encoding.apply(fragment));
                }
                probe("/suggest", "q=" + Gen.Encoding.FORM.apply(fragment));
                probe("/suggest", "q=" + Gen.Encoding.RAW_MINIMAL.apply(fragment));
            }
        }
        for (String escape : HostileInput.ESCAPES) {
            probe("/answer", "q=AISC" + escape);
            probe("/answer", "q=" + escape + "AISC&site=default");
            probe("/suggest", "q=why+" + escape);
        }
        for (String extra : HostileInput.EXTRA_PARAMETERS) {
            probe("/answer", "q=What+is+AISC%3F&" + extra);
            probe("/suggest", extra + "&q=why+does+fin");
        }
    }

    /** The limits at their edges: 300 characters and 40 words pass, one more of either is refused; far beyond, too. */
    @Test
    void limitsAtTheirEdges() {
        probe("/answer", "q=" + "a".repeat(300));
        probe("/answer", "q=" + "a".repeat(301));
        probe("/answer", "q=" + "%F0%9F%98%80".repeat(150));
        probe("/answer", "q=" + "%F0%9F%98%80".repeat(151));
        probe("/answer", "q=" + "a+".repeat(39) + "a");
        probe("/answer", "q=" + "a+".repeat(40) + "a");
        probe("/suggest", "q=" + "a+".repeat(39) + "a");
        probe("/suggest", "q=" + "a+".repeat(40) + "a");
        probe("/answer", "q=" + "%E9%A6%99+".repeat(40));
        probe("/answer", "q=" + "x".repeat(10_000));
        probe("/answer", "q=" + "*".repeat(10_000));
        probe("/answer", "q=" + "%25".repeat(10_000));
        probe("/answer", "q=AISC&x=" + "y".repeat(100_000));
        probe("/suggest", "q=" + "a*".repeat(150));
    }

    private void probe(String route, String rawQuery) {
        QueryOracle.Expected expected = ORACLE.expect(route, rawQuery);
        String label = "GET " + route + "?" + Harness.clip(rawQuery);
        Harness.Exchange x = harness.get(route, rawQuery, label);
        String body = x.response().body();
        Harness.assertNoInternals(
                body, rawQuery + " " + leniently(rawQuery) + " " + leniently(leniently(rawQuery)), label);
        assertEquals(expected.status(), x.status(), "status on " + label + ": " + Harness.clip(body));
        if (expected.status() != 200) {
            JsonNode problem = harness.problem(x.response(), label);
            assertEquals(expected.type(), problem.get("type").getStringValue(), "problem type on " + label);
            assertEquals(List.of(), x.events(), "events of a refused request on " + label);
            return;
        }
        assertEquals("application/json", x.response().header("Content-Type"), "Content-Type on " + label);
        assertTrue(x.response().header("Cache-Control").startsWith("public, max-age="), "Cache-Control on " + label);
        JsonNode node = harness.parse(body, label);
        if (route.equals("/answer")) {
            assertEquals(expected.question(), node.get("question").getStringValue(), "question echoed on " + label);
            assertEquals(1, x.events().size(), "events on " + label);
            String line = x.events().get(0);
            assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "event on one line on " + label);
            JsonNode event = harness.parse(line, label);
            assertEquals("answer", event.get("event").getStringValue(), "event on " + label);
            String q = event.get("q").getStringValue();
            String cut =
                    expected.question().codePointCount(0, expected.question().length()) <= 200
                            ? expected.question()
                            : expected.question()
                                    .substring(0, expected.question().offsetByCodePoints(0, 200));
            assertEquals(cut, q, "event q " + Harness.clip(q) + " on " + label);
        } else {
            assertTrue(node.get("suggestions").size() <= 8, "at most 8 suggestions on " + label);
            assertEquals(List.of(), x.events(), "events of /suggest on " + label);
        }
    }

    /** The query decoded once, or as it is when it does not decode. */
    private static String leniently(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
