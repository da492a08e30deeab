package io.quickcite.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenAPI description that micronaut-openapi generated from the controllers at compile time, read from the
 * classpath (target/classes, i.e. what the jar packages), and a validator for real exchanges against it.
 */
final class OpenApiDescription {

    /** Where the processor writes the description (src/main/openapi/openapi.properties). */
    static final String RESOURCE = "META-INF/swagger/quickcite.yml";

    /**
     * Strict on purpose: a response field the description does not list is an error (the validator treats a schema
     * without additionalProperties as closed unless this is ignored), and so is a query parameter it does not list.
     */
    static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.ERROR)
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build();

    private OpenApiDescription() {}

    /** The description's text, as packaged. */
    static String yaml() {
        try (InputStream in = OpenApiDescription.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " is not on the classpath: the OpenAPI processor did not run");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh model of the description (callers may change it), failing on any parse message. */
    static OpenAPI model() {
        return parse(yaml());
    }

    /** Parses a description, failing on any parser message. */
    static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (result.getMessages() != null && !result.getMessages().isEmpty()) {
            throw new AssertionError("the OpenAPI description does not parse cleanly: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** A validator for the packaged description. */
    static OpenApiInteractionValidator validator() {
        return validator(model());
    }

    /** A validator for a (possibly changed) model. */
    static OpenApiInteractionValidator validator(OpenAPI api) {
        return OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LEVELS)
                .build();
    }

    /** Validates schema-bound JSON (an example, a route-level error body) against a schema of the description. */
    static ValidationReport validateJson(
            OpenAPI api, JsonNode json, io.swagger.v3.oas.models.media.Schema<?> schema, String where) {
        return new SchemaValidator(api, new MessageResolver(LEVELS)).validate(() -> json, schema, where);
    }

    /** JSON of an example value as the parser holds it. */
    static JsonNode json(Object value) {
        return Json.mapper().valueToTree(value);
    }

    /** The media type {@code contentType} of a components/responses entry. */
    static MediaType componentResponse(OpenAPI api, String name, String contentType) {
        var response = api.getComponents().getResponses().get(name);
        if (response == null) {
            throw new AssertionError("components/responses has no " + name);
        }
        MediaType media = response.getContent().get(contentType);
        if (media == null) {
            throw new AssertionError("components/responses/" + name + " has no " + contentType + " but "
                    + response.getContent().keySet());
        }
        return media;
    }

    /**
     * The request as the validator sees it: query parameters decoded from the raw query (null when a percent-escape is
     * malformed, which no description can express), headers and body.
     */
    static SimpleRequest request(String method, String path, String rawQuery, String body, String... headerPairs) {
        Map<String, List<String>> query = decode(rawQuery);
        var builder = new SimpleRequest.Builder(Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), path);
        if (query != null) {
            query.forEach(builder::withQueryParam);
        }
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            builder.withHeader(headerPairs[i], headerPairs[i + 1]);
        }
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** True when the raw query decodes (the validator is given no query parameters otherwise). */
    static boolean decodable(String rawQuery) {
        return decode(rawQuery) != null;
    }

    /** The response as the validator sees it: status, every header, body. */
    static SimpleResponse response(LambdaClient.Response r) {
        var builder = new SimpleResponse.Builder(r.status());
        r.headers().forEach((name, value) -> builder.withHeader(name, value));
        if (!r.body().isEmpty()) {
            builder.withBody(r.body());
        }
        return builder.build();
    }

    /** The report's errors, one per line, for assertion messages. */
    static String errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()
                        + (m.getNestedMessages().isEmpty()
                                ? ""
                                : " "
                                        + m.getNestedMessages().stream()
                                                .map(ValidationReport.Message::getMessage)
                                                .toList()))
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, List<String>> decode(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return values;
    }
}
