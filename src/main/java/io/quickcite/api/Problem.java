package io.quickcite.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of every error response (RFC 9457). */
@Serdeable
@Schema(name = "Problem", description = "An error (RFC 9457 problem details), sent as application/problem+json.")
public record Problem(
        @Schema(
                requiredMode = REQUIRED,
                description =
                        "URI of the kind of problem: urn:quickcite:problem:SLUG for the API's own checks "
                                + "(invalid-question, malformed-query, repeated-parameter, unknown-site, invalid-lang, invalid-feedback, "
                                + "body-too-large, unsupported-media-type, cors-rejected), about:blank for the HTTP status alone.",
                example = "urn:quickcite:problem:invalid-question")
        String type,

        @Schema(requiredMode = REQUIRED, description = "The HTTP status's reason phrase.", example = "Bad Request")
        String title,

        @Schema(
                requiredMode = REQUIRED,
                description = "The HTTP status code.",
                minimum = "400",
                maximum = "599",
                example = "400")
        int status,

        @Schema(
                requiredMode = REQUIRED,
                description = "What was wrong, for a person to read.",
                example = "Parameter 'q' (the question) is missing.")
        String detail) {

    /** Media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "urn:quickcite:problem:";

    /** A problem with a Quickcite type URI built from {@code slug}, or about:blank for a null slug. */
    public static Problem of(int status, String title, String slug, String detail) {
        return new Problem(slug == null ? "about:blank" : TYPE_BASE + slug, title, status, detail);
    }
}
