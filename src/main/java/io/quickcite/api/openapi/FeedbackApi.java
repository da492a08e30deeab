package io.quickcite.api.openapi;

import io.micronaut.http.HttpRequest;
import io.quickcite.api.Limits;
import io.quickcite.api.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How the OpenAPI description shows POST /feedback ({@link io.quickcite.api.FeedbackController} implements it). */
@Tag(name = "feedback")
public interface FeedbackApi {

    @Operation(
            operationId = "feedback",
            summary = "Record whether an answer helped",
            description =
                    "Written as one structured event (no IP address or user agent). An answerId the index does not know "
                            + "is accepted and marked as unknown in the event.",
            requestBody =
                    @RequestBody(
                            required = true,
                            description = "At most " + Limits.FEEDBACK_BYTES
                                    + " bytes of UTF-8 JSON text: exactly one object, nothing after it.",
                            content =
                                    @Content(
                                            mediaType = ApiDocs.JSON,
                                            schema = @Schema(implementation = FeedbackRequest.class),
                                            examples = @ExampleObject(name = "feedback", value = ApiDocs.FEEDBACK))),
            parameters = {
                @Parameter(
                        name = "site",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.SITE + " " + ApiDocs.FEEDBACK_SITE,
                        schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN),
                        example = "default")
            })
    @ApiResponse(
            responseCode = "202",
            description = "Accepted; no body.",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = ApiDocs.CACHE_CONTROL,
                            required = true,
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "An empty body, invalid JSON or JSON not in UTF-8, not exactly one object, an unknown "
                    + "or repeated field, a missing or wrong-typed field, an over-long string or a lone surrogate, a malformed lang, an unknown site, "
                    + "a body site other than the query's.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "invalid-feedback", value = ApiDocs.BAD_FEEDBACK),
                                @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE)
                            }))
    @ApiResponse(
            responseCode = "413",
            description = "A body over " + Limits.FEEDBACK_BYTES + " bytes.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "body-too-large", value = ApiDocs.TOO_LARGE)))
    @ApiResponse(
            responseCode = "415",
            description = "A Content-Type other than application/json.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unsupported-media-type", value = ApiDocs.WRONG_TYPE)))
    void feedback(HttpRequest<byte[]> request);
}
