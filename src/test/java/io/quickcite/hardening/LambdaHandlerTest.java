package io.quickcite.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.api.HttpApiEvents;
import io.quickcite.api.LambdaClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Lambda handler ({@link io.quickcite.api.LambdaHandler}) does before and around Micronaut: requests with
 * malformed headers or paths that are not URI paths are answered (never a 500 or an exception out of the handler),
 * and invocations leave the bean context as they found it.
 */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class LambdaHandlerTest {

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

    private static void assertUnsupportedMediaType(LambdaClient.Response r) {
        assertEquals(415, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertSecure(r);
        assertEquals(
                "{\"type\":\"urn:quickcite:problem:unsupported-media-type\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                        + "\"detail\":\"Send feedback as application/json.\"}",
                r.body());
    }

    private LambdaClient.Response send(
            String method, String path, String query, Map<String, List<String>> headers, String body) {
        return lambda.send(HttpApiEvents.of(
                method, path, query, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedHeadersAreDroppedNotA500() {
        // A header name that is not a token, a value with a control character: ignored, the request is answered.
        LambdaClient.Response r = send(
                "GET",
                "/answer",
                "q=What+is+AISC%3F",
                Map.of(
                        "X Bad Name",
                        List.of("1"),
                        "X-Ctl",
                        List.of("a\u0000b"),
                        "X-Crlf",
                        List.of("a\r\nSet-Cookie: x=1")),
                null);
        assertEquals(200, r.status(), r.body());
        assertSecure(r);
        assertNull(r.header("Set-Cookie"));
        // A malformed Origin is no origin: the answer, without CORS headers.
        LambdaClient.Response origin =
                send("GET", "/answer", "q=AISC", Map.of("Origin", List.of("https://www.example.com\u0007")), null);
        assertEquals(200, origin.status());
        assertNull(origin.header("Access-Control-Allow-Origin"));
        // A malformed Content-Type is no Content-Type: 415.
        assertUnsupportedMediaType(send(
                "POST",
                "/feedback",
                "",
                Map.of("Content-Type", List.of("application/json\u0007")),
                "{\"answerId\":\"x:y:1\",\"helpful\":true}"));
        // Optional whitespace around a value is not part of it.
        assertEquals(
                202,
                send(
                                "POST",
                                "/feedback",
                                "",
                                Map.of("Content-Type", List.of(" application/json\t")),
                                "{\"answerId\":\"x:y:1\",\"helpful\":true}")
                        .status());
        assertEquals(
                "https://www.example.com",
                send("GET", "/answer", "q=AISC", Map.of("Origin", List.of(" https://www.example.com ")), null)
                        .header("Access-Control-Allow-Origin"));
        // A malformed cookie is dropped too.
        assertEquals(
                200,
                send("GET", "/health", "", Map.of("Cookie", List.of("a=b; c=\u0001d")), null)
                        .status());
    }

    @Test
    void pathsThatAreNotUriPathsAreNotFoundNotA500() {
        // API Gateway hands the path percent-decoded: "/a%20b" arrives as "/a b", "/%7B" as "/{".
        for (String path : List.of(
                "/a b",
                "/{",
                "/answer\r\nX: 1",
                "/%",
                "/%zz",
                "/香港",
                "/<script>",
                "/answer?q=AISC",
                "/answer#x",
                "/\\")) {
            LambdaClient.Response r = lambda.get(path, "");
            assertEquals(404, r.status(), path + ": " + r.body());
            assertEquals("application/problem+json", r.header("Content-Type"), path);
            assertSecure(r);
        }
        // Valid paths are left alone: the routes answer.
        assertEquals(200, lambda.get("/answer", "q=AISC").status());
        assertEquals(200, lambda.get("/health", "").status());
    }

    @Test
    void invocationsDoNotGrowTheBeanContext() {
        lambda.get("/health", "");
        int definitions = context.getAllBeanDefinitions().size();
        for (int i = 0; i < 300; i++) {
            assertEquals(200, lambda.get("/answer", "q=What+is+AISC%3F").status());
        }
        assertEquals(definitions, context.getAllBeanDefinitions().size(), "bean definitions after 300 invocations");
        assertFalse(context.containsBean(Context.class), "the Lambda context is not registered as a bean");
    }
}
