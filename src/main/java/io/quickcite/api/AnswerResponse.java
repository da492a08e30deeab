package io.quickcite.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.Answer;
import io.quickcite.answer.Related;

import java.util.List;

/** The body of GET /answer. */
@Serdeable
public record AnswerResponse(String question, boolean answered, @Nullable Answer answer, List<Related> related, double tookMs) {
}
