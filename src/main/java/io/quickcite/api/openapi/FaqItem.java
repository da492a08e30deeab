package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the OpenAPI description shows {@link io.quickcite.answer.FaqCatalog.Item} (see {@link Answer}). */
@Schema(
        name = "FaqItem",
        description = "A curated FAQ or quick-answer entry with its full answer, the same shape as in GET /answer.")
public record FaqItem(
        @Schema(
                requiredMode = REQUIRED,
                description = "The entry's question.",
                example = "What defines Hong Kong's AI story right now?")
        String question,

        Answer answer) {}
