package io.quickcite.api.openapi;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The body of POST /feedback as the OpenAPI description shows it. Documentation only: FeedbackController reads the
 * body itself so that each mistake gets its own problem detail; the contract tests hold the two together.
 */
@Schema(name = "FeedbackRequest", description = "A visitor's verdict on an answer. Unknown fields are rejected.",
    additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record FeedbackRequest(
    @Schema(requiredMode = REQUIRED, description = "The answer's id, from GET /answer, /suggest or /faq.",
        minLength = 1, maxLength = 200, pattern = ApiDocs.Q_PATTERN, example = "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3")
    String answerId,
    @Nullable
    @Schema(nullable = true, description = "The question the visitor asked (cut to 200 characters in the event log).", maxLength = 300,
        pattern = ApiDocs.NO_CONTROL, example = "When did the AI Subsidy Scheme open?")
    String question,
    @Schema(requiredMode = REQUIRED, description = "Whether the answer helped.", example = "true")
    boolean helpful,
    @Nullable
    @Schema(nullable = true, description = "The site the answer was shown on; overrides the site query parameter. Default: the default site.",
        pattern = ApiDocs.SITE_PATTERN, example = "default")
    String site,
    @Nullable
    @Schema(nullable = true, description = "Language of the page (a language tag). Accepted and not used yet.",
        pattern = ApiDocs.LANG_PATTERN, example = "en")
    String lang) {
}
