package io.quickcite.api;

import static io.quickcite.api.Limits.ANSWER_ID_CHARS;
import static io.quickcite.api.Limits.FEEDBACK_BYTES;
import static io.quickcite.api.Limits.QUESTION_CHARS;
import static io.quickcite.api.Limits.SITE_CHARS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a POST /feedback body: application/json (else 415), at most {@link Limits#FEEDBACK_BYTES} bytes of UTF-8 JSON text holding exactly one
 * object (nothing after it), of known fields, each at most once, with values of the right type and length (in
 * characters, lone surrogates refused). Each mistake is a 400 (413 for size) with its own detail.
 */
final class FeedbackParser {

    /** A valid feedback body; question, site and lang are null when absent or null. */
    record Feedback(String answerId, String question, boolean helpful, String site, String lang) {}

    static final List<String> FIELDS = List.of("answerId", "question", "helpful", "site", "lang");
    /** Standard JSON only: no comments, single quotes, trailing commas, NaN or leading zeros. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** One field's JSON token, and its text for a string. */
    private record Value(JsonToken token, String text) {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    private FeedbackParser() {}

    /** The feedback {@code request} sends, or a {@link ProblemException}; the body is read only once its type is JSON. */
    static Feedback parse(HttpRequest<byte[]> request) {
        MediaType type = request.getContentType().orElse(null);
        if (type == null || !type.getName().equals(MediaType.APPLICATION_JSON)) {
            throw new ProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send feedback as application/json.");
        }
        return parse(request.getBody(byte[].class).orElse(null));
    }

    /** The feedback in a JSON {@code body} (null: none), or a {@link ProblemException}. */
    static Feedback parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("The body is empty; send {\"answerId\": \"...\", \"helpful\": true}.");
        }
        if (body.length > FEEDBACK_BYTES) {
            throw new ProblemException(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "body-too-large",
                    "The body has " + body.length + " bytes; at most " + FEEDBACK_BYTES + " are accepted.");
        }
        Map<String, Value> fields = object(utf8Text(body));
        String answerId = text(fields, "answerId", ANSWER_ID_CHARS, true);
        String question = text(fields, "question", QUESTION_CHARS, false);
        Value helpful = fields.get("helpful");
        if (helpful == null || helpful.token() != JsonToken.VALUE_TRUE && helpful.token() != JsonToken.VALUE_FALSE) {
            throw invalid("Field 'helpful' must be true or false.");
        }
        Value lang = fields.get("lang");
        if (lang != null
                && !lang.isNull()
                && !(lang.token() == JsonToken.VALUE_STRING && RequestRules.isLang(lang.text()))) {
            throw invalid("Field 'lang' must be a language tag such as 'en' or 'zh-Hant'.");
        }
        String site = text(fields, "site", SITE_CHARS, false);
        return new Feedback(
                answerId, question, helpful.token() == JsonToken.VALUE_TRUE, site, lang == null ? null : lang.text());
    }

    /**
     * The fields of the one JSON object in {@code text}, in order. The whole text is checked as JSON first, so a syntax
     * error anywhere is reported as such before any field is judged.
     */
    private static Map<String, Value> object(String text) {
        try (JsonParser syntax = JSON.createParser(text)) {
            if (syntax.nextToken() == null) {
                throw invalid("The body is not valid JSON.");
            }
            syntax.skipChildren();
            boolean more;
            try {
                more = syntax.nextToken() != null;
            } catch (IOException e) {
                more = true;
            }
            if (more) {
                throw invalid("The body must be exactly one JSON object; something follows it.");
            }
        } catch (IOException e) {
            throw invalid("The body is not valid JSON.");
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("The body must be a JSON object.");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (!FIELDS.contains(name)) {
                    throw invalid(
                            "Unknown field '" + Text.clip(name, 40) + "'; known: " + String.join(", ", FIELDS) + ".");
                }
                JsonToken token = p.nextToken();
                Value value = new Value(token, token == JsonToken.VALUE_STRING ? p.getText() : null);
                p.skipChildren();
                if (fields.put(name, value) != null) {
                    throw invalid("Field '" + name + "' is given more than once.");
                }
            }
        } catch (IOException e) {
            throw invalid("The body is not valid JSON.");
        }
        return fields;
    }

    private static String text(Map<String, Value> fields, String field, int max, boolean required) {
        Value value = fields.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid("Field '" + field + "' is missing.");
            }
            return null;
        }
        if (value.token() != JsonToken.VALUE_STRING) {
            throw invalid("Field '" + field + "' must be a string.");
        }
        String s = value.text();
        if (Text.hasLoneSurrogate(s)) {
            throw invalid("Field '" + field + "' contains a lone surrogate, which is no character.");
        }
        if (required && Text.isBlank(s) || Text.length(s) > max || Text.hasControl(s)) {
            throw invalid("Field '" + field + "' must be " + (required ? "1" : "0") + " to " + max
                    + " characters without control characters" + (required ? ", not only spaces." : "."));
        }
        return s;
    }

    /**
     * The body as text, when it is well-formed UTF-8 (no overlong forms, no encoded surrogates) without control
     * characters but JSON's whitespace, as RFC 8259 requires of JSON text; a parser left to itself would read overlong
     * forms ({@code C0 AF} as "/") and guess UTF-16 or UTF-32 from zero bytes.
     */
    private static String utf8Text(byte[] body) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw invalid("The body must be JSON text in UTF-8.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw invalid("The body must be JSON text in UTF-8.");
            }
        }
        return text.toString();
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.badRequest("invalid-feedback", detail);
    }
}
