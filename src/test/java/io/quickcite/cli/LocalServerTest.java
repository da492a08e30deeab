package io.quickcite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quickcite.api.LambdaHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local server over real HTTP: API requests go through the Lambda handler; demo and widget files are served. */
class LocalServerTest {

    @TempDir
    static Path root;

    static final String DEMO =
            "<!doctype html><title>demo</title><h1>{{site.name}}: ask this site</h1><p class=\"hint\">{{site.examples}}</p>";
    static LocalHttp.Running server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(root.resolve("widget-embed/demo"));
        Files.createDirectories(root.resolve("widget-embed/dist"));
        Files.writeString(root.resolve("widget-embed/demo/index.html"), DEMO);
        Files.writeString(root.resolve("widget-embed/dist/quickcite.js"), "/* widget */");
        Files.writeString(root.resolve("secret.txt"), "not for the web");
        server = new LocalServer(new LambdaHandler(), root).start(0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersThroughTheLambdaHandler() throws Exception {
        HttpResponse<String> r = get("/answer?q=When+did+the+AI+Subsidy+Scheme+open%3F");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(
                r.body()
                        .contains(
                                "\"text\":\"October 7, 2024 — The subsidy mechanism opens. AISS officially opened for application,"),
                r.body());
        assertTrue(
                r.body()
                        .contains(
                                "{\"n\":3,\"title\":\"Artificial Intelligence Subsidy Scheme opens for application\""),
                r.body());
    }

    @Test
    void feedbackIsPosted() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/feedback"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answerId\":\"a\",\"helpful\":true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode());
    }

    @Test
    void servesTheDemoPageNamedAfterTheLoadedSiteAndTheWidget() throws Exception {
        assertEquals(
                "<!doctype html><title>demo</title><h1>AI in Hong Kong: ask this site</h1><p class=\"hint\">Try: <button type=\"button\" "
                        + "class=\"example\" data-quickcite-ask=\"What defines Hong Kong's AI story right now?\">What defines Hong Kong's AI story "
                        + "right now?</button> or <button type=\"button\" class=\"example\" data-quickcite-ask=\"What should readers look for first "
                        + "in Hong Kong AI?\">What should readers look for first in Hong Kong AI?</button></p>",
                get("/").body());
        HttpResponse<String> widget = get("/widget/quickcite.js");
        assertEquals("/* widget */", widget.body());
        assertEquals(
                "text/javascript; charset=utf-8",
                widget.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void neverServesFilesOutsideTheDemoAndWidgetFolders() throws Exception {
        HttpResponse<String> r = get("/widget/..%2F..%2Fsecret.txt");
        assertEquals(404, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, get("/secret.txt").statusCode());
    }

    @Test
    void servesTheOpenApiDescriptionListingEveryRoute() throws Exception {
        HttpResponse<String> r = get("/openapi.yml");
        assertEquals(200, r.statusCode());
        assertEquals(
                "application/yaml; charset=utf-8",
                r.headers().firstValue("Content-Type").orElseThrow());
        var result = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(r.body());
        assertEquals(java.util.List.of(), result.getMessages(), "parser messages");
        var paths = result.getOpenAPI().getPaths();
        assertEquals(java.util.Set.of("/answer", "/suggest", "/faq", "/site", "/feedback", "/health"), paths.keySet());
        assertTrue(
                paths.get("/answer").getGet() != null
                        && paths.get("/suggest").getGet() != null
                        && paths.get("/faq").getGet() != null
                        && paths.get("/feedback").getPost() != null
                        && paths.get("/health").getGet() != null,
                r.body());
        HttpResponse<String> head = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/openapi.yml"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void theDescriptionIsOnlyRead() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/openapi.yml"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void servesEachDocumentAsAPageAtItsUrlWithItsSectionAnchors() throws Exception {
        HttpResponse<String> r = get("/briefings/artificial-intelligence-in-hong-kong");
        assertEquals(200, r.statusCode());
        assertEquals(
                "text/html; charset=utf-8",
                r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().contains("<h1>Artificial Intelligence in Hong Kong</h1>"), r.body());
        assertTrue(
                r.body().contains("<h2 id=\"hong-kong-ai-stack-in-one-view\">Hong Kong AI stack in one view</h2>"),
                r.body());
        assertTrue(r.body().contains("<h3>What defines Hong Kong's AI story right now?</h3>"), r.body());
        assertTrue(
                r.body()
                        .contains(
                                "<li id=\"source-3\" value=\"3\">Artificial Intelligence Subsidy Scheme opens for application — HKSAR Government</li>"),
                r.body());
        HttpResponse<String> site = get("/site");
        assertEquals(
                "{\"name\":\"AI in Hong Kong\",\"examples\":[\"What defines Hong Kong's AI story right now?\","
                        + "\"What should readers look for first in Hong Kong AI?\",\"Where should readers go after the Hong Kong briefing?\","
                        + "\"Is Hong Kong mostly an interface market or a builder market in AI?\"]}",
                site.body());
    }

    @Test
    void unknownRouteIsAProblem() throws Exception {
        HttpResponse<String> r = get("/nope");
        assertEquals(404, r.statusCode());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"There is no route /nope. Routes: /answer, /suggest, /faq, /site, /feedback, /health.\"}",
                r.body());
    }

    @Test
    void everyLocalResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> tooBig = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/feedback"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(70_000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooBig.statusCode());
        for (HttpResponse<String> r :
                java.util.List.of(get("/"), get("/widget/quickcite.js"), get("/openapi.yml"), get("/health"), tooBig)) {
            assertEquals(
                    "nosniff",
                    r.headers().firstValue("X-Content-Type-Options").orElse(null),
                    r.uri().toString());
            assertEquals(
                    "strict-origin-when-cross-origin",
                    r.headers().firstValue("Referrer-Policy").orElse(null),
                    r.uri().toString());
        }
    }
}
