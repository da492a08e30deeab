package io.quickcite.api.openapi;

import io.micronaut.http.HttpRequest;
import io.quickcite.api.AnswerResponse;
import io.quickcite.api.Limits;
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

/** How the OpenAPI description shows GET /answer ({@link io.quickcite.api.AnswerController} implements it). */
@Tag(name = "answers")
public interface AnswerApi {

    @Operation(
            operationId = "answer",
            summary = "Answer a question with verbatim, cited sentences from the site's content",
            description =
                    "answered is false, with answer null, when the content holds no answer the engine is confident about; "
                            + "related may still offer questions it can answer. " + ApiDocs.CACHED,
            parameters = {
                @Parameter(
                        name = "q",
                        in = ParameterIn.QUERY,
                        required = true,
                        description = "The visitor's question: " + ApiDocs.Q_RULES + ApiDocs.ONCE,
                        schema =
                                @Schema(
                                        type = "string",
                                        minLength = 1,
                                        maxLength = Limits.QUESTION_CHARS,
                                        pattern = ApiDocs.Q_PATTERN),
                        example = "When did the AI Subsidy Scheme open?"),
                @Parameter(
                        name = "site",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.SITE,
                        schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN),
                        example = "default"),
                @Parameter(
                        name = "lang",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.LANG,
                        schema = @Schema(type = "string", pattern = ApiDocs.LANG_PATTERN),
                        example = "en"),
                @Parameter(
                        name = "exact",
                        in = ParameterIn.QUERY,
                        description =
                                "true: read the question exactly as typed, never correcting a misspelt word (what a "
                                        + "box sends for \"search instead for\"). Default false." + ApiDocs.ONCE,
                        schema =
                                @Schema(
                                        type = "string",
                                        allowableValues = {"true", "false"}),
                        example = "true")
            })
    @ApiResponse(
            responseCode = "200",
            description = "The answer, or none, and related questions.",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = ApiDocs.CACHE_CONTROL,
                            required = true,
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = AnswerResponse.class),
                            examples = {
                                @ExampleObject(name = "answered", ref = "#/components/examples/Answered"),
                                @ExampleObject(name = "unanswered", ref = "#/components/examples/Unanswered")
                            }))
    @ApiResponse(
            responseCode = "400",
            description = ApiDocs.Q_REFUSED + "; a repeated parameter; a malformed percent-escape; an unknown site; "
                    + "a malformed lang; an exact that is neither true nor false.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "missing-question", value = ApiDocs.MISSING_Q),
                                @ExampleObject(name = "long-question", value = ApiDocs.LONG_Q),
                                @ExampleObject(name = "repeated-parameter", value = ApiDocs.REPEATED),
                                @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE),
                                @ExampleObject(name = "invalid-lang", value = ApiDocs.BAD_LANG)
                            }))
    AnswerResponse answer(HttpRequest<?> request);
}
