package io.quickcite.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.SiteIndex;
import io.quickcite.api.openapi.ApiDocs;
import io.quickcite.index.IndexManifest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** GET /health: the loaded index's counts and version. */
@Controller
@Tag(name = "operations")
public final class HealthController {

    /** Body of GET /health. */
    @Serdeable
    @Schema(name = "Health", description = "The loaded index.")
    public record Health(
        @Schema(requiredMode = REQUIRED, description = "Always UP: the index loads at start or the start fails.", allowableValues = "UP")
        String status,
        @Schema(requiredMode = REQUIRED, description = "Content documents in the index.", minimum = "0", example = "5")
        int documents,
        @Schema(requiredMode = REQUIRED, description = "Passages (answerable units) in the index.", minimum = "0", example = "145")
        int passages,
        @Schema(requiredMode = REQUIRED, description = "Curated FAQ and quick-answer entries.", minimum = "0", example = "6")
        int entries,
        @Schema(requiredMode = REQUIRED, description = "Version of the index format.", example = "1")
        String indexVersion,
        @Schema(requiredMode = REQUIRED, description = "Checksum of the content the index was built from.", pattern = "^sha256:[0-9a-f]{64}$",
            example = "sha256:0f343b0931126a20f133d67c2b018a3b5e2d6f2d5c1e0b9a8f7e6d5c4b3a2918")
        String contentChecksum) {
    }

    private final Health health;

    public HealthController(SiteIndex index) {
        IndexManifest m = index.manifest();
        this.health = new Health("UP", m.documents(), m.passages(), m.entries(), Integer.toString(m.formatVersion()), m.contentChecksum());
    }

    /** Always UP once started: the index loads at start or the start fails. */
    @Get("/health")
    @Operation(operationId = "health", summary = "Whether the function is up, and what it has loaded")
    @ApiResponse(responseCode = "200", description = "Up, with the index's counts, format version and content checksum. Never cached.",
        headers = @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL, required = true, schema = @Schema(type = "string")),
        content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = Health.class),
            examples = @ExampleObject(name = "health", value = ApiDocs.HEALTH)))
    public Health health() {
        return health;
    }
}
