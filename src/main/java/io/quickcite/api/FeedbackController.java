package io.quickcite.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.quickcite.answer.SiteIndex;
import io.quickcite.api.openapi.FeedbackApi;

/** POST /feedback: a visitor's helpful / not helpful on an answer, written as one structured event (see {@link FeedbackApi}). */
@Controller
public final class FeedbackController implements FeedbackApi {

    private final SiteIndex index;
    private final Sites sites;
    private final EventLog events;

    public FeedbackController(SiteIndex index, Sites sites, EventLog events) {
        this.index = index;
        this.sites = sites;
        this.events = events;
    }

    /** Accepts {@code {"answerId": "...", "question": "...", "helpful": true}} with 202. */
    @Post("/feedback")
    @Consumes(MediaType.ALL)
    @Status(HttpStatus.ACCEPTED)
    @Override
    public void feedback(HttpRequest<byte[]> request) {
        FeedbackParser.Feedback feedback = FeedbackParser.parse(request);
        Sites.Site site = sites.resolve(QueryParams.of(request).single("site"), feedback.site());
        boolean known = index.ordinal(feedback.answerId()) >= 0;
        events.feedback(site.id(), feedback.answerId(), known, feedback.helpful(), feedback.question());
    }
}
