package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** How the OpenAPI description shows {@link io.quickcite.answer.Suggester.Suggestion} (see {@link Answer}). */
@Schema(
        name = "Suggestion",
        description = "Something the site answers or covers that matches what the visitor has typed.")
public record Suggestion(
        @Schema(
                requiredMode = REQUIRED,
                description = "The phrase to show and, once chosen, to ask.",
                example = "Why does finance matter so much in Hong Kong's AI story?")
        String question,

        @Nullable
        @Schema(
                requiredMode = REQUIRED,
                nullable = true,
                description =
                        "The curated entry that answers it, for a curated question; null for titles, headings and names.",
                example = "hk-ai-briefing:why-does-finance-matter-so-much-in-hong-kongs-ai-story")
        String answerId,

        @Schema(
                requiredMode = REQUIRED,
                description =
                        "What it is: a curated question, a page title, a section heading, or a name or acronym of the site.",
                allowableValues = {"question", "title", "heading", "name"},
                example = "question")
        String kind,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "Half-open character ranges [start, end) of question that match what was typed.",
                                example = "[[0, 3]]"))
        List<List<Integer>> highlights) {}
