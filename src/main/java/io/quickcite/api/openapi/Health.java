package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the OpenAPI description shows {@link io.quickcite.api.HealthController.Health} (see {@link Answer}). */
@Schema(name = "Health", description = "The loaded index.")
public record Health(
        @Schema(
                requiredMode = REQUIRED,
                description = "Always UP: the index loads at start or the start fails.",
                allowableValues = "UP")
        String status,

        @Schema(requiredMode = REQUIRED, description = "Content documents in the index.", minimum = "0", example = "5")
        int documents,

        @Schema(
                requiredMode = REQUIRED,
                description = "Passages (answerable units) in the index.",
                minimum = "0",
                example = "145")
        int passages,

        @Schema(
                requiredMode = REQUIRED,
                description = "Curated FAQ and quick-answer entries.",
                minimum = "0",
                example = "6")
        int entries,

        @Schema(requiredMode = REQUIRED, description = "Version of the index format.", example = "1")
        String indexVersion,

        @Schema(
                requiredMode = REQUIRED,
                description = "Checksum of the content the index was built from.",
                pattern = "^sha256:[0-9a-f]{64}$",
                example = "sha256:0f343b0931126a20f133d67c2b018a3b5e2d6f2d5c1e0b9a8f7e6d5c4b3a2918")
        String contentChecksum) {}
