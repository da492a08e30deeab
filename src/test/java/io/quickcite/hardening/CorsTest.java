package io.quickcite.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.api.LambdaClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Per-site CORS through the real Lambda handler (issue 7), with two sites: "default" embedded from two origins and
 * "partner" from a third. An origin is allowed only for its own site and only when it matches exactly; preflights
 * are answered for allowed origin, method and headers, refused with a 403 problem otherwise.
 */
@MicronautTest
@Property(
        name = "quickcite.sites",
        value = "default=https://www.example.com,https://app.example.com;partner=https://news.partner.example")
class CorsTest {

    static final String FORBIDDEN =
            "{\"type\":\"urn:quickcite:problem:cors-rejected\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"This origin, method or header is not allowed for the site.\"}";

    @Inject
    ApplicationContext context;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    private LambdaClient.Response get(String query, String origin) {
        return lambda.get("/answer", query, "Origin", origin);
    }

    private LambdaClient.Response preflight(String path, String query, String origin, String method, String headers) {
        return headers == null
                ? lambda.send("OPTIONS", path, query, null, "Origin", origin, "Access-Control-Request-Method", method)
                : lambda.send(
                        "OPTIONS",
                        path,
                        query,
                        null,
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        method,
                        "Access-Control-Request-Headers",
                        headers);
    }

    private static void assertAllowed(LambdaClient.Response r, String origin) {
        assertEquals(
                origin, r.header("Access-Control-Allow-Origin"), r.headers().toString());
        assertEquals("Origin", r.header("Vary"));
        assertNull(r.header("Access-Control-Allow-Credentials"), "no credentials are ever allowed");
    }

    private static void assertNoCors(LambdaClient.Response r) {
        assertNull(r.header("Access-Control-Allow-Origin"), r.headers().toString());
        assertNull(r.header("Access-Control-Allow-Methods"));
        assertNull(r.header("Access-Control-Allow-Credentials"));
        // Vary: Origin on every response, so that a cache never serves one origin's answer to another.
        assertEquals("Origin", r.header("Vary"));
    }

