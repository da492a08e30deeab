package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * How the OpenAPI description shows {@link io.quickcite.answer.Answer}: the processor is told to use this record in
 * its place (src/main/openapi/openapi.properties), so the answer engine needs no OpenAPI annotations. Documentation
 * only, never instantiated; the same goes for {@link Document}, {@link Citation}, {@link Related} and {@link FaqItem}.
 * Each (and {@link Marker}, {@link Section}, {@link Suggestion}) has exactly its engine record's components (OpenApiDescriptionTest), and the contract tests validate real
 * responses against the description.
 */
@Schema(
        name = "Answer",
        description =
                "One answer: one to three sentences quoted verbatim from the site's content, where they come from and what they cite.")
public record Answer(
        @Schema(
                requiredMode = REQUIRED,
                description = "Stable id of the answer unit; send it back with POST /feedback.",
                example = "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3")
        String id,

        @Schema(
                requiredMode = REQUIRED,
                description =
                        "One to three sentences, verbatim from the content, at most about 60 words. Plain text, never HTML.",
                example =
                        "AISS: The public subsidy scheme for eligible users of AISC, officially opened on October 7, 2024, with general "
                                + "subsidy support up to 70% of list price.")
        String text,

        @Schema(
                requiredMode = REQUIRED,
                description =
                        "Where the answer comes from: a curated FAQ entry, a curated quick answer, or sentences extracted from a passage.",
                allowableValues = {"faq", "quick-answer", "extract"},
                example = "extract")
        String kind,

        @Schema(
                requiredMode = REQUIRED,
                description = "How sure the engine is, from 0 to 1.",
                minimum = "0",
                maximum = "1",
                example = "1.0")
        double confidence,

        Document document,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "The numbered primary sources the answer's own sentences cite, resolved to titles; empty when they cite none."))
        List<Citation> citations,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "Half-open character ranges [start, end) of text that match the question, each a pair of integers.",
                                example = "[[17, 31], [71, 77]]"))
        List<List<Integer>> highlights,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "Half-open character ranges [start, end) of text holding the fact the question asks for (a date, an "
                                                + "amount, a share, a number or a name): what a box marks strongest. Empty when it asks for none.",
                                example = "[[106, 121]]"))
        List<List<Integer>> facts,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "Where the content had its citation markers: [n] goes right after character at of text; every n is "
                                                + "one of citations. Empty when the sentences cite nothing."))
        List<Marker> markers) {}
