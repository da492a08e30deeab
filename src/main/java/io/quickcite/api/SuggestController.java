package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.quickcite.answer.Suggester;
import io.quickcite.api.openapi.SuggestApi;

/** GET /suggest: type-ahead, questions the content can answer that match a prefix (described in {@link SuggestApi}). */
@Controller
public final class SuggestController implements SuggestApi {

    private final Suggester suggester;
    private final Sites sites;

    public SuggestController(Suggester suggester, Sites sites) {
        this.suggester = suggester;
        this.sites = sites;
    }

    /** Up to {@value Limits#SUGGESTIONS} questions matching what the visitor has typed. */
    @Get("/suggest")
    @Override
    public Suggestions suggest(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        String prefix = RequestRules.question(params.single("q"));
        sites.resolve(params.single("site"));
        return new Suggestions(suggester.suggest(prefix));
    }
}
