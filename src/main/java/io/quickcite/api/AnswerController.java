package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.quickcite.answer.Answer;
import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.Outcome;
import io.quickcite.api.openapi.AnswerApi;

/** GET /answer: the cited answer to a visitor's question (described in {@link AnswerApi}). */
@Controller
public final class AnswerController implements AnswerApi {

    private final AnswerEngine engine;
    private final Sites sites;
    private final EventLog events;

    public AnswerController(AnswerEngine engine, Sites sites, EventLog events) {
        this.engine = engine;
        this.sites = sites;
        this.events = events;
    }

    /** Answers {@code q} for {@code site} (default site when absent). */
    @Get("/answer")
    @Override
    public AnswerResponse answer(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        String question = RequestRules.question(params.single("q"));
        Sites.Site site = sites.resolve(params.single("site"));
        RequestRules.lang(params.single("lang"));
        boolean exact = RequestRules.exact(params.single("exact"));
        long start = System.nanoTime();
        Outcome outcome = engine.answer(question, exact);
        double tookMs = Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0;
        Answer answer = outcome.answer().orElse(null);
        events.answer(site.id(), question, answer, tookMs);
        return new AnswerResponse(
                question, outcome.corrected(), answer != null, answer, outcome.related(), outcome.sections(), tookMs);
    }
}
