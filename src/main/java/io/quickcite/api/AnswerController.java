package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.Outcome;
import io.quickcite.api.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** GET /answer: the cited answer to a visitor's question. */
@Controller
@Tag(name = "answers")
public final class AnswerController {

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
    @Operation(operationId = "answer", summary = "Answer a question with verbatim, cited sentences from the site's content",
        description = "answered is false, with answer null, when the content holds no answer the engine is confident about; "
            + "related may still offer questions it can answer. " + ApiDocs.CACHED,
        parameters = {
            @Parameter(name = "q", in = ParameterIn.QUERY, required = true,
                description = "The visitor's question: 1 to 300 characters, not blank, no control characters, at most 40 words." + ApiDocs.ONCE,
                schema = @Schema(type = "string", minLength = 1, maxLength = ApiDocs.Q_MAX, pattern = ApiDocs.Q_PATTERN),
                example = "When did the AI Subsidy Scheme open?"),
            @Parameter(name = "site", in = ParameterIn.QUERY, description = ApiDocs.SITE,
                schema = @Schema(type = "string", pattern = ApiDocs.SITE_PATTERN), example = "default"),
            @Parameter(name = "lang", in = ParameterIn.QUERY, description = ApiDocs.LANG,
                schema = @Schema(type = "string", pattern = ApiDocs.LANG_PATTERN), example = "en")})
    @ApiResponse(responseCode = "200", description = "The answer, or none, and related questions.",
        headers = @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL, required = true, schema = @Schema(type = "string")),
        content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = AnswerResponse.class), examples = {
            @ExampleObject(name = "answered", ref = "#/components/examples/Answered"),
            @ExampleObject(name = "unanswered", ref = "#/components/examples/Unanswered")}))
    @ApiResponse(responseCode = "400", description = "q missing, blank, over 300 characters, with control characters or over 40 words; "
        + "a repeated parameter; a malformed percent-escape; an unknown site; a malformed lang.",
        content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "missing-question", value = ApiDocs.MISSING_Q),
            @ExampleObject(name = "long-question", value = ApiDocs.LONG_Q),
            @ExampleObject(name = "repeated-parameter", value = ApiDocs.REPEATED),
            @ExampleObject(name = "unknown-site", value = ApiDocs.UNKNOWN_SITE),
            @ExampleObject(name = "invalid-lang", value = ApiDocs.BAD_LANG)}))
    public AnswerResponse answer(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        String question = RequestRules.question(params.single("q"));
        Sites.Site site = sites.resolve(params.single("site"));
        RequestRules.lang(params.single("lang"));
        long start = System.nanoTime();
        Outcome outcome = engine.answer(question);
        double tookMs = Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0;
        var answer = outcome.answer().orElse(null);
        events.answer(site.id(), question, answer == null ? null : answer.id(), answer == null ? null : answer.kind(),
            answer == null ? 0 : answer.confidence(), tookMs);
        return new AnswerResponse(question, answer != null, answer, outcome.related(), tookMs);
    }
}
