package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.quickcite.answer.SiteProfile;
import io.quickcite.api.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** GET /site: the loaded site's name and example questions, for a page that introduces the box. */
@Controller
@Tag(name = "answers")
public final class SiteController {

    private final SiteProfile profile;
    private final Sites sites;

    public SiteController(SiteProfile profile, Sites sites) {
        this.profile = profile;
        this.sites = sites;
    }

    /** The site's name and up to {@value SiteProfile#EXAMPLES} example questions. */
    @Get("/site")
    @Operation(operationId = "site", summary = "The loaded site's name and a few example questions",
        description = "Examples are the site's curated questions, else section headings of different pages. " + ApiDocs.CACHED,
        parameters = @Parameter(name = "site", in = ParameterIn.QUERY, description = ApiDocs.SITE + ApiDocs.ONCE,
            schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN), example = "default"))
    @ApiResponse(responseCode = "200", description = "The site's name and examples.",
        headers = @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL, required = true, schema = @Schema(type = "string")),
        content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = io.quickcite.api.openapi.SiteInfo.class),
            examples = @ExampleObject(name = "site", value = ApiDocs.SITE_INFO)))
    @ApiResponse(responseCode = "400", description = "An unknown site, a repeated parameter or a malformed percent-escape.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE)))
    public SiteProfile.Profile site(HttpRequest<?> request) {
        sites.resolve(QueryParams.of(request).single("site"));
        return profile.profile();
    }
}
