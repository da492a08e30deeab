package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /suggest, /faq and /health through the real Lambda handler. */
@MicronautTest
class CatalogApiTest {

    @Inject
    ApplicationContext context;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    @Test
    void suggestCompletesThePartialLastWord() {
        LambdaClient.Response r = lambda.get("/suggest", "q=why+does+fin");
        assertEquals(200, r.status());
        assertEquals(
                "{\"suggestions\":[{\"question\":\"Why does finance matter so much in Hong Kong's AI story?\","
                        + "\"answerId\":\"hk-ai-briefing:why-does-finance-matter-so-much-in-hong-kongs-ai-story\",\"kind\":\"question\","
                        + "\"highlights\":[[0,3],[4,8],[9,12]]}]}",
                r.body());
    }

    @Test
    void suggestKnowsTheWholeSiteAndToleratesATypo() {
        for (String typed : new String[] {"aisc", "sandb", "sandbx"}) {
            String body = lambda.get("/suggest", "q=" + typed).body();
            assertTrue(body.startsWith("{\"suggestions\":[{"), typed + " -> " + body);
        }
        assertEquals(
                "{\"question\":\"2. Sandbox 2.0: The Regulatory API\",\"answerId\":null,\"kind\":\"heading\",\"highlights\":[[3,9]]}",
                lambda.get("/suggest", "q=sandbx").body().split("},", 3)[1] + "}");
    }

    @Test
    void suggestWithNothingMatching() {
        assertEquals(
                "{\"suggestions\":[]}", lambda.get("/suggest", "q=marathon").body());
    }

    @Test
    void suggestNeedsAPrefix() {
        assertEquals(400, lambda.get("/suggest", "").status());
    }

    @Test
    void faqListsEveryCuratedEntryWithItsAnswer() {
        LambdaClient.Response r = lambda.get("/faq", "");
        assertEquals(200, r.status());
        assertEquals("public, max-age=300", r.header("Cache-Control"));
        assertEquals(6, r.body().split("\"question\":").length - 1, r.body());
        assertTrue(
                r.body()
                        .startsWith(
                                "{\"items\":[{\"question\":\"What defines Hong Kong's AI story right now?\",\"answer\":{"
                                        + "\"id\":\"hk-ai-briefing:what-defines-hong-kongs-ai-story-right-now\",\"text\":\"Hong Kong's AI story is defined by"),
                r.body());
    }

    @Test
    void healthReportsTheLoadedIndex() {
        LambdaClient.Response r = lambda.get("/health", "");
        assertEquals(200, r.status());
        assertEquals("no-store", r.header("Cache-Control"));
        assertTrue(
                r.body()
                        .matches(
                                "\\{\"status\":\"UP\",\"documents\":5,\"passages\":145,\"entries\":6,\"indexVersion\":\"4\",\"contentChecksum\":\"sha256:[0-9a-f]{64}\"}"),
                r.body());
    }
}
