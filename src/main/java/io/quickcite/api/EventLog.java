package io.quickcite.api;

import io.micronaut.json.JsonMapper;
import io.quickcite.answer.Answer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Structured events, one JSON object per line on the "quickcite.events" logger (stdout; on Lambda, CloudWatch Logs
 * keeps them). Questions are cut to {@link Limits#LOGGED_QUESTION_CHARS} characters; no IP address, user agent or other personal data is logged.
 */
@Singleton
public final class EventLog {

    /** Logger name of the events. */
    public static final String LOGGER = "quickcite.events";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final JsonMapper json;
    private volatile boolean paused;

    public EventLog(JsonMapper json) {
        this.json = json;
    }

    /** Runs {@code work} logging no events: requests the function sends itself (priming) are no visitor's. */
    public void withoutEvents(Runnable work) {
        paused = true;
        try {
            work.run();
        } finally {
            paused = false;
        }
    }

    /** Logs a question and its answer (null: unanswered). */
    public void answer(String site, String question, Answer answer, double tookMs) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", "answer");
        e.put("site", site);
        e.put("q", truncate(question));
        e.put("answered", answer != null);
        e.put("answerId", answer == null ? null : answer.id());
        e.put("kind", answer == null ? null : answer.kind());
        e.put("confidence", answer == null ? 0 : answer.confidence());
        e.put("tookMs", tookMs);
        write(e);
    }

    /** Logs a visitor's verdict on an answer. */
    public void feedback(String site, String answerId, boolean known, boolean helpful, String question) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", "feedback");
        e.put("site", site);
        e.put("answerId", answerId);
        e.put("knownAnswer", known);
        e.put("helpful", helpful);
        e.put("q", truncate(question));
        write(e);
    }

    private void write(Map<String, Object> event) {
        if (paused) {
            return;
        }
        try {
            LOG.info(json.writeValueAsString(event));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write event", e);
        }
    }

    /** The question cut to {@link Limits#LOGGED_QUESTION_CHARS} characters, never inside a surrogate pair. */
    private static String truncate(String q) {
        return q == null ? null : Text.cut(q, Limits.LOGGED_QUESTION_CHARS);
    }
}
