package io.quickcite.api.openapi;

import io.quickcite.api.HealthController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How the OpenAPI description shows GET /health ({@link HealthController} implements it). */
@Tag(name = "operations")
public interface HealthApi {

    @Operation(operationId = "health", summary = "Whether the function is up, and what it has loaded")
    @ApiResponse(
            responseCode = "200",
            description = "Up, with the index's counts, format version and content checksum. Never cached.",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = ApiDocs.CACHE_CONTROL,
                            required = true,
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = HealthController.Health.class),
                            examples = @ExampleObject(name = "health", value = ApiDocs.HEALTH)))
    HealthController.Health health();
}
