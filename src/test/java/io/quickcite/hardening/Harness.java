package io.quickcite.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.quickcite.api.EventLog;
import io.quickcite.api.HttpApiEvents;
import io.quickcite.api.LambdaClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Drives the real Lambda handler for the fuzz tests and checks what must hold for every exchange, whatever was sent:
 * a 2xx or a 4xx (never a 5xx, never an exception out of the handler), problem+json for every 4xx, the security
 * headers, no stack trace or internal name in the body, a bounded time, and nothing logged at WARN or ERROR. Structured
 * events are captured (not printed) so that each test can count them.
 */
final class Harness implements AutoCloseable {

    /** Two partner sites, the first with two origins. */
    static final String SITES =
            "default=https://www.example.com,https://app.example.com;partner=https://news.partner.example";

    static final Set<String> SITE_IDS = Set.of("default", "partner");
    /** A request taking longer than this is taken for a hang (warm requests take about a millisecond). */
    static final long MAX_NANOS = 2_000_000_000L;

    /** Words that name the implementation; a body holding one (outside what the client sent) leaks internals. */
    private static final List<String> INTERNALS = List.of(
            "io.quickcite",
            "io.micronaut",
            "quickcite.api",
            "Exception",
            "Throwable",
            "java.",
            "javax.",
            "jakarta.",
            "org.apache",
            "lucene",
            "com.amazonaws",
            "com.fasterxml",
            "netty",
            "NullPointer",
            "stack trace");

    private static final Pattern STACK_FRAME =
            Pattern.compile("\\bat [\\w$.]+\\.[\\w$<>]+\\(|\\.java:\\d+\\)|\\n\\s+at ");
    private static final Pattern PROBLEM_TYPE = Pattern.compile("urn:quickcite:problem:[a-z]+(-[a-z]+)*|about:blank");

    final ApplicationContext context;
    final LambdaClient lambda;
    final JsonMapper json;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> eventPrinters = new ArrayList<>();

    private long requests;
    private long totalNanos;
    private long maxNanos;
    private String slowest = "";
    private final long started = System.nanoTime();

    Harness() {
        context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("quickcite.sites", SITES))
                .start();
        lambda = new LambdaClient(context);
        json = context.getBean(JsonMapper.class);
        logged.start();
        events.start();
        root().addAppender(logged);
        Logger eventLogger = eventLogger();
        for (Iterator<Appender<ILoggingEvent>> it = eventLogger.iteratorForAppenders(); it.hasNext(); ) {
            eventPrinters.add(it.next());
        }
        eventPrinters.forEach(eventLogger::detachAppender);
        eventLogger.addAppender(events);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Logger eventLogger() {
        return (Logger) LoggerFactory.getLogger(EventLog.LOGGER);
    }

    @Override
    public void close() {
        root().detachAppender(logged);
        Logger eventLogger = eventLogger();
        eventLogger.detachAppender(events);
        eventPrinters.forEach(eventLogger::addAppender);
        context.close();
    }

    /** What one request gave: the response and the structured events it wrote. */
    record Exchange(LambdaClient.Response response, List<String> events, long nanos) {

        int status() {
            return response.status();
        }
    }

    Exchange get(String path, String rawQuery, String label) {
        return send(HttpApiEvents.of("GET", path, rawQuery, Map.of(), null), label);
    }

    Exchange send(
            String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body, String label) {
        return send(HttpApiEvents.of(method, path, rawQuery, headers, body), label);
    }

    /** Sends one event through the handler and checks what must hold for any request. */
    Exchange send(APIGatewayV2HTTPEvent event, String label) {
        logged.list.clear();
        events.list.clear();
        long start = System.nanoTime();
        LambdaClient.Response r;
        try {
            r = lambda.send(event);
        } catch (RuntimeException e) {
            throw new AssertionError("the handler threw on " + label, e);
        }
        long nanos = System.nanoTime() - start;
        requests++;
        totalNanos += nanos;
        if (nanos > maxNanos) {
            maxNanos = nanos;
            slowest = label;
        }
        assertTrue(nanos < MAX_NANOS, "took " + nanos / 1_000_000 + " ms (a hang?): " + label);
        List<ILoggingEvent> warnings = logged.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .toList();
        if (!warnings.isEmpty()) {
            StringBuilder b =
                    new StringBuilder("logged at WARN or above on " + label + " (status " + r.status() + "):");
            for (ILoggingEvent e : warnings) {
                b.append("\n  ")
                        .append(e.getLevel())
                        .append(' ')
                        .append(e.getLoggerName())
                        .append(": ")
                        .append(e.getFormattedMessage());
                IThrowableProxy t = e.getThrowableProxy();
                if (t != null) {
                    b.append('\n').append(ThrowableProxyUtil.asString(t));
                }
            }
            fail(b.toString());
        }
        checkAnyResponse(r, "HEAD".equals(event.getRequestContext().getHttp().getMethod()), label);
        return new Exchange(
                r, events.list.stream().map(ILoggingEvent::getFormattedMessage).toList(), nanos);
    }

