package io.quickcite.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.quickcite.cli.TestContexts;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends API Gateway HTTP API events through the real Lambda handler ({@link LambdaHandler}), on a test's application
 * context. Public so that the hardening tests (io.quickcite.hardening) drive the same handler.
 */
public final class LambdaClient {

    /** A response with headers looked up case-insensitively. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    private final LambdaHandler function;

    public LambdaClient(ApplicationContext context) {
        this.function = new LambdaHandler(context);
    }

    public Response get(String path, String rawQuery, String... headerPairs) {
        return send(HttpApiEvents.of("GET", path, rawQuery, headers(headerPairs), null));
    }

    public Response send(String method, String path, String rawQuery, String body, String... headerPairs) {
        return send(HttpApiEvents.of(
                method,
                path,
                rawQuery,
                headers(headerPairs),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends {@code body} as raw bytes (API Gateway passes them base64-encoded), e.g. bytes that are not UTF-8. */
    public Response sendBytes(String method, String path, String rawQuery, byte[] body, String... headerPairs) {
        return send(HttpApiEvents.of(method, path, rawQuery, headers(headerPairs), body));
    }

    public Response send(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse r = function.handleRequest(event, TestContexts.lambda());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (r.getHeaders() != null) {
            headers.putAll(r.getHeaders());
        }
        if (r.getMultiValueHeaders() != null) {
            r.getMultiValueHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
        }
        String body = r.getBody() == null
                ? ""
                : r.getIsBase64Encoded()
                        ? new String(java.util.Base64.getDecoder().decode(r.getBody()), StandardCharsets.UTF_8)
                        : r.getBody();
        return new Response(r.getStatusCode(), headers, body);
    }

    private static Map<String, List<String>> headers(String... pairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            headers.put(pairs[i], List.of(pairs[i + 1]));
        }
        return headers;
    }

    /** The body with the measured "tookMs" (which varies) set to 0. */
    static String stable(String body) {
        return body.replaceAll("\"tookMs\":[0-9.E-]+", "\"tookMs\":0");
    }
}
