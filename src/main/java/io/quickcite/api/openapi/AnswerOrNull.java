package io.quickcite.api.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * AnswerResponse.answer as OpenAPI 3.0 states "an Answer or null" for strict validators: {@code anyOf: [Answer,
 * NoAnswer]}. The generator's own idiom for a nullable reference, {@code nullable: true} beside {@code allOf: [$ref]},
 * admits no null under the 3.0.3 rules (nullable only widens a type in the same schema). Documentation only.
 */
@Schema(
        name = "AnswerOrNull",
        description = "An answer, or null when there is none.",
        nullable = true,
        anyOf = {io.quickcite.answer.Answer.class, NoAnswer.class})
public final class AnswerOrNull {

    private AnswerOrNull() {}
}
