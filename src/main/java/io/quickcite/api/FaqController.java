package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.quickcite.answer.FaqCatalog;
import io.quickcite.api.openapi.FaqApi;

/** GET /faq: the site's curated FAQ and quick-answer entries (described in {@link FaqApi}). */
@Controller
public final class FaqController implements FaqApi {

    private final FaqCatalog faq;
    private final Sites sites;

    public FaqController(FaqCatalog faq, Sites sites) {
        this.faq = faq;
        this.sites = sites;
    }

    /** Every FAQ and quick-answer entry with its full answer. */
    @Get("/faq")
    @Override
    public Faq faq(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request);
        sites.resolve(params.single("site"));
        RequestRules.lang(params.single("lang"));
        return new Faq(faq.items());
    }
}
