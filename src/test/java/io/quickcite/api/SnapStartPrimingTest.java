package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.crac.OrderedResource;
import io.micronaut.crac.test.CheckpointSimulator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.answer.FaqCatalog;
import io.quickcite.answer.SiteIndex;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SnapStart priming, driven by micronaut-crac's {@link CheckpointSimulator} as Lambda drives the org.crac hooks before
 * the snapshot: every priming request goes through the real handler without a server error, no visitor event is logged
 * for them, and the function answers (and logs) as before afterwards.
 */
@MicronautTest
class SnapStartPrimingTest {

    @Inject
    ApplicationContext context;

    @Inject
    CheckpointSimulator checkpoint;

    @Inject
    SnapStartPriming priming;

    @Inject
    FaqCatalog faq;

    @Inject
    SiteIndex index;

    EventCapture events;

    @BeforeEach
    void capture() {
        events = new EventCapture();
    }

    @AfterEach
    void release() {
        events.close();
    }

    @Test
    void primingIsARegisteredCracResource() {
        assertTrue(context.getBeansOfType(OrderedResource.class).contains(priming));
    }

    @Test
    void beforeCheckpointSendsEveryPrimingRequestThroughTheHandlerAndLogsNoEvent() {
        int before = priming.sent();
        checkpoint.runBeforeCheckpoint();
        checkpoint.runAfterRestore();
        assertEquals(SnapStartPriming.ROUNDS * 16, priming.sent() - before);
        assertEquals(List.of(), events.lines());

        LambdaClient.Response r = new LambdaClient(context).get("/answer", "q=What+does+AISC+stand+for%3F");
        assertEquals(200, r.status());
        assertEquals(1, events.lines().size(), "a visitor's question after the restore is logged again");
    }

    @Test
    void requestsComeFromTheSitesOwnContent() {
        List<String> requests = SnapStartPriming.requests(faq, index).stream()
                .map(SnapStartPrimingTest::line)
                .toList();
        assertEquals(16, requests.size());
        List<String> curated = faq.items().stream()
                .limit(4)
                .map(i -> "/answer?q=" + i.question())
                .toList();
        assertEquals(curated, requests.subList(0, 4));
        for (String passage : requests.subList(4, 8)) {
            assertTrue(passage.startsWith("/answer?q="), passage);
            String question = passage.substring("/answer?q=".length());
            assertTrue(
                    index.corpus().units().stream()
                            .anyMatch(u -> !u.kind().curated()
                                    && !u.sentences().isEmpty()
                                    && u.sentences().get(0).text().startsWith(question)),
                    question);
        }
        assertEquals("/answer?q=" + SnapStartPriming.UNANSWERABLE, requests.get(8));
        assertEquals(List.of("/faq?", "/health?", "/answer?"), requests.subList(13, 16));
        assertTrue(requests.subList(9, 13).stream().allMatch(r -> r.startsWith("/suggest?q=")), requests.toString());
    }

    @Test
    void longSentencesAreCutToWhatTheApiAccepts() {
        String sentence = "word ".repeat(50) + "end";
        assertEquals(
                String.join(" ", java.util.Collections.nCopies(30, "word")), SnapStartPriming.asQuestion(sentence));
        assertEquals(300, SnapStartPriming.asQuestion("x".repeat(400)).length());
    }

    private static String line(APIGatewayV2HTTPEvent e) {
        return e.getRawPath() + "?" + URLDecoder.decode(e.getRawQueryString(), StandardCharsets.UTF_8);
    }
}
