package io.quickcite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quickcite.api.LambdaHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local server's HTTP edge over raw sockets (requests no HTTP client would send): malformed request lines get the
 * Lambda handler's problem+json, limits get 414/431 problem+json, slow clients block nobody and are cut off by the
 * header and read timeouts. Every answer must be problem+json or JSON with the security headers, never an HTML page
 * or a class name. Timeouts are short here (1 s header and read) so that the test is quick.
 */
class LocalServerHttpTest {

    static final LocalHttp.Limits LIMITS =
            new LocalHttp.Limits(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(1));

    @TempDir
    static Path root;

    static LocalHttp.Running server;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(root.resolve("widget-embed/demo"));
        server = new LocalServer(new LambdaHandler(), root, LIMITS).start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A parsed HTTP/1.1 response: status, headers (lower-case names), body. */
    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
        socket.setSoTimeout(5000);
        return socket;
    }

    /** Sends raw bytes and reads one response until the server closes (requests say Connection: close). */
    private static Reply exchange(byte[] request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static Reply exchange(String requestLine, String... headerLines) throws IOException {
        StringBuilder b = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (String h : headerLines) {
            b.append(h).append("\r\n");
        }
        return exchange(b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the response (the server closing a connection it refused) ends the read
            if (out.size() == 0) {
                throw e;
            }
        }
        return out.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        assertTrue(end > 0, "no complete response: " + text);
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip(),
                    (a, b) -> a + "," + b);
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    /** A 4xx problem+json reply with the security headers, naming no class or server. */
    private static void assertProblem(Reply r, int status, String type, String detail) {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"), r.toString());
        assertSecure(r);
        assertEquals(
                "{\"type\":\"" + type + "\",\"title\":\"" + title(status) + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}",
                r.body());
    }

    private static void assertSecure(Reply r) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r.toString());
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"), r.toString());
        assertFalse(r.body().matches("(?s).*(Exception|jetty|Jetty|<html|at [a-z]+\\.).*"), r.body());
        assertEquals(null, r.header("Server"), "no server banner");
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request-URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> throw new IllegalArgumentException("no title for " + status);
        };
    }

    private static final String MALFORMED_QUERY = "urn:quickcite:problem:malformed-query";
    private static final String BAD_ESCAPE = "The query string has a malformed percent-escape.";

    // ---- malformed request lines reach the Lambda handler
    // ------------------------------------------------------------

    @Test
    void malformedPercentEscapesGetTheHandlersProblem() throws IOException {
        for (String query : List.of("q=a%ZZb", "q=%", "q=%u00e9", "q=a%2")) {
            assertProblem(exchange("GET /answer?" + query + " HTTP/1.1"), 400, MALFORMED_QUERY, BAD_ESCAPE);
        }
    }

    @Test
    void oddPathsGetTheHandlersNotFound() throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("/<script>", "/%3Cscript%3E");
        paths.put("/a\\b", "/a%5Cb");
        paths.put("/caf\u00c3\u00a9", "/caf%C3%A9"); // raw UTF-8 bytes of "é", sent as ISO-8859-1 chars
        paths.put("/widget/..%2F..%2Fsecret.txt", "/widget/..%2F..%2Fsecret.txt");
        for (var e : paths.entrySet()) {
            Reply r = exchange("GET " + e.getKey() + " HTTP/1.1");
            assertEquals(404, r.status(), e.getKey() + ": " + r);
            assertProblem(
                    r,
                    404,
                    "about:blank",
                    "There is no route " + e.getValue()
                            + ". Routes: /answer, /suggest, /faq, /site, /feedback, /health.");
        }
    }

    @Test
    void rawNonAsciiInTheQueryIsReadAsUtf8() throws IOException {
        Reply r = exchange("GET /answer?q=caf\u00c3\u00a9%3F HTTP/1.1");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().startsWith("{\"question\":\"café?\",\"answered\":false,"), r.body());
    }

    @Test
    void aQueryWithAngleBracketsOrBackslashesIsAQuestionLikeAnyOther() throws IOException {
        Reply r = exchange("GET /answer?q=%3Cb%3E\\x HTTP/1.1");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().startsWith("{\"question\":\"<b>\\\\x\",\"answered\":false,"), r.body());
        assertEquals("application/json", r.header("Content-Type"));
        assertSecure(r);
    }

    @Test
    void unreadableRequestsGetAProblemFromTheServer() throws IOException {
        String unreadable = "The request could not be read.";
        assertProblem(exchange("GET /a\u0000b HTTP/1.1"), 400, "about:blank", unreadable);
        // Jetty decodes the path while parsing the request line, so a broken escape or an encoded NUL there never makes
        // a request
        assertProblem(exchange("GET /a%ZZb HTTP/1.1"), 400, "about:blank", unreadable);
        assertProblem(exchange("GET /a%00b HTTP/1.1"), 400, "about:blank", unreadable);
        assertProblem(exchange("GET /health HTTP/1.1", "No colon here"), 400, "about:blank", unreadable);
        assertProblem(exchange("GET /health HTTP/1.1", "Bad Name: x"), 400, "about:blank", unreadable);
        assertProblem(exchange("DELETE /a b c HTTP/1.1"), 400, "about:blank", unreadable);
    }

    // ---- limits
    // ------------------------------------------------------------------------------------------------------

    @Test
    void anOverLongRequestLineIs414() throws IOException {
        assertProblem(
                exchange("GET /answer?q=" + "a".repeat(1_000_000) + " HTTP/1.1"),
                414,
                "about:blank",
                "The request line is too long: request line and headers may have at most 10240 bytes.");
    }

    @Test
    void overLongHeadersAre431() throws IOException {
        String detail = "The request headers are too large: request line and headers may have at most 10240 bytes.";
        assertProblem(exchange("GET /health HTTP/1.1", "X-Big: " + "b".repeat(1_000_000)), 431, "about:blank", detail);
        String[] many = new String[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = "X-H" + i + ": " + "v".repeat(30);
        }
        assertProblem(exchange("GET /health HTTP/1.1", many), 431, "about:blank", detail);
    }

    @Test
    void manySmallHeadersWithinTheLimitAreServed() throws IOException {
        String[] many = new String[250];
        for (int i = 0; i < many.length; i++) {
            many[i] = "X-" + i + ": v";
        }
        Reply r = exchange("GET /health HTTP/1.1", many);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().startsWith("{\"status\":\"UP\""), r.body());
    }

    @Test
    void anOverLargeDeclaredBodyIs413WithoutReadingIt() throws IOException {
        assertProblem(
                exchange("POST /feedback HTTP/1.1", "Content-Type: application/json", "Content-Length: 10000000"),
                413,
                "about:blank",
                "The request body is too large.");
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrChunked() throws IOException {
        String body = "x".repeat(200_000);
        assertProblem(
                exchange(
                        ("POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                        + "Content-Length: " + body.length() + "\r\n\r\n" + body)
                                .getBytes(StandardCharsets.US_ASCII)),
                413,
                "about:blank",
                "The request body is too large.");
        assertProblem(
                exchange(
                        ("POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                        + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length())
                                        + "\r\n" + body + "\r\n0\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII)),
                413,
                "about:blank",
                "The request body is too large.");
    }

    // ---- slow clients
    // ------------------------------------------------------------------------------------------------

    @Test
    void fiftySlowConnectionsDoNotBlockHealth() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = connect();
                s.getOutputStream()
                        .write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            long start = System.nanoTime();
            Reply r = exchange("GET /health HTTP/1.1");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, r.status(), r.body());
            assertTrue(ms < 1000, "/health took " + ms + " ms behind 50 slow connections");
            System.out.println("local server: /health answered in " + ms + " ms with 50 slow connections open");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void incompleteHeadersAreCutOffAfterTheHeaderTimeout() throws Exception {
        try (Socket s = connect()) {
            OutputStreamTrickle.send(s, "GET /health HTTP/1.1\r\nHost: x\r\n");
            long start = System.nanoTime();
            // a byte every 200 ms keeps the connection far from the 30 s idle timeout, not from the header timeout
            for (int i = 0; i < 20; i++) {
                try {
                    OutputStreamTrickle.send(s, "X");
                } catch (IOException closed) {
                    break;
                }
                Thread.sleep(200);
                s.setSoTimeout(1);
                try {
                    if (s.getInputStream().read() < 0) {
                        break;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // still open
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 900 && ms < 2500, "closed after " + ms + " ms; the header timeout is 1 s");
        }
    }

    @Test
    void aBodyThatStopsArrivingIs408() throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream()
                    .write(
                            ("POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"answerId\"")
                                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            long start = System.nanoTime();
            Reply r = parse(readAll(s.getInputStream()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertProblem(r, 408, "about:blank", "The request body did not arrive in time.");
            assertTrue(ms < 2500, "answered after " + ms + " ms; the read timeout is 1 s");
        }
    }

    // ---- HEAD
    // --------------------------------------------------------------------------------------------------------

    @Test
    void headAnswersLikeGetWithoutABody() throws IOException {
        Reply get = exchange("GET /answer?q=What+is+AISC%3F HTTP/1.1");
        Reply head = exchange("HEAD /answer?q=What+is+AISC%3F HTTP/1.1");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals(get.header("Cache-Control"), head.header("Cache-Control"));
        assertEquals("public, max-age=300", head.header("Cache-Control"));
    }

    /** Writes and flushes text at once. */
    private static final class OutputStreamTrickle {
        static void send(Socket s, String text) throws IOException {
            s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
        }
    }
}
