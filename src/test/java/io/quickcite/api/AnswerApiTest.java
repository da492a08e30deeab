package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            "text":"Hong Kong's AI story is defined by finance-heavy deployment, institutional trust, regional-interface advantages,\
             and the question of how much local capability it can build alongside Greater Bay Area linkages.","kind":"quick-answer","confidence":1.0,\
            "document":{"id":"hk-ai-briefing","title":"Artificial Intelligence in Hong Kong","url":"/briefings/artificial-intelligence-in-hong-kong",\
            "section":"Quick answers for high-intent readers",\
            "sectionUrl":"/briefings/artificial-intelligence-in-hong-kong#quick-answers-for-high-intent-readers"},"citations":[],"highlights":[[0,20],[\
            24,31]],"facts":[],"markers":[]},"related":[{"question":"What should readers monitor next in Hong Kong AI?",\
            "answerId":"hk-ai-briefing:what-should-readers-monitor-next-in-hong-kong-ai"},{\
            "question":"Why does finance matter so much in Hong Kong's AI story?",\
            "answerId":"hk-ai-briefing:why-does-finance-matter-so-much-in-hong-kongs-ai-story"}],"sections":[{\
            "title":"Artificial Intelligence in Hong Kong","heading":"Frequently asked questions about Hong Kong",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#frequently-asked-questions-about-hong-kong",\
            "excerpt":"…deployment proof points in finance and public systems, the pace of compute and infrastructure buildout,\
             and whether more local founders and institutions begin to define the market on their own terms.","highlights":[[163,169]]},{\
            "title":"Artificial Intelligence in Hong Kong","heading":"Hong Kong’s AI Strategy Is Now Defined by Execution Lanes",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#hong-kongs-ai-strategy-is-now-defined-by-execution-lanes",\
            "excerpt":"That makes Hong Kong’s AI story more specific than the old “innovation hub” pitch.","highlights":[[11,31]]},{\
            "title":"Hong Kong as a global AI hub and the absence of a unified regulatory architecture","heading":"The Final Strategic Play",\
            "url":"/essays/hong-kong-ai-hub-regulatory-architecture#the-final-strategic-play",\
            "excerpt":"The window for Hong Kong to define itself as the \\"Neutral Bridge\\" for AI is closing.","highlights":[[15,24],[28,34],[70,72]]},{\
            "title":"Artificial Intelligence in Hong Kong","heading":"AISC Is the Core Asset, but AISS Is What Makes It Usable",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#aisc-is-the-core-asset-but-aiss-is-what-makes-it-usable",\
            "excerpt":"The important story is not only that Hong Kong built compute,\
             but that it attached public funding and institutional translation layers to it.","highlights":[[14,19],[37,46]]}],"tookMs":0}""", LambdaClient.stable(r.body()));
    }

    @Test
    void subsidySchemeOpeningCitesSourceThree() {
        LambdaClient.Response r = lambda.get("/answer", "q=When+did+the+AI+Subsidy+Scheme+open%3F");
        assertEquals(200, r.status());
        assertEquals("""
            {"question":"When did the AI Subsidy Scheme open?","answered":true,"answer":{"id":"hk-ai-briefing:policy-and-execution-milestones:3",\
            "text":"October 7, 2024 — The subsidy mechanism opens. AISS officially opened for application,\
             offering eligible users subsidy support for AISC usage and setting the rules for who could access public compute support.",\
            "kind":"extract","confidence":1.0,"document":{"id":"hk-ai-briefing","title":"Artificial Intelligence in Hong Kong",\
            "url":"/briefings/artificial-intelligence-in-hong-kong","section":"Policy and execution milestones",\
            "sectionUrl":"/briefings/artificial-intelligence-in-hong-kong#policy-and-execution-milestones"},"citations":[{"n":3,\
            "title":"Artificial Intelligence Subsidy Scheme opens for application","publisher":"HKSAR Government","url":null}],"highlights":[[22,29],[\
            40,45],[47,51],[63,69],[111,118],[131,135]],"facts":[[0,15]],"markers":[{"at":208,"n":3}]},"related":[],"sections":[{\
            "title":"Artificial Intelligence in Hong Kong","heading":"Hong Kong AI stack in one view",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#hong-kong-ai-stack-in-one-view",\
            "excerpt":"Platform: AISS; What it is: The public subsidy scheme for eligible users of AISC, officially opened on October 7, 2024,\
             with general subsidy support up to 70% of list price.","highlights":[[10,14],[39,53],[76,80],[93,99],[133,140]]},{\
            "title":"Artificial Intelligence in Hong Kong","heading":"AISC Is the Core Asset, but AISS Is What Makes It Usable",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#aisc-is-the-core-asset-but-aiss-is-what-makes-it-usable",\
            "excerpt":"When the government opened the scheme on October 7, 2024,\
             it said eligible users could generally receive subsidy support of up to 70% of AISC service list prices.","highlights":[[20,26],[31,37],[\
            105,112],[137,141]]},{"title":"Artificial Intelligence in Hong Kong","heading":"Hong Kong at a glance",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#hong-kong-at-a-glance","excerpt":"Compute economics: AISS opened on October 7,\
             2024 with subsidy support generally up to 70%, while Cyberport’s AISC moved from first-phase operations toward larger-scale capacity.",\
            "highlights":[[19,30],[55,62],[110,114]]},{"title":"Cyberport's AI Supercomputing Centre and Hong Kong's Compute Play",\
            "heading":"Why the Subsidy Scheme Is as Important as the Hardware",\
            "url":"/reports/cyberport-aisc#why-the-subsidy-scheme-is-as-important-as-the-hardware",\
            "excerpt":"Cyberport's AISS page says applications are accepted year-round and notes that successful applicants can receive subsidies of up to 70 percent of list price under normal circumstances,\
             with higher…","highlights":[[12,16],[113,122]]}],"tookMs":0}""", LambdaClient.stable(r.body()));
    }

    @Test
    void unanswerableQuestionAbstainsAndOffersQuestions() {
        LambdaClient.Response r = lambda.get("/answer", "q=When+does+the+Hong+Kong+marathon+start%3F");
        assertEquals(200, r.status());
        assertEquals("""
            {"question":"When does the Hong Kong marathon start?","answered":false,"answer":null,"related":[{\
            "question":"What should readers look for first in Hong Kong AI?",\
            "answerId":"hk-ai-briefing:what-should-readers-look-for-first-in-hong-kong-ai"},{\
            "question":"What should readers monitor next in Hong Kong AI?",\
            "answerId":"hk-ai-briefing:what-should-readers-monitor-next-in-hong-kong-ai"},{"question":"What defines Hong Kong's AI story right now?",\
            "answerId":"hk-ai-briefing:what-defines-hong-kongs-ai-story-right-now"}],"sections":[{"title":"Artificial Intelligence in Hong Kong",\
            "heading":"Policy and execution milestones","url":"/briefings/artificial-intelligence-in-hong-kong#policy-and-execution-milestones",\
            "excerpt":"October 7, 2024 — The subsidy mechanism opens.","highlights":[[40,45]]},{"title":"Artificial Intelligence in Hong Kong",\
            "heading":"Hong Kong AI stack in one view","url":"/briefings/artificial-intelligence-in-hong-kong#hong-kong-ai-stack-in-one-view",\
            "excerpt":"The first phase commenced on December 9, 2024 at 1,300 PFLOPS, with expansion toward 3,000 PFLOPS.","highlights":[[16,25]]},{\
            "title":"Artificial Intelligence in Hong Kong","heading":"How to use this briefing",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#how-to-use-this-briefing",\
            "excerpt":"What to watch: Whether local pilots start turning into named production contracts and recurring budgets.","highlights":[[36,\
            41]]},{"title":"Artificial Intelligence in Hong Kong","heading":"The Talent Story Is Broader and More Concrete Than Before",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#the-talent-story-is-broader-and-more-concrete-than-before",\
            "excerpt":"…same reply said the Education Bureau had already launched the “Module on Artificial Intelligence for Junior Secondary Level” in 2023,\
             while the bureau later launched the AI for Empowering Learning and…","highlights":[[50,58],[158,166]]},{\
            "title":"Artificial Intelligence in Hong Kong","heading":"State direction",\
            "url":"/briefings/artificial-intelligence-in-hong-kong#state-direction",\
            "excerpt":"Primary pressure point: This only compounds if government can show more measurable throughput than committees, speeches,\
             and launch events.","highlights":[[125,131]]}],"tookMs":0}""", LambdaClient.stable(r.body()));
    }

    @Test
    void aPlainTypoIsReadAsTheSitesWordAndSaysSoUnlessExact() {
        LambdaClient.Response r = lambda.get("/answer", "q=When+did+the+AI+Subsidy+Sceme+open%3F");
        assertEquals(200, r.status());
        assertTrue(
                r.body()
                        .startsWith(
                                "{\"question\":\"When did the AI Subsidy Sceme open?\",\"corrected\":\"When did the AI "
                                        + "Subsidy Scheme open?\",\"answered\":true,\"answer\":{\"id\":\"hk-ai-briefing:policy-and-execution-milestones:3\","
                                        + "\"text\":\"October 7, 2024 — The subsidy mechanism opens."),
                r.body());
        assertTrue(r.body().contains("\"facts\":[[0,15]],\"markers\":[{\"at\":208,\"n\":3}]"), r.body());
        LambdaClient.Response exact = lambda.get("/answer", "q=When+did+the+AI+Subsidy+Sceme+open%3F&exact=true");
        assertTrue(
                exact.body()
                        .startsWith(
                                "{\"question\":\"When did the AI Subsidy Sceme open?\",\"answered\":false,\"answer\":null,"),
                exact.body());
        LambdaClient.Response bad = lambda.get("/answer", "q=AISC&exact=yes");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("Parameter 'exact' must be true or false."), bad.body());
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
