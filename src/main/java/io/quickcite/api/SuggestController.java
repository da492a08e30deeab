package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.FaqCatalog;
import io.quickcite.answer.Related;
import io.quickcite.answer.Suggester;

import java.util.List;

/** GET /suggest (type-ahead) and GET /faq (the site's curated entries). */
@Controller
public final class SuggestController {

    /** Body of GET /suggest. */
    @Serdeable
    public record Suggestions(List<Related> suggestions) {
    }

    /** Body of GET /faq. */
    @Serdeable
    public record Faq(List<FaqCatalog.Item> items) {
    }

    private final Suggester suggester;
    private final FaqCatalog faq;
    private final Sites sites;

    public SuggestController(Suggester suggester, FaqCatalog faq, Sites sites) {
        this.suggester = suggester;
        this.faq = faq;
        this.sites = sites;
    }

    /** Up to {@value Suggester#LIMIT} questions matching what the visitor has typed. */
    @Get("/suggest")
    public Suggestions suggest(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        String prefix = RequestRules.question(params.single("q"));
        sites.resolve(params.single("site"));
        return new Suggestions(suggester.suggest(prefix));
    }

    /** Every FAQ and quick-answer entry with its full answer. */
    @Get("/faq")
    public Faq faq(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        sites.resolve(params.single("site"));
        RequestRules.lang(params.single("lang"));
        return new Faq(faq.items());
    }
}
