package io.quickcite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.api.EventLog;
import io.quickcite.api.HttpApiEvents;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The report reads exactly what the API writes: events produced through the Lambda handler, then reported. */
@MicronautTest
class ReportRoundTripTest {

    @Inject
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void reportsTheEventsTheApiWrites() throws Exception {
        APIGatewayV2HTTPEventFunction function = new APIGatewayV2HTTPEventFunction(context);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Logger logger = (Logger) LoggerFactory.getLogger(EventLog.LOGGER);
        logger.addAppender(events);
        try {
            for (String q : List.of(
                    "Zqxv blorfing wibbles?",
                    "zqxv  BLORFING wibbles",
                    "Zqxv blorfing wibbles?",
                    "Is the moon made of quorble?")) {
                int status = function.handleRequest(
                                HttpApiEvents.get("/answer", "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                                TestContexts.lambda())
                        .getStatusCode();
                assertEquals(200, status, q);
            }
            for (String body : List.of(
                    "{\"answerId\":\"hk-ai-briefing:hong-kong-ai-stack-in-one-view:3\",\"question\":\"When did the AI Subsidy Scheme open?\",\"helpful\":false}",
                    "{\"answerId\":\"hk-ai-briefing:hong-kong-ai-stack-in-one-view:3\",\"question\":\"When did AISS open?\",\"helpful\":true}",
                    "{\"answerId\":\"no-such:answer:1\",\"question\":\"What is AISC?\",\"helpful\":false}")) {
                int status = function.handleRequest(
                                HttpApiEvents.of(
                                        "POST",
                                        "/feedback",
                                        "",
                                        Map.of("Content-Type", List.of("application/json")),
                                        body.getBytes(StandardCharsets.UTF_8)),
                                TestContexts.lambda())
                        .getStatusCode();
                assertEquals(202, status, body);
            }
        } finally {
            logger.detachAppender(events);
        }
        Path log = dir.resolve("stdout.log");
        Files.write(
                log,
                events.list.stream().map(ILoggingEvent::getFormattedMessage).toList());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ReportCommand.run(
                List.of(log.toString()),
                InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertEquals(0, exit);
        assertEquals("""
            Quickcite report: %s
            lines: 7 read, 4 answer events, 3 feedback events, 0 ignored, 0 unparseable (skipped)
            answers: 4, answered 0, unanswered 4 (100%%)
            feedback: 3, helpful 1, not helpful 2 (67%%)

            Top unanswered questions (2 distinct, 4 events)
              rank  count  question
                 1      3  Zqxv blorfing wibbles?
                 2      1  Is the moon made of quorble?

            Least helpful answers (2 answers, 3 feedback events; share = not helpful / all feedback on the answer)
              rank  not helpful  helpful  share  answer id
                 1            1        0   100%%  no-such:answer:1  (unknown to the index when rated)
                                                 asked as: What is AISC?
                 2            1        1    50%%  hk-ai-briefing:hong-kong-ai-stack-in-one-view:3
                                                 asked as: When did the AI Subsidy Scheme open?
            """.formatted(log), out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