    private void checkAnyResponse(LambdaClient.Response r, boolean head, String label) {
        int s = r.status();
        assertTrue(s >= 200 && s < 300 || s >= 400 && s < 500, "status " + s + " on " + label + ": " + clip(r.body()));
        assertEquals("nosniff", r.header("X-Content-Type-Options"), "X-Content-Type-Options on " + label);
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"), "Referrer-Policy on " + label);
        if (s >= 400 && head) {
            assertEquals("application/problem+json", r.header("Content-Type"), "Content-Type of " + s + " on " + label);
            assertEquals("", r.body(), "body of HEAD on " + label);
        } else if (s >= 400) {
            problem(r, label);
        }
    }

    /** The problem of a 4xx response, after checking its media type and shape. */
    JsonNode problem(LambdaClient.Response r, String label) {
        assertEquals(
                "application/problem+json", r.header("Content-Type"), "Content-Type of " + r.status() + " on " + label);
        assertEquals("no-store", r.header("Cache-Control"), "Cache-Control of " + r.status() + " on " + label);
        JsonNode p = parse(r.body(), label);
        assertTrue(p.isObject(), "problem is not an object on " + label);
        Set<String> keys = new TreeSet<>();
        p.entries().forEach(e -> keys.add(e.getKey()));
        assertEquals(Set.of("type", "title", "status", "detail"), keys, "problem fields on " + label);
        assertTrue(
                PROBLEM_TYPE.matcher(p.get("type").getStringValue()).matches(),
                "problem type " + p.get("type") + " on " + label);
        assertEquals(r.status(), p.get("status").getIntValue(), "problem status on " + label);
        assertFalse(p.get("title").getStringValue().isBlank(), "problem title on " + label);
        assertFalse(p.get("detail").getStringValue().isBlank(), "problem detail on " + label);
        return p;
    }

    /**
     * Fails when the body holds a stack frame or the name of an internal class or package that {@code sent} (what the
     * client sent, which the body may echo) does not hold.
     */
    static void assertNoInternals(String body, String sent, String label) {
        String lowerBody = body.toLowerCase(Locale.ROOT);
        String lowerSent = sent == null ? "" : sent.toLowerCase(Locale.ROOT);
        for (String word : INTERNALS) {
            String w = word.toLowerCase(Locale.ROOT);
            if (lowerBody.contains(w) && !lowerSent.contains(w) && !SiteText.TEXT.contains(w)) {
                fail("the body names '" + word + "' on " + label + ": " + clip(body));
            }
        }
        if (STACK_FRAME.matcher(body).find()
                && !STACK_FRAME.matcher(sent == null ? "" : sent).find()) {
            fail("the body holds a stack frame on " + label + ": " + clip(body));
        }
    }

    /**
     * Everything the test site's pages say, lower-cased: a word of it (the sample has an "AI Exception") may come back in
     * answers and section excerpts without leaking anything; the stack-frame check still holds for such bodies.
     */
    private static final class SiteText {
        static final String TEXT = text();

        private static String text() {
            io.quickcite.content.Corpus corpus = io.quickcite.answer.IndexLoader.load(Harness.class.getClassLoader())
                    .corpus();
            StringBuilder b = new StringBuilder();
            corpus.documents().forEach(d -> b.append(d.title()).append('\n'));
            corpus.units()
                    .forEach(u ->
                            b.append(u.section()).append('\n').append(u.text()).append('\n'));
            return b.toString().toLowerCase(Locale.ROOT);
        }
    }

    JsonNode parse(String body, String label) {
        try {
            return json.readValue(body, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("not JSON on " + label + ": " + clip(body), e);
        }
    }

    /** One line on the requests sent so far: how many, total and per-request time, the slowest. */
    String summary(String what) {
        return String.format(
                Locale.ROOT,
                "%s: %d requests through the Lambda handler in %.1f s (handler time %.1f s, mean %.2f ms, max %.1f ms on %s)",
                what,
                requests,
                (System.nanoTime() - started) / 1e9,
                totalNanos / 1e9,
                requests == 0 ? 0 : totalNanos / 1e6 / requests,
                maxNanos / 1e6,
                clip(slowest));
    }

    long requests() {
        return requests;
    }

    /** A string shown in a message: cut to 300 characters, with control characters and lone surrogates made visible. */
    static String clip(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 300; i++) {
            char c = s.charAt(i);
            boolean lone = Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            b.append(Character.isISOControl(c) || lone ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return s.length() > 300 ? b + "…(" + s.length() + " chars)" : b.toString();
    }

    /** Header pairs as a map for {@link HttpApiEvents#of}. */
    static Map<String, List<String>> headers(String... pairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            headers.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return headers;
    }
}
