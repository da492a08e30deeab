package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the OpenAPI description shows {@link io.quickcite.answer.Answer.Marker} (see {@link Answer}). */
@Schema(name = "Marker", description = "A citation marker [n] of the content, placed in the answer's text.")
public record Marker(
        @Schema(
                requiredMode = REQUIRED,
                description =
                        "The marker goes after the first at characters of text (at equal to its length: at its end).",
                minimum = "0",
                example = "136")
        int at,

        @Schema(
                requiredMode = REQUIRED,
                description = "The citation's number, one of citations.",
                minimum = "1",
                example = "3")
        int n) {}
