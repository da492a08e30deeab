package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the OpenAPI description shows {@link io.quickcite.answer.Related} (see {@link Answer}). */
@Schema(name = "RelatedQuestion", description = "A question the content can answer.")
public record Related(
        @Schema(
                requiredMode = REQUIRED,
                description = "The question, as the content words it.",
                example = "Why does finance matter so much in Hong Kong's AI story?")
        String question,

        @Schema(
                requiredMode = REQUIRED,
                description = "Id of its answer (the answer's id).",
                example = "hk-ai-briefing:why-does-finance-matter-so-much-in-hong-kongs-ai-story")
        String answerId) {}
