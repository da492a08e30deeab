package io.quickcite.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.servlet.http.ServletHttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters decoded from the request's raw query string. The framework's own parameters split values
 * at commas (API Gateway joins repeated parameters with them), which would cut "Hong Kong, AI" in two.
 */
public final class QueryParams {

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters of {@code request}; a malformed percent-escape is a 400. */
    public static QueryParams of(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event) {
            return parse(event.getRawQueryString());
        }
        return parse(request.getUri().getRawQuery());
    }

    /** Parses a raw (still percent-encoded) query string; null means none. */
    public static QueryParams parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values);
    }

    /** Every parameter with its values joined by commas, as API Gateway builds an event's queryStringParameters. */
    public Map<String, String> joined() {
        Map<String, String> joined = new LinkedHashMap<>();
        values.forEach((k, v) -> joined.put(k, String.join(",", v)));
        return joined;
    }

    /** The single value of {@code name}, or null when absent; a repeated parameter is a 400. */
    public String single(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            return null;
        }
        if (list.size() > 1) {
            throw ProblemException.badRequest(
                    "repeated-parameter", "Parameter '" + name + "' is given " + list.size() + " times; give it once.");
        }
        return list.get(0);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-query", "The query string has a malformed percent-escape.");
        }
    }
}
