package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** How the OpenAPI description shows {@link io.quickcite.answer.Answer.Citation} (see {@link Answer}). */
@Schema(name = "Citation", description = "A numbered primary source, as the content cites it with a [n] marker.")
public record Citation(
        @Schema(
                requiredMode = REQUIRED,
                description = "The source's number in the document ([n] in the text).",
                minimum = "1",
                example = "3")
        int n,

        @Nullable
        @Schema(
                requiredMode = REQUIRED,
                description = "Title of the source, or null when the content names none (a box shows its number).",
                nullable = true,
                example = "Artificial Intelligence Subsidy Scheme opens for application")
        String title,

        @Nullable
        @Schema(
                requiredMode = REQUIRED,
                description = "Publisher of the source, or null when the content names none.",
                nullable = true,
                example = "HKSAR Government")
        String publisher,

        @Nullable
        @Schema(
                requiredMode = REQUIRED,
                description = "URL of the source, or null when the content gives none.",
                nullable = true)
        String url) {}
