package io.quickcite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.api.EventLog;
import io.quickcite.api.HttpApiEvents;
import io.quickcite.cli.TestContexts;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Feedback that is never lost (issue 7): through the real Lambda handler, every accepted POST /feedback writes exactly
 * one structured event on the "quickcite.events" logger — the answer id, the helpful flag and the question cut to 200
 * characters — and nothing personal, although each request carries a source IP, a user agent, X-Forwarded-For, a
 * cookie and a referrer. Rejected feedback writes no event. The events logger writes synchronously to stdout (on
 * Lambda, CloudWatch Logs), one JSON object per line.
 */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class FeedbackEventTest {

    private static final String KNOWN = "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3";
    private static final String SOURCE_IP = "198.51.100.23";
    private static final String FORWARDED = "203.0.113.77";
    private static final String AGENT = "Mozilla/5.0 (PrivateDevice; rv:99) QuickciteProbe/7.7";
    /** Personal data a request carries; none of it may reach an event. */
    private static final List<String> PERSONAL = List.of(
            SOURCE_IP,
            FORWARDED,
            "203.0.113",
            "198.51.100",
            "PrivateDevice",
            "QuickciteProbe",
            "Mozilla",
            "session-4f2a",
            "me@example.com",
            "visitor-account-991");

    @Inject
    ApplicationContext context;

    @Inject
    JsonMapper json;

    APIGatewayV2HTTPEventFunction function;
    ListAppender<ILoggingEvent> captured;

    private static Logger eventsLogger() {
        return (Logger) LoggerFactory.getLogger(EventLog.LOGGER);
    }

    @BeforeEach
    void capture() {
        function = new APIGatewayV2HTTPEventFunction(context);
        captured = new ListAppender<>();
        captured.start();
        eventsLogger().addAppender(captured);
    }

    @AfterEach
    void release() {
        eventsLogger().detachAppender(captured);
    }

    /** A POST /feedback as API Gateway delivers it from a real visitor: IP, user agent, proxies, cookie, referrer. */
    private APIGatewayV2HTTPEvent visitorPost(String rawQuery, String contentType, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("User-Agent", List.of(AGENT));
        headers.put("X-Forwarded-For", List.of(FORWARDED + ", " + SOURCE_IP));
        headers.put("X-Real-IP", List.of(FORWARDED));
        headers.put("Forwarded", List.of("for=" + FORWARDED + ";proto=https"));
        headers.put("Origin", List.of("https://www.example.com"));
        headers.put("Referer", List.of("https://www.example.com/account?email=me@example.com"));
        headers.put("Cookie", List.of("session=session-4f2a; user=visitor-account-991"));
        APIGatewayV2HTTPEvent event = HttpApiEvents.of(
                "POST", "/feedback", rawQuery, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        event.getRequestContext().getHttp().setSourceIp(SOURCE_IP);
        event.getRequestContext().getHttp().setUserAgent(AGENT);
        return event;
    }

    private int send(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse r = function.handleRequest(event, TestContexts.lambda());
        return r.getStatusCode();
    }

    private int post(String body) {
        return send(visitorPost("", "application/json", body));
    }

    private Map<String, Object> parse(String line) {
        try {
            return json.readValue(line.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError("not a JSON object: " + line, e);
        }
    }

    /** The one event the last request wrote, checked for shape and for the absence of personal data. */
    private Map<String, Object> onlyEvent() {
        assertEquals(
                1,
                captured.list.size(),
                () -> "exactly one event, got "
                        + captured.list.stream()
                                .map(ILoggingEvent::getFormattedMessage)
                                .toList());
        ILoggingEvent e = captured.list.remove(0);
        String line = e.getFormattedMessage();
        assertEquals(EventLog.LOGGER, e.getLoggerName());
        assertEquals(Level.INFO, e.getLevel());
        assertNull(e.getThrowableProxy());
        // Micronaut's Lambda support puts the function's context (name, ARN, request id) in the MDC; the stdout pattern
        // does not write it, and it must hold nothing about the visitor either.
        assertTrue(
                e.getMDCPropertyMap().keySet().stream().allMatch(k -> k.startsWith("AWS")),
                () -> "MDC: " + e.getMDCPropertyMap());
        String mdc = e.getMDCPropertyMap().toString();
        for (String personal : PERSONAL) {
            assertFalse(mdc.contains(personal), "'" + personal + "' in the MDC " + mdc);
        }
        assertTrue(e.getKeyValuePairs() == null || e.getKeyValuePairs().isEmpty(), "no key-value pairs");
        assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
        for (String personal : PERSONAL) {
            assertFalse(line.contains(personal), "'" + personal + "' in " + line);
        }
        Map<String, Object> event = parse(line);
        assertEquals(
                List.of("event", "site", "answerId", "knownAnswer", "helpful", "q"),
                new ArrayList<>(event.keySet()),
                line);
        assertEquals("feedback", event.get("event"));
        return event;
    }

    private static Map<String, Object> feedback(
            String site, String answerId, boolean known, boolean helpful, String q) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", "feedback");
        e.put("site", site);
        e.put("answerId", answerId);
        e.put("knownAnswer", known);
        e.put("helpful", helpful);
        e.put("q", q);
        return e;
    }

    @Test
    void eachAcceptedFeedbackWritesExactlyOneEventWithIdFlagAndQuestionAndNothingPersonal() {
        record Case(String query, String contentType, String body, Map<String, Object> event) {}
        String html = "<script>alert(1)</script> \"quoted\" \\ back 中文 😀 مرحبا ＡＩ";
        String longQ = "Why ".repeat(75);
        List<Case> cases = List.of(
                new Case(
                        "",
                        "application/json",
                        "{\"answerId\":\"" + KNOWN
                                + "\",\"question\":\"When did the AI Subsidy Scheme open?\",\"helpful\":false}",
                        feedback("default", KNOWN, true, false, "When did the AI Subsidy Scheme open?")),
                new Case(
                        "",
                        "application/json",
                        "{\"answerId\":\"x:y:1\",\"helpful\":true}",
                        feedback("default", "x:y:1", false, true, null)),
                new Case(
                        "",
                        "application/json; charset=utf-8",
                        "{\"answerId\":\"" + KNOWN + "\",\"helpful\":true,\"question\":null}",
                        feedback("default", KNOWN, true, true, null)),
                new Case(
                        "",
                        "application/json",
                        "{\"answerId\":\"a\",\"helpful\":true,\"site\":\"partner\",\"lang\":\"zh-Hant\"}",
                        feedback("partner", "a", false, true, null)),
                new Case(
                        "site=partner",
                        "application/json",
                        "{\"answerId\":\"a\",\"helpful\":false}",
                        feedback("partner", "a", false, false, null)),
                new Case(
                        "",
                        "application/json",
                        "\n  {\n  \"helpful\" : true ,\n  \"answerId\" : \"b\"\n  }\n  ",
                        feedback("default", "b", false, true, null)),
                new Case(
                        "",
                        "application/json",
                        "{\"answerId\":\"c\",\"helpful\":false,\"question\":" + jsonString(html) + "}",
                        feedback("default", "c", false, false, html)),
                new Case(
                        "",
                        "application/json",
                        "{\"answerId\":\"d\",\"helpful\":true,\"question\":\"" + longQ + "\"}",
                        feedback("default", "d", false, true, longQ.substring(0, 200))),
                new Case(
                        "",
                        "application/json",
                        "{\"answerId\":\"e\",\"helpful\":true,\"question\":\"line\\u2028separator\"}",
                        feedback("default", "e", false, true, "line\u2028separator")));
        for (Case c : cases) {
            assertEquals(202, send(visitorPost(c.query(), c.contentType(), c.body())), c.body());
            assertEquals(c.event(), onlyEvent(), c.body());
        }
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The line the configured stdout appender writes is the JSON object and a line break, nothing else (no timestamp, level or logger). */
    @Test
    void theStdoutLineIsExactlyTheJsonObject() {
        assertEquals(202, post("{\"answerId\":\"" + KNOWN + "\",\"question\":\"What is AISC?\",\"helpful\":true}"));
        ILoggingEvent e = captured.list.get(0);
        Encoder<ILoggingEvent> encoder = ((ConsoleAppender<ILoggingEvent>) configuredAppender()).getEncoder();
        assertEquals(
                "{\"event\":\"feedback\",\"site\":\"default\",\"answerId\":\"" + KNOWN
                        + "\",\"knownAnswer\":true,\"helpful\":true," + "\"q\":\"What is AISC?\"}"
                        + System.lineSeparator(),
                new String(encoder.encode(e), StandardCharsets.UTF_8));
    }

    /**
     * Never lost: the events logger is on at INFO, does not pass events on to the root logger (no duplicates), and
     * writes through one synchronous console appender to stdout. An AsyncAppender could drop events under load or
     * when Lambda freezes the process after the response.
     */
    @Test
    void eventsGoSynchronouslyToStdoutOnce() {
        Logger logger = eventsLogger();
        assertEquals(Level.INFO, logger.getEffectiveLevel());
        assertFalse(logger.isAdditive());
        Appender<ILoggingEvent> appender = configuredAppender();
        ConsoleAppender<ILoggingEvent> console = assertInstanceOf(ConsoleAppender.class, appender);
        assertEquals("System.out", console.getTarget());
        assertTrue(console.isStarted());
    }

    private Appender<ILoggingEvent> configuredAppender() {
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = eventsLogger().iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> a = it.next();
            if (a != captured) {
                appenders.add(a);
            }
        }
        assertEquals(1, appenders.size(), "one configured appender: " + appenders);
        return appenders.get(0);
    }

    /** Under concurrent load, N accepted posts are N events, each exactly once. */
    @Test
    void concurrentFeedbackIsNeitherLostNorDuplicated() throws Exception {
        int n = 400;
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < n; i++) {
                String body = "{\"answerId\":\"load:" + i + "\",\"helpful\":" + (i % 3 == 0)
                        + ",\"question\":\"question " + i + "\"}";
                statuses.add(pool.submit(() -> post(body)));
            }
            for (Future<Integer> s : statuses) {
                assertEquals(202, s.get());
            }
        }
        Set<String> ids = new TreeSet<>();
        List<ILoggingEvent> events = List.copyOf(captured.list);
        assertEquals(n, events.size());
        for (ILoggingEvent e : events) {
            Map<String, Object> event = parse(e.getFormattedMessage());
            String id = (String) event.get("answerId");
            int i = Integer.parseInt(id.substring("load:".length()));
            assertEquals(feedback("default", id, false, i % 3 == 0, "question " + i), event);
            ids.add(id);
        }
        assertEquals(n, ids.size(), "every post once");
    }

    @Test
    void rejectedFeedbackWritesNoEvent() {
        String ok = "{\"answerId\":\"a\",\"helpful\":true}";
        record Rejected(int status, APIGatewayV2HTTPEvent event) {}
        List<Rejected> cases = List.of(
                new Rejected(400, visitorPost("", "application/json", "{\"answerId\":")),
                new Rejected(400, visitorPost("", "application/json", "[1,2]")),
                new Rejected(400, visitorPost("", "application/json", "{\"answerId\":7,\"helpful\":true}")),
                new Rejected(400, visitorPost("", "application/json", "{\"answerId\":\"a\",\"helpful\":\"yes\"}")),
                new Rejected(400, visitorPost("", "application/json", "{\"helpful\":true}")),
                new Rejected(400, visitorPost("", "application/json", "{\"answerId\":\"a\"}")),
                new Rejected(400, visitorPost("", "application/json", "{\"answerId\":\"  \",\"helpful\":true}")),
                new Rejected(
                        400,
                        visitorPost(
                                "",
                                "application/json",
                                "{\"answerId\":\"a\",\"helpful\":true,\"email\":\"me@example.com\"}")),
                new Rejected(
                        400,
                        visitorPost(
                                "",
                                "application/json",
                                "{\"answerId\":\"a\",\"helpful\":true,\"question\":\"tab\\there\"}")),
                new Rejected(
                        400,
                        visitorPost(
                                "",
                                "application/json",
                                "{\"answerId\":\"a\",\"helpful\":true,\"question\":\"" + "q".repeat(301) + "\"}")),
                new Rejected(
                        400,
                        visitorPost("", "application/json", "{\"answerId\":\"a\",\"helpful\":true,\"site\":\"nope\"}")),
                new Rejected(400, visitorPost("site=nope", "application/json", ok)),
                new Rejected(400, visitorPost("", "application/json", "")),
                new Rejected(
                        413,
                        visitorPost(
                                "",
                                "application/json",
                                "{\"answerId\":\"a\",\"helpful\":true,\"question\":\"" + "x".repeat(5000) + "\"}")),
                new Rejected(415, visitorPost("", "text/plain", ok)),
                new Rejected(415, visitorPost("", "application/x-www-form-urlencoded", "answerId=a&helpful=true")));
        for (Rejected c : cases) {
            assertEquals(c.status(), send(c.event()), c.event().getBody());
            assertEquals(
                    List.of(),
                    captured.list.stream()
                            .map(ILoggingEvent::getFormattedMessage)
                            .toList(),
                    c.event().getBody());
        }
        APIGatewayV2HTTPEvent get = visitorPost("", "application/json", null);
        get.getRequestContext().getHttp().setMethod("GET");
        assertEquals(405, send(get));
        assertEquals(
                List.of(),
                captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }
}
