package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /answer through the real Lambda handler, asserting the exact JSON. */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class AnswerApiTest {

    @Inject
    ApplicationContext context;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    @Test
    void quickAnswerWinsForTheStoryQuestion() {
        LambdaClient.Response r = lambda.get("/answer", "q=What+defines+Hong+Kong%27s+AI+story%3F");
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("""
            {"question":"What defines Hong Kong's AI story?","answered":true,"answer":{"id":"hk-ai-briefing:what-defines-hong-kongs-ai-story-right-now",\
            "text":"Hong Kong's AI story is defined by finance-heavy deployment, institutional trust, regional-interface advantages, and the question of how much local capability it can build alongside Greater Bay Area linkages.",\
            "kind":"quick-answer","confidence":1.0,"document":{"id":"hk-ai-briefing","title":"Artificial Intelligence in Hong Kong",\
            "url":"/briefings/artificial-intelligence-in-hong-kong","section":"Quick answers for high-intent readers",\
            "sectionUrl":"/briefings/artificial-intelligence-in-hong-kong#quick-answers-for-high-intent-readers"},"citations":[],\
            "highlights":[[0,20],[24,31]]},"related":[{"question":"What should readers monitor next in Hong Kong AI?",\
            "answerId":"hk-ai-briefing:what-should-readers-monitor-next-in-hong-kong-ai"},{"question":"Why does finance matter so much in Hong Kong's AI story?",\
            "answerId":"hk-ai-briefing:why-does-finance-matter-so-much-in-hong-kongs-ai-story"}],"tookMs":0}""", LambdaClient.stable(r.body()));
    }

    @Test
    void subsidySchemeOpeningCitesSourceThree() {
        LambdaClient.Response r = lambda.get("/answer", "q=When+did+the+AI+Subsidy+Scheme+open%3F");
        assertEquals(200, r.status());
        assertEquals("""
            {"question":"When did the AI Subsidy Scheme open?","answered":true,"answer":{"id":"hk-ai-briefing:policy-and-execution-milestones:3",\
            "text":"October 7, 2024 — The subsidy mechanism opens. AISS officially opened for application, offering eligible users subsidy support for AISC usage and setting the rules for who could access public compute support.",\
            "kind":"extract","confidence":1.0,"document":{"id":"hk-ai-briefing","title":"Artificial Intelligence in Hong Kong",\
            "url":"/briefings/artificial-intelligence-in-hong-kong","section":"Policy and execution milestones",\
            "sectionUrl":"/briefings/artificial-intelligence-in-hong-kong#policy-and-execution-milestones"},\
            "citations":[{"n":3,"title":"Artificial Intelligence Subsidy Scheme opens for application","publisher":"HKSAR Government","url":null}],\
            "highlights":[[22,29],[40,45],[47,51],[63,69],[111,118],[131,135]]},"related":[],"tookMs":0}""", LambdaClient.stable(r.body()));
    }

    @Test
    void unanswerableQuestionAbstainsAndOffersQuestions() {
        LambdaClient.Response r = lambda.get("/answer", "q=When+does+the+Hong+Kong+marathon+start%3F");
        assertEquals(200, r.status());
        assertEquals("""
            {"question":"When does the Hong Kong marathon start?","answered":false,"answer":null,"related":[\
            {"question":"What should readers look for first in Hong Kong AI?","answerId":"hk-ai-briefing:what-should-readers-look-for-first-in-hong-kong-ai"},\
            {"question":"What should readers monitor next in Hong Kong AI?","answerId":"hk-ai-briefing:what-should-readers-monitor-next-in-hong-kong-ai"},\
            {"question":"What defines Hong Kong's AI story right now?","answerId":"hk-ai-briefing:what-defines-hong-kongs-ai-story-right-now"}],"tookMs":0}""", LambdaClient.stable(r.body()));
    }

    @Test
    void commaInTheQuestionIsKept() {
        LambdaClient.Response r = lambda.get("/answer", "q=AISS%2C+when+did+it+open%3F");
        assertEquals(200, r.status());
        assertEquals(
                true, r.body().startsWith("{\"question\":\"AISS, when did it open?\",\"answered\":true"), r.body());
    }

    @Test
    void getAnswersAreCacheableAndCarrySecurityHeaders() {
        LambdaClient.Response r = lambda.get("/answer", "q=What+is+AISC%3F");
        assertEquals("public, max-age=300", r.header("Cache-Control"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"));
    }
}
