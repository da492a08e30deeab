package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the OpenAPI description shows {@link io.quickcite.answer.Answer.DocumentRef} (see {@link Answer}). */
@Schema(name = "Document", description = "The page and section an answer comes from.")
public record Document(
        @Schema(requiredMode = REQUIRED, description = "Id of the content document.", example = "hk-ai-briefing")
        String id,

        @Schema(
                requiredMode = REQUIRED,
                description = "Title of the page.",
                example = "Artificial Intelligence in Hong Kong")
        String title,

        @Schema(
                requiredMode = REQUIRED,
                description = "URL of the page, as the site's content gives it (often a path).",
                example = "/briefings/artificial-intelligence-in-hong-kong")
        String url,

        @Schema(
                requiredMode = REQUIRED,
                description = "Heading of the section the answer is in.",
                example = "Hong Kong AI stack in one view")
        String section,

        @Schema(
                requiredMode = REQUIRED,
                description = "URL of the section: the page URL with the section's anchor.",
                example = "/briefings/artificial-intelligence-in-hong-kong#hong-kong-ai-stack-in-one-view")
        String sectionUrl) {}
