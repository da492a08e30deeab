package io.quickcite.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.api.EventCapture;
import io.quickcite.api.HttpApiEvents;
import io.quickcite.api.LambdaClient;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The input rules in characters (code points), through the real Lambda handler (issue 17): lengths as the OpenAPI
 * states them, Unicode whitespace blank as the schema's pattern says, lone surrogates refused, cuts in the event log
 * whole characters, a feedback body exactly one object, and the site from the query.
 */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class InputRulesTest {

    @Inject
    ApplicationContext context;

    LambdaClient lambda;
    EventCapture events;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
        events = new EventCapture();
    }

    @AfterEach
    void release() {
        events.close();
    }

    /** 😀 as the event log writes it (JSON escapes for what is not ASCII). */
    private static final String EMOJI = "\\uD83D\\uDE00";

    private static String q(String question) {
        return "q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    private static void assertProblem(LambdaClient.Response r, String slug, String detail) {
        assertEquals(400, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals(
                "{\"type\":\"urn:quickcite:problem:" + slug
                        + "\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + detail + "\"}",
                r.body());
    }

    private LambdaClient.Response feedback(String query, String body) {
        return lambda.send("POST", "/feedback", query, body, "Content-Type", "application/json");
    }

    // ---- q
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void threeHundredEmojiAreThreeHundredCharacters() {
        assertEquals(200, lambda.get("/answer", q("😀".repeat(300))).status());
        assertProblem(
                lambda.get("/answer", q("😀".repeat(301))),
                "invalid-question",
                "Parameter 'q' has 301 characters; at most 300 are accepted.");
        assertProblem(
                lambda.get("/suggest", q("😀".repeat(151) + "a".repeat(150))),
                "invalid-question",
                "Parameter 'q' has 301 characters; at most 300 are accepted.");
    }

    @Test
    void unicodeSpacesAloneAreBlank() {
        for (String blank : List.of("\u3000", "\u2028", "\u2003", "\u00A0 \u202F", "\u3000\u3000\u3000")) {
            assertProblem(
                    lambda.get("/answer", q(blank)), "invalid-question", "Parameter 'q' (the question) is blank.");
        }
        LambdaClient.Response r = lambda.get("/answer", q("\u3000What is AISC?\u2003"));
        assertEquals(200, r.status());
        assertTrue(r.body().startsWith("{\"question\":\"What is AISC?\","), r.body());
    }

    @Test
    void loneSurrogatesInTheQueryAreRefused() {
        // API Gateway hands the raw query as text; a lone surrogate can only arrive unescaped
        for (String lone : List.of("\uD83D", "a\uDE00", "\uDC00\uD800")) {
            assertProblem(
                    lambda.send(HttpApiEvents.get("/answer", "q=" + lone)),
                    "invalid-question",
                    "Parameter 'q' contains a lone surrogate, which is no character.");
        }
        assertEquals(List.of(), events.lines());
    }

    @Test
    void theEventLogCutsWholeCharacters() {
        assertEquals(200, lambda.get("/answer", q("a" + "😀".repeat(250))).status());
        assertEquals(1, events.lines().size());
        assertTrue(
                events.lines().get(0).contains("\"q\":\"a" + EMOJI.repeat(199) + "\","),
                events.lines().get(0));
    }

    // ---- feedback
    // -----------------------------------------------------------------------------------------------------

    @Test
    void aFeedbackBodyIsExactlyOneObject() {
        String detail = "The body must be exactly one JSON object; something follows it.";
        for (String trailing : List.of(" xyz", " {}", "{}", " 1", " \"x\"", "]", ",")) {
            assertProblem(feedback("", "{\"answerId\":\"x\",\"helpful\":true}" + trailing), "invalid-feedback", detail);
        }
        assertEquals(
                202,
                feedback("", "{\"answerId\":\"x\",\"helpful\":true} \r\n\t").status());
        assertProblem(
                feedback("", "{\"answerId\":\"x\",\"answerId\":\"y\",\"helpful\":true}"),
                "invalid-feedback",
                "Field 'answerId' is given more than once.");
        assertProblem(feedback("", "   "), "invalid-feedback", "The body is not valid JSON.");
        assertEquals(1, events.lines().size(), "only the body with trailing whitespace is accepted");
    }

    @Test
    void feedbackLengthsAreInCharactersAndLoneSurrogatesAreRefused() {
        assertEquals(
                202,
                feedback(
                                "",
                                "{\"answerId\":\"" + "😀".repeat(200) + "\",\"question\":\"" + "😀".repeat(300)
                                        + "\",\"helpful\":true}")
                        .status());
        assertProblem(
                feedback("", "{\"answerId\":\"" + "😀".repeat(201) + "\",\"helpful\":true}"),
                "invalid-feedback",
                "Field 'answerId' must be 1 to 200 characters without control characters, not only spaces.");
        assertProblem(
                feedback("", "{\"answerId\":\"\\u3000\",\"helpful\":true}"),
                "invalid-feedback",
                "Field 'answerId' must be 1 to 200 characters without control characters, not only spaces.");
        assertProblem(
                feedback("", "{\"answerId\":\"a\\uD83D\",\"helpful\":true}"),
                "invalid-feedback",
                "Field 'answerId' contains a lone surrogate, which is no character.");
        assertProblem(
                feedback("", "{\"answerId\":\"a\",\"question\":\"\\uDE00?\",\"helpful\":true}"),
                "invalid-feedback",
                "Field 'question' contains a lone surrogate, which is no character.");
        assertEquals(1, events.lines().size());
        assertTrue(
                events.lines().get(0).endsWith("\"q\":\"" + EMOJI.repeat(200) + "\"}"),
                events.lines().get(0));
    }

    @Test
    void theSiteComesFromTheQuery() {
        String valid = "{\"answerId\":\"x\",\"helpful\":true";
        assertProblem(feedback("site=nobody", valid + ",\"site\":null}"), "unknown-site", "Unknown site 'nobody'.");
        assertProblem(
                feedback("site=nobody", valid + ",\"site\":\"partner\"}"), "unknown-site", "Unknown site 'nobody'.");
        assertProblem(
                feedback("site=default", valid + ",\"site\":\"partner\"}"),
                "invalid-feedback",
                "Field 'site' is 'partner' but the query names site 'default'; give the same site, or leave it out of the body.");
        assertEquals(202, feedback("site=partner", valid + ",\"site\":null}").status());
        assertEquals(
                202, feedback("site=partner", valid + ",\"site\":\"partner\"}").status());
        assertEquals(202, feedback("", valid + ",\"site\":\"partner\"}").status());
        assertEquals(202, feedback("", valid + "}").status());
        List<String> sites = events.lines().stream()
                .map(l -> l.replaceAll(".*\"site\":\"([a-z]+)\".*", "$1"))
                .toList();
        assertEquals(List.of("partner", "partner", "partner", "default"), sites);
    }
}
