package io.quickcite.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.api.LambdaClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request limits (issue 7) at their edges and the security headers on every kind of response, through the real
 * Lambda handler, with exact statuses and problem bodies.
 */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class LimitsAndHeadersTest {

    @Inject
    ApplicationContext context;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    private static void assertSecure(LambdaClient.Response r) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), "X-Content-Type-Options on " + r.status());
        assertEquals(
                "strict-origin-when-cross-origin", r.header("Referrer-Policy"), "Referrer-Policy on " + r.status());
    }

    private static void assertProblem(LambdaClient.Response r, int status, String slug, String detail) {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals("no-store", r.header("Cache-Control"));
        assertSecure(r);
        String type = slug == null ? "about:blank" : "urn:quickcite:problem:" + slug;
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Request Entity Too Large";
            case 415 -> "Unsupported Media Type";
            default -> throw new IllegalArgumentException("no title for " + status);
        };
        assertEquals(
                "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}",
                r.body());
    }

    // ---- the term cap ----------------------------------------------------------------------------------------------

    @Test
    void fortyWordsAreAccepted() {
        LambdaClient.Response r = lambda.get("/answer", "q=" + "what+".repeat(39) + "AISC");
        assertEquals(200, r.status(), r.body());
        assertEquals(200, lambda.get("/suggest", "q=" + "a+".repeat(39) + "a").status());
    }

    @Test
    void fortyOneWordsAreRefused() {
        String detail = "Parameter 'q' has 41 words; at most 40 are accepted.";
        assertProblem(lambda.get("/answer", "q=" + "what+".repeat(40) + "AISC"), 400, "invalid-question", detail);
        assertProblem(lambda.get("/suggest", "q=" + "a+".repeat(40) + "a"), 400, "invalid-question", detail);
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWhateverSeparatesThem() {
        // 150 one-letter terms in 299 characters, joined by commas, operators or nothing a tokenizer would keep.
        assertProblem(
                lambda.get("/answer", "q=" + "a,".repeat(149) + "a"),
                400,
                "invalid-question",
                "Parameter 'q' has 150 words; at most 40 are accepted.");
        assertProblem(
                lambda.get("/answer", "q=" + "a*%7C".repeat(59) + "a"),
                400,
                "invalid-question",
                "Parameter 'q' has 60 words; at most 40 are accepted.");
        // A run of ideographs is one word; a combining accent does not split one.
        assertEquals(200, lambda.get("/answer", "q=" + "%E9%A6%99".repeat(100)).status());
        assertEquals(
                200, lambda.get("/answer", "q=" + "e%CC%81t%CC%81+".repeat(40)).status());
    }

    // ---- the body limit --------------------------------------------------------------------------------------------

    private LambdaClient.Response feedback(byte[] body, String contentType) {
        return lambda.sendBytes("POST", "/feedback", "", body, "Content-Type", contentType);
    }

    private static byte[] padded(int size) {
        String json = "{\"answerId\":\"x:y:1\",\"helpful\":true}";
        return (json.substring(0, json.length() - 1) + " ".repeat(size - json.length()) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void feedbackOf4096BytesIsAcceptedAnd4097AreNot() {
        assertEquals(202, feedback(padded(4096), "application/json").status());
        assertProblem(
                feedback(padded(4097), "application/json"),
                413,
                "body-too-large",
                "The body has 4097 bytes; at most 4096 are accepted.");
        assertProblem(
                feedback(padded(2 << 20), "application/json"),
                413,
                "body-too-large",
                "The body has " + (2 << 20) + " bytes; at most 4096 are accepted.");
    }

    @Test
    void feedbackMustBeUtf8JsonText() {
        String detail = "The body must be JSON text in UTF-8.";
        String json = "{\"answerId\":\"x:y:1\",\"helpful\":true}";
        assertProblem(
                feedback(json.getBytes(StandardCharsets.UTF_16LE), "application/json"),
                400,
                "invalid-feedback",
                detail);
        assertProblem(
                feedback(json.getBytes(StandardCharsets.UTF_16), "application/json"), 400, "invalid-feedback", detail);
        assertProblem(
                feedback(
                        "{\"answerId\":\"caf\u00e9\",\"helpful\":true}".getBytes(StandardCharsets.ISO_8859_1),
                        "application/json"),
                400,
                "invalid-feedback",
                detail);
        byte[] overlong = "{\"answerId\":\"..XX..\",\"helpful\":true}".getBytes(StandardCharsets.UTF_8);
        overlong[15] = (byte) 0xC0;
        overlong[16] = (byte) 0xAF;
        assertProblem(feedback(overlong, "application/json"), 400, "invalid-feedback", detail);
    }

    @Test
    void feedbackLangMustBeALanguageTag() {
        String detail = "Field 'lang' must be a language tag such as 'en' or 'zh-Hant'.";
        for (String lang : List.of("7", "\"<script>\"", "\"\"", "[\"en\"]", "{}", "true")) {
            assertProblem(
                    feedback(
                            ("{\"answerId\":\"x:y:1\",\"helpful\":true,\"lang\":" + lang + "}")
                                    .getBytes(StandardCharsets.UTF_8),
                            "application/json"),
                    400,
                    "invalid-feedback",
                    detail);
        }
        assertEquals(
                202,
                feedback(
                                "{\"answerId\":\"x:y:1\",\"helpful\":true,\"lang\":\"zh-Hant\"}"
                                        .getBytes(StandardCharsets.UTF_8),
                                "application/json")
                        .status());
        assertEquals(
                202,
                feedback(
                                "{\"answerId\":\"x:y:1\",\"helpful\":true,\"lang\":null}"
                                        .getBytes(StandardCharsets.UTF_8),
                                "application/json")
                        .status());
    }

    // ---- security headers on every kind of response ----------------------------------------------------------------

    @Test
    void successesCarrySecurityHeaders() {
        for (String[] c : new String[][] {
            {"/answer", "q=What+is+AISC%3F"},
            {"/answer", "q=When+does+the+marathon+start%3F"},
            {"/suggest", "q=why"},
            {"/faq", ""},
            {"/health", ""}
        }) {
            LambdaClient.Response r = lambda.get(c[0], c[1]);
            assertEquals(200, r.status(), c[0]);
            assertSecure(r);
        }
        LambdaClient.Response accepted = feedback(
                "{\"answerId\":\"x:y:1\",\"helpful\":true}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(202, accepted.status());
        assertSecure(accepted);
        LambdaClient.Response head = lambda.send("HEAD", "/answer", "q=What+is+AISC%3F", null);
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertSecure(head);
    }

    @Test
    void errorsCarrySecurityHeaders() {
        assertProblem(lambda.get("/answer", ""), 400, "invalid-question", "Parameter 'q' (the question) is missing.");
        assertProblem(
                lambda.get("/nope", ""),
                404,
                null,
                "There is no route /nope. Routes: /answer, /suggest, /faq, /site, /feedback, /health.");
        assertProblem(lambda.send("PUT", "/feedback", "", "{}"), 405, null, "Method PUT is not allowed on /feedback.");
        assertProblem(
                lambda.send("OPTIONS", "/answer", "", null), 405, null, "Method OPTIONS is not allowed on /answer.");
        assertProblem(
                lambda.get("/answer", "q=AISC", "Accept", "application/xml"),
                406,
                null,
                "Responses are application/json (errors application/problem+json); the Accept header allows neither.");
        assertProblem(
                feedback(padded(5000), "application/json"),
                413,
                "body-too-large",
                "The body has 5000 bytes; at most 4096 are accepted.");
        assertProblem(
                feedback("a=b".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"),
                415,
                "unsupported-media-type",
                "Send feedback as application/json.");
        LambdaClient.Response refused = lambda.send(
                "OPTIONS",
                "/feedback",
                "",
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "POST");
        assertEquals(403, refused.status());
        assertSecure(refused);
        LambdaClient.Response preflight = lambda.send(
                "OPTIONS",
                "/feedback",
                "",
                null,
                "Origin",
                "https://www.example.com",
                "Access-Control-Request-Method",
                "POST");
        assertEquals(204, preflight.status());
        assertSecure(preflight);
    }

    // ---- HEAD answers like GET -------------------------------------------------------------------------------------

    @Test
    void headAnswersLikeGetWithoutABody() {
        for (String[] c : new String[][] {
            {"/answer", "q=What+is+AISC%3F"},
            {"/answer", "q=When+does+the+marathon+start%3F"},
            {"/suggest", "q=why"},
            {"/faq", ""},
            {"/health", ""},
            {"/answer", ""},
            {"/answer", "q=a%ZZ"},
            {"/nope", ""}
        }) {
            LambdaClient.Response get = lambda.get(c[0], c[1]);
            LambdaClient.Response head = lambda.send("HEAD", c[0], c[1], null);
            String what = "HEAD " + c[0] + "?" + c[1];
            assertEquals(get.status(), head.status(), what);
            assertEquals("", head.body(), what);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), what);
            assertEquals(get.header("Cache-Control"), head.header("Cache-Control"), what);
            assertSecure(head);
        }
    }
}
