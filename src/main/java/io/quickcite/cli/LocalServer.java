package io.quickcite.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.quickcite.api.HttpApiEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The development server: every API request becomes an API Gateway HTTP API event and goes through the very
 * Lambda handler that runs on AWS. It also serves the demo page and the built widget from the working folder, and
 * the API's OpenAPI description (generated at compile time into the jar) at /openapi.yml. The HTTP side (timeouts,
 * limits, malformed requests) is {@link LocalHttp}'s.
 */
final class LocalServer {

    /** Where micronaut-openapi writes the API's description (see src/main/openapi/openapi.properties). */
    static final String OPENAPI_RESOURCE = "META-INF/swagger/quickcite.yml";

    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "mjs",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "svg",
            "image/svg+xml",
            "json",
            "application/json",
            "map",
            "application/json",
            "png",
            "image/png",
            "ico",
            "image/x-icon",
            "txt",
            "text/plain; charset=utf-8");

    private final APIGatewayV2HTTPEventFunction function;
    private final Path demo;
    private final Path widget;
    private final SitePages pages;
    /** The sites and the origins each may embed from: they may also load the widget's files with SRI (CORS). */
    private final io.quickcite.api.Sites sites;

    private final LocalHttp.Limits limits;

    LocalServer(APIGatewayV2HTTPEventFunction function, Path root) {
        this(function, root, LocalHttp.Limits.DEFAULT);
    }

    LocalServer(APIGatewayV2HTTPEventFunction function, Path root, LocalHttp.Limits limits) {
        this.function = function;
        this.sites = function.getApplicationContext().getBean(io.quickcite.api.Sites.class);
        this.pages = new SitePages(
                function.getApplicationContext()
                        .getBean(io.quickcite.answer.SiteIndex.class)
                        .corpus(),
                function.getApplicationContext()
                        .getBean(io.quickcite.answer.SiteProfile.class)
                        .profile());
        this.demo = root.resolve("widget-embed/demo").toAbsolutePath().normalize();
        this.widget = root.resolve("widget-embed/dist").toAbsolutePath().normalize();
        this.limits = limits;
    }

    /** Starts listening on 127.0.0.1:port (0: any free port); close the result to stop. */
    LocalHttp.Running start(int port) throws IOException {
        return LocalHttp.start(port, limits, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                route(request, response, callback);
                return true;
            }
        });
    }

    /**
     * What answers a request: the OpenAPI description, a demo or widget file (the demo page named after the loaded site),
     * a document of the site rendered at its url, or else the API through the Lambda handler.
     */
    private void route(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        byte[] openApi = read && path.equals("/openapi.yml") ? openApi() : null;
        Path file = read ? staticFile(path) : null;
        byte[] page = read && file == null && !path.equals("/") ? pages.page(path) : null;
        if (openApi != null) {
            LocalHttp.send(
                    request,
                    response,
                    callback,
                    200,
                    "application/yaml; charset=utf-8",
                    openApi,
                    "Access-Control-Allow-Origin",
                    "*");
        } else if (file != null) {
            byte[] bytes = readAll(file);
            String origin = request.getHeaders().get("Origin");
            boolean shared = file.startsWith(widget) && origin != null && sites.anyAllows(origin);
            String[] cors = shared
                    ? new String[] {"Access-Control-Allow-Origin", origin, "Vary", "Origin"}
                    : new String[] {"Vary", "Origin"};
            LocalHttp.send(
                    request,
                    response,
                    callback,
                    200,
                    type(file),
                    file.equals(demo.resolve("index.html")) ? pages.demo(bytes) : bytes,
                    cors);
        } else if (page != null) {
            LocalHttp.send(request, response, callback, 200, "text/html; charset=utf-8", page);
        } else {
            api(request, response, callback);
        }
    }

    /** The demo or widget file for a raw request path, or null to let the API answer. */
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

    /** Reads the body without holding a thread, then hands the request to the Lambda handler as an HTTP API event. */
    private void api(Request request, Response response, Callback callback) {
        long declared = request.getLength();
        if (declared > LocalHttp.MAX_BODY) {
            // Read and drop a body that is not huge before answering, so that a client still sending it reads the
            // 413 rather than a reset; a huge one is refused at once and the connection closed.
            if (declared <= LocalHttp.MAX_DISCARD) {
                Content.Source.consumeAll(
                        request,
                        Callback.from(() -> LocalHttp.tooLarge(request, response, callback, false), callback::failed));
            } else {
                LocalHttp.tooLarge(request, response, callback, true);
            }
            return;
        }
        Content.Source.asByteArrayAsync(request, LocalHttp.MAX_BODY + 1)
                .orTimeout(limits.read().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync(
                        (body, failure) -> {
                            if (failure != null) {
                                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                        ? failure.getCause()
                                        : failure;
                                if (cause instanceof TimeoutException) {
                                    LocalHttp.problem(
                                            request,
                                            response,
                                            callback,
                                            408,
                                            "Request Timeout",
                                            "The request body did not arrive in time.");
                                } else if (cause instanceof IllegalStateException
                                        || cause instanceof IllegalArgumentException) {
                                    // how Jetty 12.1 reports a body over the size given (IllegalStateException "Max
                                    // size (N) exceeded")
                                    LocalHttp.tooLarge(request, response, callback, true);
                                } else {
                                    callback.failed(cause);
                                }
                            } else if (body.length > LocalHttp.MAX_BODY) {
                                LocalHttp.tooLarge(request, response, callback, true);
                            } else {
                                invoke(request, response, callback, body);
                            }
                        },
                        request.getComponents().getExecutor());
    }

    private void invoke(Request request, Response response, Callback callback, byte[] body) {
        HttpURI uri = request.getHttpURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
        }
        APIGatewayV2HTTPEvent event =
                HttpApiEvents.of(request.getMethod(), uri.getPath(), uri.getQuery(), headers, body);
        APIGatewayV2HTTPResponse reply = function.handleRequest(event, new LocalContext());
        HttpFields.Mutable fields = response.getHeaders();
        // Jetty sends its own Date; every other header is the handler's, as API Gateway passes them on
        if (reply.getMultiValueHeaders() != null) {
            reply.getMultiValueHeaders()
                    .forEach((name, values) -> values.forEach(v -> {
                        if (!name.equalsIgnoreCase("Date")) {
                            fields.add(name, v);
                        }
                    }));
        }
        if (reply.getHeaders() != null) {
            reply.getHeaders().forEach((name, value) -> {
                if (!fields.contains(name) && !name.equalsIgnoreCase("Date")) {
                    fields.put(name, value);
                }
            });
        }
        String text = reply.getBody();
        byte[] bytes = text == null
                ? new byte[0]
                : reply.getIsBase64Encoded() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(reply.getStatusCode());
        LocalHttp.write(request, response, callback, bytes);
    }

    /** The OpenAPI description from the classpath (the jar, or target/classes in the build); null when missing, so the API answers 404. */
    private static byte[] openApi() {
        try (InputStream in = LocalServer.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
