package io.quickcite.hardening;

import static io.quickcite.hardening.Gen.w;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.quickcite.api.HttpApiEvents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Odd request shapes through the real Lambda handler: any method (unknown and lower-case ones too), odd paths
 * (traversal, encoded, 10,000 characters, Unicode), and malformed or hostile headers (names that are not tokens,
 * values with control characters or leading spaces, CRLF injection, odd Accept, Origin and Content-Type, cookies).
 * The contract for each route is tested elsewhere; here every exchange must only stay within what {@link Harness}
 * checks for any request: 2xx or a 4xx problem+json, security headers, no internals, no hang, nothing logged.
 */
class RequestShapeFuzzTest {

    static final int TRIES = Integer.getInteger("quickcite.fuzz.shape-tries", 1_000);

    private static Harness harness;

    @BeforeAll
    static void start() {
        harness = new Harness();
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            System.out.println(harness.summary("RequestShapeFuzzTest"));
            harness.close();
        }
    }

    static final List<String> METHODS = List.of(
            "GET",
            "GET",
            "GET",
            "POST",
            "POST",
            "HEAD",
            "OPTIONS",
            "PUT",
            "DELETE",
            "PATCH",
            "TRACE",
            "CONNECT",
            "get",
            "post",
            "FOO",
            "",
            "G E T",
            "GET\u0000",
            "PROPFIND",
            "M".repeat(1000));
    static final List<String> ROUTES = List.of("/answer", "/suggest", "/faq", "/feedback", "/health");
    static final List<String> ODD_PATHS = List.of(
            "/",
            "",
            "/answer/",
            "//answer",
            "/ANSWER",
            "/answer;jsessionid=1",
            "/answer%00",
            "/%2e%2e/health",
            "/answer/../health",
            "/admin",
            "/.env",
            "/openapi.yml",
            "/widget/quickcite.js",
            "/a b",
            "/香港",
            "/" + "a".repeat(10_000),
            "/answer?q=x",
            "/answer#x",
            "\\answer",
            "/answer%2F..",
            "/health/",
            "/feedback/../../etc/passwd",
            "/%",
            "/%zz",
            "/\u0000",
            "/answer\r\nX-Injected: 1",
            "*",
            "http://evil.example/answer",
            "/<script>alert(1)</script>",
            "/io.quickcite.api.AnswerController");
    static final List<String> QUERIES =
            List.of("", "q=What+is+AISC%3F", "q=why+does+fin", "site=partner", "q=%", "q=AISC&site=nobody");
    static final List<String[]> HEADERS = List.of(
            new String[] {"Origin", "https://www.example.com"},
            new String[] {"Origin", "https://evil.example"},
            new String[] {"Origin", "null"},
            new String[] {"Origin", ""},
            new String[] {"Origin", " https://www.example.com"},
            new String[] {"Origin", "https://www.example.com\r\nX: 1"},
            new String[] {"Origin", "https://www.example.com, https://evil.example"},
            new String[] {"Origin", "o".repeat(8000)},
            new String[] {"Accept", "text/html"},
            new String[] {"Accept", "application/xml"},
            new String[] {"Accept", "*/*;q=0"},
            new String[] {"Accept", ";;;"},
            new String[] {"Accept", "application/problem+json"},
            new String[] {"Accept", "\u0000"},
            new String[] {"Accept-Language", "zz-ZZ,*;q=2"},
            new String[] {"Accept-Encoding", "gzip, br, zstd"},
            new String[] {"Content-Type", "application/json"},
            new String[] {"Content-Type", "text/plain"},
            new String[] {"Content-Type", ";"},
            new String[] {"Content-Type", "\tapplication/json"},
            new String[] {"Content-Type", "application/json\u0007"},
            new String[] {"Content-Length", "-1"},
            new String[] {"Content-Length", "99999999999999999999"},
            new String[] {"Transfer-Encoding", "chunked"},
            new String[] {"Host", "evil.example"},
            new String[] {"X-Forwarded-For", "203.0.113.9, ' OR 1=1"},
            new String[] {"X-Forwarded-Host", "evil.example"},
            new String[] {"Access-Control-Request-Method", "POST"},
            new String[] {"Access-Control-Request-Method", "DELETE"},
            new String[] {"Access-Control-Request-Headers", "content-type, x-evil"},
            new String[] {"Access-Control-Request-Method", ""},
            new String[] {"Cookie", "a=b; session=\u0001x"},
            new String[] {"Cookie", "=; ;;"},
            new String[] {"Cookie", "c=" + "x".repeat(5000)},
            new String[] {"X Bad Name", "1"},
            new String[] {"X:Colon", "1"},
            new String[] {"Ünïcode", "1"},
            new String[] {"X-Empty", ""},
            new String[] {"X-Space", " "},
            new String[] {"X-Tab", "\t"},
            new String[] {"X-Ctl", "a\u0000b"},
            new String[] {"X-Del", "a\u007Fb"},
            new String[] {"X-Crlf", "a\r\nSet-Cookie: x=1"},
            new String[] {"X-Unicode", "香港 😀"},
            new String[] {"X-Latin1", "caf\u00e9"},
            new String[] {"(", ")"},
            new String[] {"", "empty name"},
            new String[] {"X-Long", "v".repeat(20_000)},
            new String[] {"User-Agent", "<script>alert(1)</script>"},
            new String[] {"Referer", "javascript:alert(1)"},
            new String[] {"Authorization", "Bearer x"},
            new String[] {"If-None-Match", "*"},
            new String[] {"Range", "bytes=0-1"},
            new String[] {"Expect", "100-continue"},
            new String[] {"Upgrade", "websocket"},
            new String[] {"X-HTTP-Method-Override", "DELETE"});

    @Test
    void anyShapeGetsA2xxOrAProblem() {
        long seed = Gen.seed();
        Gen gen = new Gen(seed);
        for (int i = 0; i < TRIES; i++) {
            String method = gen.pick(METHODS);
            String path = gen.weighted(w(3, () -> gen.pick(ROUTES)), w(2, () -> gen.pick(ODD_PATHS)));
            String query = gen.pick(QUERIES);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            int n = gen.between(0, 4);
            for (int h = 0; h < n; h++) {
                String[] header = gen.pick(HEADERS);
                headers.computeIfAbsent(header[0], k -> new ArrayList<>()).add(header[1]);
            }
            byte[] body = gen.weighted(
                    w(6, () -> (byte[]) null),
                    w(2, () -> "{\"answerId\":\"a\",\"helpful\":true}".getBytes(StandardCharsets.UTF_8)),
                    w(1, () -> gen.bytes(gen.between(1, 5000))));
            String label = method + " " + Harness.clip(path) + "?" + query + " " + describe(headers)
                    + (body == null ? "" : " with " + body.length + " bytes");
            try {
                APIGatewayV2HTTPEvent event = HttpApiEvents.of(method, path, query, headers, body);
                Harness.Exchange x = harness.send(event, label);
                Harness.assertNoInternals(x.response().body(), path + " " + query + " " + describe(headers), label);
            } catch (AssertionError e) {
                throw new AssertionError(
                        "seed " + seed + " (-Dquickcite.fuzz.seed=" + seed + "), request " + (i + 1) + " of " + TRIES
                                + ": " + e.getMessage(),
                        e);
            }
        }
    }

    private static String describe(Map<String, List<String>> headers) {
        StringBuilder b = new StringBuilder();
        headers.forEach((k, v) -> b.append('[')
                .append(Harness.clip(k))
                .append(": ")
                .append(Harness.clip(String.join(",", v)))
                .append(']'));
        return b.toString();
    }
}
