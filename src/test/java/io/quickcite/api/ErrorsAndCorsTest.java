package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Problem+json errors and per-site CORS, through the real Lambda handler. */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class ErrorsAndCorsTest {

    @Inject
    ApplicationContext context;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    private static void assertProblem(LambdaClient.Response r, int status, String json) {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals("no-store", r.header("Cache-Control"));
        assertEquals(json, r.body());
    }

    @Test
    void missingQuestion() {
        assertProblem(
                lambda.get("/answer", ""),
                400,
                "{\"type\":\"urn:quickcite:problem:invalid-question\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter 'q' (the question) is missing.\"}");
    }

    @Test
    void blankQuestion() {
        assertProblem(
                lambda.get("/answer", "q=+++"),
                400,
                "{\"type\":\"urn:quickcite:problem:invalid-question\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter 'q' (the question) is blank.\"}");
    }

    @Test
    void questionOf301Characters() {
        assertProblem(
                lambda.get("/answer", "q=" + "a".repeat(301)),
                400,
                "{\"type\":\"urn:quickcite:problem:invalid-question\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter 'q' has 301 characters; at most 300 are accepted.\"}");
    }

    @Test
    void questionOf300CharactersIsAccepted() {
        assertEquals(200, lambda.get("/answer", "q=" + "a".repeat(300)).status());
    }

    @Test
    void controlCharacters() {
        assertProblem(
                lambda.get("/answer", "q=AISC%00%07"),
                400,
                "{\"type\":\"urn:quickcite:problem:invalid-question\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter 'q' contains control characters.\"}");
    }

    @Test
    void malformedPercentEscape() {
        assertProblem(
                lambda.get("/answer", "q=%E0%A4%A"),
                400,
                "{\"type\":\"urn:quickcite:problem:malformed-query\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The query string has a malformed percent-escape.\"}");
    }

    @Test
    void repeatedQuestion() {
        assertProblem(
                lambda.get("/answer", "q=AISC&q=AISS"),
                400,
                "{\"type\":\"urn:quickcite:problem:repeated-parameter\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter 'q' is given 2 times; give it once.\"}");
    }

    @Test
    void unknownSite() {
        assertProblem(
                lambda.get("/answer", "q=AISC&site=nobody"),
                400,
                "{\"type\":\"urn:quickcite:problem:unknown-site\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Unknown site 'nobody'.\"}");
    }

    @Test
    void badLanguageTag() {
        assertProblem(
                lambda.get("/answer", "q=AISC&lang=%3Cscript%3E"),
                400,
                "{\"type\":\"urn:quickcite:problem:invalid-lang\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter 'lang' must be a language tag such as 'en' or 'zh-Hant'.\"}");
    }

    @Test
    void unknownRoute() {
        assertProblem(
                lambda.get("/admin", ""),
                404,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"There is no route /admin. Routes: /answer, /suggest, /faq, /site, /feedback, /health.\"}");
    }

    @Test
    void wrongMethod() {
        assertProblem(
                lambda.send("DELETE", "/answer", "q=AISC", null),
                405,
                "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,\"detail\":\"Method DELETE is not allowed on /answer.\"}");
    }

    @Test
    void allowedOriginGetsCorsHeaders() {
        LambdaClient.Response r = lambda.get("/answer", "q=What+is+AISC%3F", "Origin", "https://www.example.com");
        assertEquals(200, r.status());
        assertEquals("https://www.example.com", r.header("Access-Control-Allow-Origin"));
        assertEquals("Origin", r.header("Vary"));
    }

    @Test
    void disallowedOriginGetsNoCorsHeaders() {
        LambdaClient.Response r = lambda.get("/answer", "q=What+is+AISC%3F", "Origin", "https://evil.example");
        assertEquals(200, r.status());
        assertNull(r.header("Access-Control-Allow-Origin"));
    }

    @Test
    void originsArePerSite() {
        assertNull(lambda.get("/answer", "q=AISC", "Origin", "https://news.partner.example")
                .header("Access-Control-Allow-Origin"));
        assertEquals(
                "https://news.partner.example",
                lambda.get("/answer", "q=AISC&site=partner", "Origin", "https://news.partner.example")
                        .header("Access-Control-Allow-Origin"));
        assertNull(lambda.get("/answer", "q=AISC&site=partner", "Origin", "https://www.example.com")
                .header("Access-Control-Allow-Origin"));
    }

    @Test
    void errorsCarryCorsHeadersForAllowedOrigins() {
        LambdaClient.Response r = lambda.get("/answer", "", "Origin", "https://www.example.com");
        assertEquals(400, r.status());
        assertEquals("https://www.example.com", r.header("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightForAllowedOrigin() {
        LambdaClient.Response r = lambda.send(
                "OPTIONS",
                "/feedback",
                "",
                null,
                "Origin",
                "https://www.example.com",
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type");
        assertEquals(204, r.status());
        assertEquals("https://www.example.com", r.header("Access-Control-Allow-Origin"));
        assertEquals("GET, POST", r.header("Access-Control-Allow-Methods"));
        assertEquals("Content-Type, Accept, Accept-Language", r.header("Access-Control-Allow-Headers"));
    }

    @Test
    void preflightForDisallowedOriginMethodOrHeader() {
        String forbidden =
                "{\"type\":\"urn:quickcite:problem:cors-rejected\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This origin, method or header is not allowed for the site.\"}";
        LambdaClient.Response origin = lambda.send(
                "OPTIONS",
                "/feedback",
                "",
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "POST");
        assertProblem(origin, 403, forbidden);
        assertNull(origin.header("Access-Control-Allow-Origin"));
        assertProblem(
                lambda.send(
                        "OPTIONS",
                        "/feedback",
                        "",
                        null,
                        "Origin",
                        "https://www.example.com",
                        "Access-Control-Request-Method",
                        "DELETE"),
                403,
                forbidden);
        assertProblem(
                lambda.send(
                        "OPTIONS",
                        "/feedback",
                        "",
                        null,
                        "Origin",
                        "https://www.example.com",
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "x-admin"),
                403,
                forbidden);
    }
}