    private static void assertRefused(LambdaClient.Response r) {
        assertEquals(403, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals("no-store", r.header("Cache-Control"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"));
        assertEquals(FORBIDDEN, r.body());
        assertNoCors(r);
    }

    @Test
    void bothOriginsOfTheDefaultSiteAreAllowed() {
        LambdaClient.Response www = get("q=What+is+AISC%3F", "https://www.example.com");
        assertEquals(200, www.status());
        assertAllowed(www, "https://www.example.com");
        LambdaClient.Response app = get("q=What+is+AISC%3F", "https://app.example.com");
        assertEquals(200, app.status());
        assertAllowed(app, "https://app.example.com");
    }

    @Test
    void disallowedOriginGetsTheAnswerButNoCorsHeaders() {
        LambdaClient.Response r = get("q=What+is+AISC%3F", "https://evil.example");
        assertEquals(200, r.status());
        assertNoCors(r);
    }

    @Test
    void noOriginGetsNoCorsHeaders() {
        LambdaClient.Response r = lambda.get("/answer", "q=What+is+AISC%3F");
        assertEquals(200, r.status());
        assertNoCors(r);
    }

    /** {@code Origin: null} (sandboxed iframes, file: pages, some redirects) is never allowed, nor any near miss of an allowed origin. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "null",
                "NULL",
                "",
                "*",
                "https://www.example.com/",
                "https://www.example.com:443",
                "http://www.example.com",
                "HTTPS://WWW.EXAMPLE.COM",
                "https://www.example.com.evil.example",
                "https://evil.example?https://www.example.com",
                "https://www.example.com, https://evil.example",
                "https://evil.example, https://www.example.com",
                "https://example.com",
                "https://sub.www.example.com",
                "https://www.example.co"
            })
    void nullAndNearMissesAreNotAllowed(String origin) {
        LambdaClient.Response r = get("q=What+is+AISC%3F", origin);
        assertEquals(200, r.status());
        assertNoCors(r);
        assertRefused(preflight("/feedback", "", origin, "POST", "content-type"));
    }

    @Test
    void eachSiteAllowsOnlyItsOwnOrigins() {
        assertAllowed(get("q=AISC&site=partner", "https://news.partner.example"), "https://news.partner.example");
        assertNoCors(get("q=AISC", "https://news.partner.example"));
        assertNoCors(get("q=AISC&site=default", "https://news.partner.example"));
        assertNoCors(get("q=AISC&site=partner", "https://www.example.com"));
        assertNoCors(get("q=AISC&site=partner", "https://app.example.com"));
    }

    @Test
    void anUnknownSiteGetsNoCorsHeadersEvenFromAnAllowedOrigin() {
        LambdaClient.Response r = get("q=AISC&site=nobody", "https://www.example.com");
        assertEquals(400, r.status());
        assertNoCors(r);
        assertRefused(preflight("/feedback", "site=nobody", "https://www.example.com", "POST", "content-type"));
    }

    @Test
    void errorsCarryCorsHeadersForAnAllowedOrigin() {
        LambdaClient.Response r = lambda.send(
                "POST",
                "/feedback",
                "site=partner",
                "{}",
                "Content-Type",
                "application/json",
                "Origin",
                "https://news.partner.example");
        assertEquals(400, r.status());
        assertAllowed(r, "https://news.partner.example");
    }

    @Test
    void preflightForAnAllowedOriginOfEachSite() {
        for (String[] c : new String[][] {
            {"", "https://www.example.com"},
            {"", "https://app.example.com"},
            {"site=partner", "https://news.partner.example"}
        }) {
            LambdaClient.Response r = preflight("/feedback", c[0], c[1], "POST", "Content-Type");
            assertEquals(204, r.status(), c[1]);
            assertAllowed(r, c[1]);
            assertEquals("GET, POST", r.header("Access-Control-Allow-Methods"));
            assertEquals("Content-Type, Accept, Accept-Language", r.header("Access-Control-Allow-Headers"));
            assertEquals("600", r.header("Access-Control-Max-Age"));
            assertEquals("no-store", r.header("Cache-Control"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"));
            assertEquals("", r.body());
        }
    }

    @Test
    void preflightFromAnotherSitesOriginIsRefused() {
        assertRefused(preflight("/feedback", "site=partner", "https://www.example.com", "POST", "content-type"));
        assertRefused(preflight("/feedback", "site=default", "https://news.partner.example", "POST", "content-type"));
        assertRefused(preflight("/answer", "", "https://news.partner.example", "GET", null));
    }

    /**
     * Feedback may name its site in the body, which a preflight does not carry: without a site in the query, an origin
     * of any configured site is allowed, on the preflight and on the POST; the body's site is checked by the controller.
     */
    @Test
    void feedbackWithoutASiteInTheQueryAllowsTheOriginsOfEverySite() {
        LambdaClient.Response preflight =
                preflight("/feedback", "", "https://news.partner.example", "POST", "content-type");
        assertEquals(204, preflight.status(), preflight.body());
        assertAllowed(preflight, "https://news.partner.example");
        LambdaClient.Response posted = lambda.send(
                "POST",
                "/feedback",
                "",
                "{\"answerId\":\"a\",\"helpful\":true,\"site\":\"partner\"}",
                "Content-Type",
                "application/json",
                "Origin",
                "https://news.partner.example");
        assertEquals(202, posted.status(), posted.body());
        assertAllowed(posted, "https://news.partner.example");
        assertRefused(preflight("/feedback", "", "https://evil.example", "POST", "content-type"));
    }

    @Test
    void preflightWithoutAnOriginIsRefused() {
        assertRefused(lambda.send("OPTIONS", "/feedback", "", null, "Access-Control-Request-Method", "POST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "CONNECT", "HEAD", "post", "FOO"})
    void preflightWithADisallowedMethodIsRefused(String method) {
        assertRefused(preflight("/feedback", "", "https://www.example.com", method, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x-admin",
                "authorization",
                "cookie",
                "content-type, x-evil",
                "x-requested-with",
                "content-type,,x-evil"
            })
    void preflightWithADisallowedHeaderIsRefused(String headers) {
        assertRefused(preflight("/feedback", "", "https://www.example.com", "POST", headers));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "content-type",
                "Content-Type, Accept",
                "ACCEPT-LANGUAGE",
                "accept,content-type",
                " content-type ",
                ""
            })
    void preflightWithAllowedHeadersIsAnswered(String headers) {
        LambdaClient.Response r = preflight("/answer", "", "https://app.example.com", "GET", headers);
        assertEquals(204, r.status(), r.body());
        assertAllowed(r, "https://app.example.com");
    }
}
