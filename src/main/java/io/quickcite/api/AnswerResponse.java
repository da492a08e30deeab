package io.quickcite.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.Answer;
import io.quickcite.answer.Related;
import io.quickcite.answer.Section;
import io.quickcite.api.openapi.AnswerOrNull;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of GET /answer. */
@Serdeable
@Schema(
        name = "AnswerResponse",
        description = "The answer to a question, or none, and related questions the content can answer.")
public record AnswerResponse(
        @Schema(
                requiredMode = REQUIRED,
                description = "The question as understood: the q parameter without surrounding whitespace.",
                example = "When did the AI Subsidy Scheme open?")
        String question,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                requiredMode = NOT_REQUIRED,
                description =
                        "The question as the engine read it when it read a misspelt word as the site's own word; absent "
                                + "when nothing was corrected, and always with exact=true.",
                example = "When did the AI Subsidy Scheme open?")
        String corrected,

        @Schema(
                requiredMode = REQUIRED,
                description = "Whether the content holds an answer the engine is confident about.",
                example = "true")
        boolean answered,

        @Schema(
                requiredMode = REQUIRED,
                implementation = AnswerOrNull.class,
                description = "The answer; null when answered is false. The engine never makes one up.")
        Answer answer,

        @Schema(
                requiredMode = REQUIRED,
                description =
                        "Questions the content can answer, offered next to an answer or instead of one; may be empty.")
        List<Related> related,

        @ArraySchema(
                maxItems = 5,
                schema = @Schema(implementation = io.quickcite.api.openapi.Section.class),
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "The site's sections closest to the question, best first, also when answered is "
                                                + "false: what to read next, or instead of an answer; may be empty."))
        List<Section> sections,

        @Schema(
                requiredMode = REQUIRED,
                description = "Time the engine took, in milliseconds.",
                minimum = "0",
                example = "0.4")
        double tookMs) {}
