package io.quickcite.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds API Gateway HTTP API (payload 2.0) events the way API Gateway does, for the local server, the CLI, SnapStart priming and tests. */
public final class HttpApiEvents {

    private HttpApiEvents() {}

    /**
     * An event for {@code method path?rawQuery} with {@code headers} (names lower-cased, repeated values joined by
     * commas) and an optional body (sent base64-encoded, as API Gateway does for binary bodies).
     */
    public static APIGatewayV2HTTPEvent of(
            String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        Map<String, String> joined = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
            } else {
                joined.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        APIGatewayV2HTTPEvent.RequestContext.Http http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(method)
                .withPath(path)
                .withProtocol("HTTP/1.1")
                .withSourceIp("127.0.0.1")
                .withUserAgent(joined.getOrDefault("user-agent", ""))
                .build();
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(http)
                .withRouteKey("$default")
                .withStage("$default")
                .withRequestId(java.util.UUID.randomUUID().toString())
                .withTimeEpoch(System.currentTimeMillis())
                .build();
        APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(joined)
                .withRequestContext(context)
                .withQueryStringParameters(queryParameters(rawQuery));
        if (!cookies.isEmpty()) {
            event.withCookies(cookies);
        }
        if (body != null && body.length > 0) {
            event.withBody(Base64.getEncoder().encodeToString(body)).withIsBase64Encoded(true);
        } else {
            event.withIsBase64Encoded(false);
        }
        return event.build();
    }

    /** A GET event for a path with a raw query (e.g. {@code q=What+is+AISC%3F}) and no headers. */
    public static APIGatewayV2HTTPEvent get(String path, String rawQuery) {
        return of("GET", path, rawQuery, Map.of(), null);
    }

    /** Decoded query parameters, repeated ones joined by commas, as API Gateway builds queryStringParameters. */
    static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        try {
            return QueryParams.parse(rawQuery).joined();
        } catch (ProblemException e) {
            return null; // a malformed escape: the handler reads rawQueryString and answers 400
        }
    }
}
