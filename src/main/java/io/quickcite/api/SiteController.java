package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.quickcite.answer.SiteProfile;
import io.quickcite.api.openapi.SiteApi;

/** GET /site: the loaded site's name and example questions, for a page that introduces the box (described in {@link SiteApi}). */
@Controller
public final class SiteController implements SiteApi {

    private final SiteProfile profile;
    private final Sites sites;

    public SiteController(SiteProfile profile, Sites sites) {
        this.profile = profile;
        this.sites = sites;
    }

    /** The site's name and up to {@value SiteProfile#EXAMPLES} example questions. */
    @Get("/site")
    @Override
    public SiteProfile.Profile site(HttpRequest<?> request) {
        sites.resolve(QueryParams.of(request).single("site"));
        return profile.profile();
    }
}
