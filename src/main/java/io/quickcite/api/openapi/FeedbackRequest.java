package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.quickcite.api.Limits;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of POST /feedback as the OpenAPI description shows it. Documentation only: FeedbackParser reads the body
 * itself so that each mistake gets its own problem detail; the contract tests hold the two together.
 */
@Schema(
        name = "FeedbackRequest",
        description = "A visitor's verdict on an answer. Unknown fields are rejected.",
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record FeedbackRequest(
        @Schema(
                requiredMode = REQUIRED,
                description = "The answer's id, from GET /answer, /suggest or /faq.",
                minLength = 1,
                maxLength = Limits.ANSWER_ID_CHARS,
                pattern = ApiDocs.Q_PATTERN,
                example = "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3")
        String answerId,

        @Nullable
        @Schema(
                nullable = true,
                description = "The question the visitor asked (cut to " + Limits.LOGGED_QUESTION_CHARS
                        + " characters in the event log).",
                maxLength = Limits.QUESTION_CHARS,
                pattern = ApiDocs.NO_CONTROL,
                example = "When did the AI Subsidy Scheme open?")
        String question,

        @Schema(requiredMode = REQUIRED, description = "Whether the answer helped.", example = "true")
        boolean helpful,

        @Nullable
        @Schema(
                nullable = true,
                description =
                        "The site the answer was shown on: must be the site query parameter's when that is given, and "
                                + "names the site only when it is not. null is the same as leaving it out. Default: the default site.",
                pattern = ApiDocs.SITE_PATTERN,
                example = "default")
        String site,

        @Nullable
        @Schema(
                nullable = true,
                description = "Language of the page (a language tag). Accepted and not used yet.",
                pattern = ApiDocs.LANG_PATTERN,
                example = "en")
        String lang) {}
