package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.FaqCatalog;
import io.quickcite.answer.Related;
import io.quickcite.answer.Suggester;
import io.quickcite.api.openapi.ApiDocs;
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

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** GET /suggest (type-ahead) and GET /faq (the site's curated entries). */
@Controller
@Tag(name = "answers")
public final class SuggestController {

    /** Body of GET /suggest. */
    @Serdeable
    @Schema(name = "Suggestions", description = "Questions the content can answer that match what the visitor has typed.")
    public record Suggestions(
        @ArraySchema(maxItems = Suggester.LIMIT,
            arraySchema = @Schema(requiredMode = REQUIRED, description = "At most " + Suggester.LIMIT + ", best first; may be empty."))
        List<Related> suggestions) {
    }

    /** Body of GET /faq. */
    @Serdeable
    @Schema(name = "Faq", description = "The site's curated FAQ and quick-answer entries, in content order.")
    public record Faq(
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Every entry with its full answer."))
        List<FaqCatalog.Item> items) {
    }

    private final Suggester suggester;
    private final FaqCatalog faq;
    private final Sites sites;

    public SuggestController(Suggester suggester, FaqCatalog faq, Sites sites) {
        this.suggester = suggester;
        this.faq = faq;
        this.sites = sites;
    }

    /** Up to {@value Suggester#LIMIT} questions matching what the visitor has typed. */
    @Get("/suggest")
    @Operation(operationId = "suggest", summary = "Type-ahead: questions the content can answer that match a prefix",
        description = "The last word of q may be partial. " + ApiDocs.CACHED,
        parameters = {
            @Parameter(name = "q", in = ParameterIn.QUERY, required = true,
                description = "What the visitor has typed so far: 1 to 300 characters, not blank, no control characters, at most 40 words." + ApiDocs.ONCE,
                schema = @Schema(type = "string", minLength = 1, maxLength = ApiDocs.Q_MAX, pattern = ApiDocs.Q_PATTERN),
                example = "why does fin"),
            @Parameter(name = "site", in = ParameterIn.QUERY, description = ApiDocs.SITE,
                schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN), example = "default")})
    @ApiResponse(responseCode = "200", description = "Matching questions, at most " + Suggester.LIMIT + ".",
        headers = @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL, required = true, schema = @Schema(type = "string")),
        content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = Suggestions.class),
            examples = @ExampleObject(name = "suggestions", value = ApiDocs.SUGGESTIONS)))
    @ApiResponse(responseCode = "400", description = "q missing, blank, over 300 characters, with control characters or over 40 words; "
        + "a repeated parameter; a malformed percent-escape; an unknown site.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "missing-question", value = ApiDocs.MISSING_Q),
            @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE)}))
    public Suggestions suggest(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        String prefix = RequestRules.question(params.single("q"));
        sites.resolve(params.single("site"));
        return new Suggestions(suggester.suggest(prefix));
    }

    /** Every FAQ and quick-answer entry with its full answer. */
    @Get("/faq")
    @Operation(operationId = "faq", summary = "The site's FAQ: every curated entry with its full answer", description = ApiDocs.CACHED,
        parameters = {
            @Parameter(name = "site", in = ParameterIn.QUERY, description = ApiDocs.SITE + ApiDocs.ONCE,
                schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN), example = "default"),
            @Parameter(name = "lang", in = ParameterIn.QUERY, description = ApiDocs.LANG,
                schema = @Schema(type = "string", pattern = ApiDocs.LANG_PATTERN), example = "en")})
    @ApiResponse(responseCode = "200", description = "Every FAQ and quick-answer entry.",
        headers = @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL, required = true, schema = @Schema(type = "string")),
        content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = Faq.class),
            examples = @ExampleObject(name = "faq", summary = "The first entry", value = ApiDocs.FAQ)))
    @ApiResponse(responseCode = "400", description = "An unknown site, a malformed lang, a repeated parameter or a malformed percent-escape.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE),
            @ExampleObject(name = "invalid-lang", value = ApiDocs.BAD_LANG)}))
    public Faq faq(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        sites.resolve(params.single("site"));
        RequestRules.lang(params.single("lang"));
        return new Faq(faq.items());
    }
}
