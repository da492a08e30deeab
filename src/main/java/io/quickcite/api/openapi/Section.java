package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** How the OpenAPI description shows {@link io.quickcite.answer.Section} (see {@link Answer}). */
@Schema(
        name = "Section",
        description = "One of the site's sections closest to the question, with a short verbatim excerpt.")
public record Section(
        @Schema(
                requiredMode = REQUIRED,
                description = "Title of the page.",
                example = "Artificial Intelligence in Hong Kong")
        String title,

        @Schema(
                requiredMode = REQUIRED,
                description = "The section's heading (the page's title for text before its first heading).",
                example = "Hong Kong AI stack in one view")
        String heading,

        @Schema(
                requiredMode = REQUIRED,
                description =
                        "Link to the section: the page's url with the section's #anchor (a site path or http(s) URL).",
                example = "/briefings/artificial-intelligence-in-hong-kong#hong-kong-ai-stack-in-one-view")
        String url,

        @Schema(
                requiredMode = REQUIRED,
                description =
                        "A sentence of the section, verbatim; a long one is cut to a window marked with '…'. Plain text.")
        String excerpt,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "Half-open character ranges [start, end) of excerpt that match the question.",
                                example = "[[0, 4]]"))
        List<List<Integer>> highlights) {}
