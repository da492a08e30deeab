package io.quickcite.api.openapi;

import io.micronaut.http.HttpRequest;
import io.quickcite.answer.SiteProfile;
import io.quickcite.api.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How the OpenAPI description shows GET /site ({@link io.quickcite.api.SiteController} implements it). */
@Tag(name = "answers")
public interface SiteApi {

    @Operation(
            operationId = "site",
            summary = "The loaded site's name and a few example questions",
            description = "Examples are the site's curated questions, else section headings of different pages. "
                    + ApiDocs.CACHED,
            parameters =
                    @Parameter(
                            name = "site",
                            in = ParameterIn.QUERY,
                            description = ApiDocs.SITE + ApiDocs.ONCE,
                            schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN),
                            example = "default"))
    @ApiResponse(
            responseCode = "200",
            description = "The site's name and examples.",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = ApiDocs.CACHE_CONTROL,
                            required = true,
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = SiteInfo.class),
                            examples = @ExampleObject(name = "site", value = ApiDocs.SITE_INFO)))
    @ApiResponse(
            responseCode = "400",
            description = "An unknown site, a repeated parameter or a malformed percent-escape.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE)))
    SiteProfile.Profile site(HttpRequest<?> request);
}
