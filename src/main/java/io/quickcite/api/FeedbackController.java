package io.quickcite.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.quickcite.answer.SiteIndex;
import io.quickcite.api.openapi.ApiDocs;
import io.quickcite.api.openapi.FeedbackRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** POST /feedback: a visitor's helpful / not helpful on an answer, written as one structured event. */
@Controller
@Tag(name = "feedback")
public final class FeedbackController {

    /** Largest accepted body, in bytes. */
    public static final int MAX_BODY = 4096;
    private static final Set<String> FIELDS = Set.of("answerId", "question", "helpful", "site", "lang");

    private final JsonMapper json;
    private final SiteIndex index;
    private final Sites sites;
    private final EventLog events;

    public FeedbackController(JsonMapper json, SiteIndex index, Sites sites, EventLog events) {
        this.json = json;
        this.index = index;
        this.sites = sites;
        this.events = events;
    }

    /** Accepts {@code {"answerId": "...", "question": "...", "helpful": true}} with 202. */
    @Post("/feedback")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "feedback", summary = "Record whether an answer helped",
        description = "Written as one structured event (no IP address or user agent). An answerId the index does not know "
            + "is accepted and marked as unknown in the event.",
        requestBody = @RequestBody(required = true, description = "At most " + MAX_BODY + " bytes of JSON in UTF-8.",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = FeedbackRequest.class),
                examples = @ExampleObject(name = "feedback", value = ApiDocs.FEEDBACK))),
        parameters = {
            @Parameter(name = "site", in = ParameterIn.QUERY, description = ApiDocs.SITE + " A site field in the body wins.",
                schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN), example = "default")})
    @ApiResponse(responseCode = "202", description = "Accepted; no body.",
        headers = @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL, required = true, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "An empty body, invalid JSON or JSON not in UTF-8, not an object, an unknown "
        + "field, a missing or wrong-typed field, an over-long string, a malformed lang, an unknown site.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "invalid-feedback", value = ApiDocs.BAD_FEEDBACK),
            @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE)}))
    @ApiResponse(responseCode = "413", description = "A body over " + MAX_BODY + " bytes.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "body-too-large", value = ApiDocs.TOO_LARGE)))
    @ApiResponse(responseCode = "415", description = "A Content-Type other than application/json.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unsupported-media-type", value = ApiDocs.WRONG_TYPE)))
    public HttpResponse<?> feedback(HttpRequest<byte[]> request) {
        MediaType type = request.getContentType().orElse(null);
        if (type == null || !type.getName().equals(MediaType.APPLICATION_JSON)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send feedback as application/json.");
        }
        byte[] body = request.getBody(byte[].class).orElse(null);
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("invalid-feedback", "The body is empty; send {\"answerId\": \"...\", \"helpful\": true}.");
        }
        if (body.length > MAX_BODY) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "The body has " + body.length + " bytes; at most " + MAX_BODY + " are accepted.");
        }
        if (!isUtf8Text(body)) {
            throw ProblemException.badRequest("invalid-feedback", "The body must be JSON text in UTF-8.");
        }
        JsonNode node;
        try {
            node = json.readValue(body, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("invalid-feedback", "The body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("invalid-feedback", "The body must be a JSON object.");
        }
        for (var entry : node.entries()) {
            if (!FIELDS.contains(entry.getKey())) {
                throw ProblemException.badRequest("invalid-feedback", "Unknown field '" + clip(entry.getKey()) + "'; known: answerId, question, helpful, site, lang.");
            }
        }
        String answerId = text(node, "answerId", 200, true);
        String question = text(node, "question", RequestRules.MAX_QUESTION, false);
        JsonNode helpful = node.get("helpful");
        if (helpful == null || !helpful.isBoolean()) {
            throw ProblemException.badRequest("invalid-feedback", "Field 'helpful' must be true or false.");
        }
        JsonNode lang = node.get("lang");
        if (lang != null && !lang.isNull() && !(lang.isString() && RequestRules.isLang(lang.getStringValue()))) {
            throw ProblemException.badRequest("invalid-feedback", "Field 'lang' must be a language tag such as 'en' or 'zh-Hant'.");
        }
        String siteParam = node.get("site") == null ? QueryParams.of(request).single("site") : text(node, "site", 64, false);
        Sites.Site site = sites.resolve(siteParam);
        events.feedback(site.id(), answerId, index.ordinal(answerId) >= 0, helpful.getBooleanValue(), question);
        return HttpResponse.accepted();
    }

    private static String text(JsonNode node, String field, int max, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ProblemException.badRequest("invalid-feedback", "Field '" + field + "' is missing.");
            }
            return null;
        }
        if (!value.isString()) {
            throw ProblemException.badRequest("invalid-feedback", "Field '" + field + "' must be a string.");
        }
        String s = value.getStringValue();
        if (s.isBlank() && required || s.length() > max || s.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("invalid-feedback", "Field '" + field + "' must be 1 to " + max + " characters without control characters.");
        }
        return s;
    }

    /**
     * Whether {@code body} is well-formed UTF-8 (no overlong forms, no encoded surrogates) without control characters
     * but JSON's whitespace, as RFC 8259 requires of JSON text. The JSON parser alone would read overlong forms
     * ({@code C0 AF} as "/") and guess UTF-16 or UTF-32 from zero bytes.
     */
    static boolean isUtf8Text(byte[] body) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String clip(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
