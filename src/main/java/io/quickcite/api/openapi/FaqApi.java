package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.FaqCatalog;
import io.quickcite.api.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** How the OpenAPI description shows GET /faq ({@link io.quickcite.api.FaqController} implements it). */
@Tag(name = "answers")
public interface FaqApi {

    /** Body of GET /faq. */
    @Serdeable
    @Schema(name = "Faq", description = "The site's curated FAQ and quick-answer entries, in content order.")
    record Faq(
            @ArraySchema(
                    arraySchema = @Schema(requiredMode = REQUIRED, description = "Every entry with its full answer."))
            List<FaqCatalog.Item> items) {}

    @Operation(
            operationId = "faq",
            summary = "The site's FAQ: every curated entry with its full answer",
            description = ApiDocs.CACHED,
            parameters = {
                @Parameter(
                        name = "site",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.SITE + ApiDocs.ONCE,
                        schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN),
                        example = "default"),
                @Parameter(
                        name = "lang",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.LANG,
                        schema = @Schema(type = "string", pattern = ApiDocs.LANG_PATTERN),
                        example = "en")
            })
    @ApiResponse(
            responseCode = "200",
            description = "Every FAQ and quick-answer entry.",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = ApiDocs.CACHE_CONTROL,
                            required = true,
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = Faq.class),
                            examples = @ExampleObject(name = "faq", summary = "The first entry", value = ApiDocs.FAQ)))
    @ApiResponse(
            responseCode = "400",
            description = "An unknown site, a malformed lang, a repeated parameter or a malformed percent-escape.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE),
                                @ExampleObject(name = "invalid-lang", value = ApiDocs.BAD_LANG)
                            }))
    Faq faq(HttpRequest<?> request);
}
