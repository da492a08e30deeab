package io.quickcite.api;

import io.quickcite.answer.Suggester;

/**
 * Every limit the API puts on what a client sends, defined once: the rules enforce these constants and the OpenAPI
 * descriptions and problem details are built from them. Lengths are in characters (Unicode code points), as JSON
 * Schema's maxLength counts them; the body limit is in bytes of UTF-8.
 */
public final class Limits {

    /** Longest question ({@code q}, and {@code question} in feedback). */
    public static final int QUESTION_CHARS = 300;
    /** Most words in a question, a word being a run of letters and digits (with the combining marks within it). */
    public static final int QUESTION_WORDS = 40;
    /** Longest {@code answerId} in feedback. */
    public static final int ANSWER_ID_CHARS = 200;
    /** Longest site id (configured ids match {@code [a-z0-9][a-z0-9-]{0,63}}). */
    public static final int SITE_CHARS = 64;
    /** Largest feedback body, in bytes. */
    public static final int FEEDBACK_BYTES = 4096;
    /** Questions are cut to this many characters in the event log. */
    public static final int LOGGED_QUESTION_CHARS = 200;
    /** Most suggestions GET /suggest returns. */
    public static final int SUGGESTIONS = Suggester.LIMIT;

    private Limits() {}
}
