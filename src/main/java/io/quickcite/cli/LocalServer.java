package io.quickcite.cli;

import io.quickcite.api.HttpApiEvents;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The development server: every API request becomes an API Gateway HTTP API event and goes through the very
 * Lambda handler that runs on AWS. It also serves the demo page and the built widget from the working folder, and
 * the API's OpenAPI description (generated at compile time into the jar) at /openapi.yml.
 */
final class LocalServer {

    /** Where micronaut-openapi writes the API's description (see src/main/openapi/openapi.properties). */
    static final String OPENAPI_RESOURCE = "META-INF/swagger/quickcite.yml";

    /** Largest request body the local server reads; the API's own limits are smaller. */
    private static final int MAX_BODY = 64 * 1024;
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
        "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json", "application/json", "map", "application/json",
        "png", "image/png", "ico", "image/x-icon", "txt", "text/plain; charset=utf-8");

    private final APIGatewayV2HTTPEventFunction function;
    private final Path demo;
    private final Path widget;
    private final SitePages pages;

    LocalServer(APIGatewayV2HTTPEventFunction function, Path root) {
        this.function = function;
        this.pages = new SitePages(function.getApplicationContext().getBean(io.quickcite.answer.SiteIndex.class).corpus(),
            function.getApplicationContext().getBean(io.quickcite.answer.SiteProfile.class).profile());
        this.demo = root.resolve("widget-embed/demo").toAbsolutePath().normalize();
        this.widget = root.resolve("widget-embed/dist").toAbsolutePath().normalize();
    }

    /** Starts listening on 127.0.0.1:port; returns the server (stop it to end). */
    HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 4)));
        server.start();
        return server;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/openapi.yml") && isRead(exchange) && serveOpenApi(exchange)) {
                return;
            }
            Path file = staticFile(path);
            if (file != null && isRead(exchange)) {
                serveFile(exchange, file, file.equals(demo.resolve("index.html")) ? pages::demo : bytes -> bytes);
                return;
            }
            byte[] page = isRead(exchange) && !path.equals("/") ? pages.page(path) : null;
            if (page != null) {
                send(exchange, 200, Map.of("Content-Type", List.of("text/html; charset=utf-8"), "Cache-Control", List.of("no-cache")),
                    exchange.getRequestMethod().equals("HEAD") ? new byte[0] : page);
                return;
            }
            byte[] body = readBody(exchange);
            if (body == null) {
                send(exchange, 413, Map.of("Content-Type", List.of("application/problem+json")),
                    "{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,\"detail\":\"The request body is too large.\"}"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            APIGatewayV2HTTPEvent event = HttpApiEvents.of(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body);
            APIGatewayV2HTTPResponse response = function.handleRequest(event, new LocalContext());
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
            if (response.getMultiValueHeaders() != null) {
                headers.putAll(response.getMultiValueHeaders());
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((k, v) -> headers.putIfAbsent(k, List.of(v)));
            }
            String text = response.getBody();
            byte[] bytes = text == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
            send(exchange, response.getStatusCode(), headers, exchange.getRequestMethod().equals("HEAD") ? new byte[0] : bytes);
        } catch (RuntimeException e) {
            System.err.println("quickcite: local server failed on " + exchange.getRequestURI().getRawPath() + ": " + e);
            if (exchange.getResponseCode() < 0) {
                send(exchange, 500, Map.of("Content-Type", List.of("application/problem+json")),
                    "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"The local server could not handle the request.\"}"
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The demo or widget file for a request path, or null to let the API answer. */
    private Path staticFile(String path) {
        Path file;
        if (path.equals("/")) {
            file = demo.resolve("index.html");
        } else if (path.startsWith("/widget/")) {
            file = widget.resolve(path.substring("/widget/".length())).normalize();
            if (!file.startsWith(widget)) {
                return null;
            }
        } else if (path.matches("/[A-Za-z0-9._-]+\\.(html|css|js|svg|png|ico|txt)")) {
            file = demo.resolve(path.substring(1)).normalize();
        } else {
            return null;
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static boolean isRead(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
    }

    /**
     * Sends the OpenAPI description from the classpath (the jar, or target/classes when run from the build);
     * false when it is missing, so that the API answers (404).
     */
    private static boolean serveOpenApi(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = LocalServer.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                return false;
            }
            bytes = in.readAllBytes();
        }
        send(exchange, 200, Map.of(
            "Content-Type", List.of("application/yaml; charset=utf-8"),
            "Cache-Control", List.of("no-cache"),
            "Access-Control-Allow-Origin", List.of("*"),
            "X-Content-Type-Options", List.of("nosniff")), exchange.getRequestMethod().equals("HEAD") ? new byte[0] : bytes);
        return true;
    }

    private static void serveFile(HttpExchange exchange, Path file, java.util.function.UnaryOperator<byte[]> fill) throws IOException {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] bytes = fill.apply(Files.readAllBytes(file));
        send(exchange, 200, Map.of(
            "Content-Type", List.of(TYPES.getOrDefault(ext, "application/octet-stream")),
            "Cache-Control", List.of("no-cache"),
            "X-Content-Type-Options", List.of("nosniff")), exchange.getRequestMethod().equals("HEAD") ? new byte[0] : bytes);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            return bytes.length > MAX_BODY ? null : bytes;
        }
    }

    /** Sends a response; every one carries the security headers the API sends (nosniff, a Referrer-Policy). */
    private static void send(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
        exchange.getResponseHeaders().putIfAbsent("X-Content-Type-Options", List.of("nosniff"));
        exchange.getResponseHeaders().putIfAbsent("Referrer-Policy", List.of("strict-origin-when-cross-origin"));
        boolean empty = body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
