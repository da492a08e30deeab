package io.quickcite.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.crac.OrderedResource;
import io.quickcite.answer.FaqCatalog;
import io.quickcite.answer.SiteIndex;
import io.quickcite.content.Unit;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, sends it the kinds of request visitors send —
 * the site's own curated questions, sentences of its passages asked back, a question it cannot answer, suggestions,
 * the FAQ, a bad request — through the real handler, so that the classes, lambdas and compiled code of the whole path
 * are in the snapshot and the first visitor after a restore does not pay for them. Logs no events (no visitor asked).
 */
@Singleton
@Requires(property = "quickcite.priming.enabled", notEquals = "false")
@Requires(property = "crac.enabled", notEquals = "false")
public final class SnapStartPriming implements OrderedResource {

    /** How many requests of each kind the priming sends. */
    static final int PER_KIND = 4;
    /** How many times the whole set is sent: enough for the C1 compiler to compile the hot methods. */
    static final int ROUNDS = 3;
    /** A question built from no site's vocabulary, for the path that finds no answer. */
    static final String UNANSWERABLE = "Which xylophone quartets toured the moons of Neptune?";

    private final ApplicationContext context;
    private final EventLog events;
    private final List<APIGatewayV2HTTPEvent> requests;
    private int sent;

    public SnapStartPriming(ApplicationContext context, EventLog events, FaqCatalog faq, SiteIndex index) {
        this.context = context;
        this.events = events;
        this.requests = requests(faq, index);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> crac) {
        LambdaHandler handler = new LambdaHandler(context);
        events.withoutEvents(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                for (var request : requests) {
                    APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);
                    if (response.getStatusCode() >= 500) {
                        throw new IllegalStateException("priming request " + request.getRawPath() + " failed with "
                                + response.getStatusCode() + ": " + response.getBody());
                    }
                    sent++;
                }
            }
        });
    }

    @Override
    public void afterRestore(Context<? extends Resource> crac) {
        // nothing to renew: the function holds no connections, files or clocks
    }

    /** Requests sent by the last {@link #beforeCheckpoint}s, all told. */
    int sent() {
        return sent;
    }

    /** The priming requests, from the site's own content: no site is known to this code. */
    static List<APIGatewayV2HTTPEvent> requests(FaqCatalog faq, SiteIndex index) {
        List<String> questions = new ArrayList<>();
        faq.items().stream().limit(PER_KIND).forEach(item -> questions.add(item.question()));
        List<Unit> units = index.corpus().units();
        int step = Math.max(1, units.size() / PER_KIND);
        for (int ord = 0, n = 0; ord < units.size() && n < PER_KIND; ord += step) {
            if (!units.get(ord).kind().curated() && !units.get(ord).sentences().isEmpty()) {
                questions.add(units.get(ord).sentences().get(0).text());
                n++;
            }
        }
        questions.add(UNANSWERABLE);
        List<APIGatewayV2HTTPEvent> requests = new ArrayList<>();
        for (String q : questions) {
            requests.add(get("/answer", "q=" + URLEncoder.encode(asQuestion(q), StandardCharsets.UTF_8)));
        }
        for (String q : questions.subList(0, Math.min(PER_KIND, questions.size()))) {
            requests.add(get(
                    "/suggest",
                    "q=" + URLEncoder.encode(q.substring(0, Math.min(8, q.length())), StandardCharsets.UTF_8)));
        }
        requests.add(get("/faq", ""));
        requests.add(get("/health", ""));
        requests.add(get("/answer", ""));
        return requests;
    }

    /** {@code text} cut to what the API accepts as a question: at most 30 words and 300 characters. */
    static String asQuestion(String text) {
        String[] words = text.trim().split("\\s+");
        String q = String.join(" ", java.util.Arrays.copyOf(words, Math.min(30, words.length)));
        return q.length() > 300 ? q.substring(0, 300) : q;
    }

    private static APIGatewayV2HTTPEvent get(String path, String rawQuery) {
        return HttpApiEvents.of("GET", path, rawQuery, Map.of("accept", List.of("application/json")), null);
    }
}
