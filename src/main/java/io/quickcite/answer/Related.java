package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;

/** A question the content can answer, offered next to an answer or instead of one. */
@Serdeable
public record Related(String question, String answerId) {}
