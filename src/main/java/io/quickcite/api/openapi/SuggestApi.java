package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.api.Limits;
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

/** How the OpenAPI description shows GET /suggest ({@link io.quickcite.api.SuggestController} implements it). */
@Tag(name = "answers")
public interface SuggestApi {

    /** Body of GET /suggest. */
    @Serdeable
    @Schema(
            name = "Suggestions",
            description =
                    "What the site answers or covers (curated questions, page titles, section headings, names) that matches what the visitor has typed.")
    record Suggestions(
            @ArraySchema(
                    maxItems = Limits.SUGGESTIONS,
                    arraySchema =
                            @Schema(
                                    requiredMode = REQUIRED,
                                    description = "At most " + Limits.SUGGESTIONS + ", best first; may be empty."))
            List<io.quickcite.answer.Suggester.Suggestion> suggestions) {}

    @Operation(
            operationId = "suggest",
            summary = "Type-ahead: questions the content can answer that match a prefix",
            description = "The last word of q may be partial. " + ApiDocs.CACHED,
            parameters = {
                @Parameter(
                        name = "q",
                        in = ParameterIn.QUERY,
                        required = true,
                        description = "What the visitor has typed so far: " + ApiDocs.Q_RULES + ApiDocs.ONCE,
                        schema =
                                @Schema(
                                        type = "string",
                                        minLength = 1,
                                        maxLength = Limits.QUESTION_CHARS,
                                        pattern = ApiDocs.Q_PATTERN),
                        example = "why does fin"),
                @Parameter(
                        name = "site",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.SITE,
                        schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN),
                        example = "default")
            })
    @ApiResponse(
            responseCode = "200",
            description = "Matching questions, at most " + Limits.SUGGESTIONS + ".",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = ApiDocs.CACHE_CONTROL,
                            required = true,
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = Suggestions.class),
                            examples = @ExampleObject(name = "suggestions", value = ApiDocs.SUGGESTIONS)))
    @ApiResponse(
            responseCode = "400",
            description = ApiDocs.Q_REFUSED + "; a repeated parameter; a malformed percent-escape; an unknown site.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "missing-question", value = ApiDocs.MISSING_Q),
                                @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE)
                            }))
    Suggestions suggest(HttpRequest<?> request);
}
