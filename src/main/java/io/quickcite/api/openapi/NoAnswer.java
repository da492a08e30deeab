package io.quickcite.api.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON null of "answer": null, as OpenAPI 3.0 can state it (a nullable type whose only value is null). A nullable
 * reference ({@code nullable: true} beside {@code allOf: [$ref]}) does not admit null under the 3.0.3 rules, so
 * AnswerResponse.answer is "anyOf: [Answer, NoAnswer]". Documentation only, never instantiated.
 */
@Schema(
        name = "NoAnswer",
        description = "No answer: the JSON value null.",
        type = "object",
        nullable = true,
        allowableValues = "null")
public final class NoAnswer {

    private NoAnswer() {}
}
