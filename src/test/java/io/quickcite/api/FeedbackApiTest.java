package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /feedback through the real Lambda handler: accepted bodies write exactly one event, bad ones get a 4xx problem. */
@MicronautTest
class FeedbackApiTest {

    @Inject
    ApplicationContext context;

    LambdaClient lambda;
    EventCapture events;

    @BeforeEach
    void capture() {
        lambda = new LambdaClient(context);
        events = new EventCapture();
    }

    @AfterEach
    void release() {
        events.close();
    }

    private LambdaClient.Response post(String body) {
        return lambda.send(
                "POST",
                "/feedback",
                "",
                body,
                "Content-Type",
                "application/json",
                "User-Agent",
                "Mozilla/5.0 test",
                "X-Forwarded-For",
                "203.0.113.9");
    }

    private List<String> messages() {
        return events.lines();
    }

    @Test
    void acceptedFeedbackWritesOneEventWithoutPersonalData() {
        LambdaClient.Response r = post(
                "{\"answerId\":\"hk-ai-briefing:hong-kong-ai-stack-in-one-view:3\",\"question\":\"When did the AI Subsidy Scheme open?\",\"helpful\":false}");
        assertEquals(202, r.status());
        assertEquals("", r.body());
        assertEquals(
                List.of(
                        "{\"event\":\"feedback\",\"site\":\"default\",\"answerId\":\"hk-ai-briefing:hong-kong-ai-stack-in-one-view:3\","
                                + "\"knownAnswer\":true,\"helpful\":false,\"q\":\"When did the AI Subsidy Scheme open?\"}"),
                messages());
    }

    @Test
    void longQuestionIsTruncatedInTheEvent() {
        assertEquals(
                202,
                post("{\"answerId\":\"x:y:1\",\"question\":\"" + "q".repeat(300) + "\",\"helpful\":true}")
                        .status());
        assertEquals(
                List.of(
                        "{\"event\":\"feedback\",\"site\":\"default\",\"answerId\":\"x:y:1\",\"knownAnswer\":false,\"helpful\":true,\"q\":\""
                                + "q".repeat(200) + "\"}"),
                messages());
    }

    private void assertRejected(int status, String body, String detail) {
        LambdaClient.Response r = post(body);
        assertEquals(status, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals(true, r.body().contains("\"detail\":\"" + detail + "\""), r.body());
        assertEquals(List.of(), messages());
    }

    @Test
    void malformedJson() {
        assertRejected(400, "{\"answerId\":", "The body is not valid JSON.");
    }

    @Test
    void notAnObject() {
        assertRejected(400, "[1,2]", "The body must be a JSON object.");
    }

    @Test
    void wrongTypes() {
        assertRejected(400, "{\"answerId\":7,\"helpful\":true}", "Field 'answerId' must be a string.");
        assertRejected(400, "{\"answerId\":\"a\",\"helpful\":\"yes\"}", "Field 'helpful' must be true or false.");
    }

    @Test
    void missingFields() {
        assertRejected(400, "{\"helpful\":true}", "Field 'answerId' is missing.");
        assertRejected(400, "{\"answerId\":\"a\"}", "Field 'helpful' must be true or false.");
    }

    @Test
    void extraField() {
        assertRejected(
                400,
                "{\"answerId\":\"a\",\"helpful\":true,\"email\":\"me@example.com\"}",
                "Unknown field 'email'; known: answerId, question, helpful, site, lang.");
    }

    @Test
    void hugeBody() {
        assertRejected(
                413,
                "{\"answerId\":\"a\",\"helpful\":true,\"question\":\"" + "x".repeat(5000) + "\"}",
                "The body has 5045 bytes; at most 4096 are accepted.");
    }

    @Test
    void emptyBody() {
        assertRejected(400, "", "The request body is empty or not valid JSON.");
    }

    @Test
    void wrongContentType() {
        LambdaClient.Response r =
                lambda.send("POST", "/feedback", "", "answerId=a", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(415, r.status(), r.body());
        assertEquals("application/problem+json", r.header("Content-Type"));
    }
}
