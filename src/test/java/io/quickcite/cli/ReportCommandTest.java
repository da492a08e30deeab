package io.quickcite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report LOGFILE}: exact output for logs in every format it reads, its ranking rules and its usage errors. */
class ReportCommandTest {

    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one run. */
    record Run(int exit, String out, String err) {}

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReportCommand.run(
                List.of(args),
                stdin,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                exit,
                out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private Path log(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String answer(String q, boolean answered) {
        return "{\"event\":\"answer\",\"site\":\"default\",\"q\":" + quote(q) + ",\"answered\":" + answered
                + ",\"answerId\":" + (answered ? "\"doc:s:1\"" : "null") + ",\"kind\":"
                + (answered ? "\"extract\"" : "null") + ",\"confidence\":0.0,\"tookMs\":1.5}";
    }

    private static String feedback(String id, boolean helpful, String q) {
        return "{\"event\":\"feedback\",\"site\":\"default\",\"answerId\":" + quote(id)
                + ",\"knownAnswer\":true,\"helpful\":" + helpful + ",\"q\":" + (q == null ? "null" : quote(q)) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Lambda's JSON log format: the event line is the string in "message". */
    private static String lambdaJson(String event) {
        return "{\"timestamp\":\"2026-03-18T10:00:02.123Z\",\"level\":\"INFO\",\"message\":" + quote(event)
                + ",\"logger\":\"quickcite.events\",\"AWSRequestId\":\"79b4f56e\"}";
    }

    @Test
    void readsEveryLogFormatAndPrintsBothLists() throws IOException {
        Path file = log(
                "events.log",
                // bare lines, as the local server and EventLog write them
                answer("When does the Hong Kong marathon start?", false),
                answer("When did the AI Subsidy Scheme open?", true),
                feedback(
                        "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3",
                        false,
                        "When did the AI Subsidy Scheme open?"),
                // a CloudWatch Logs export: ISO timestamp, space, message; Lambda's platform lines in between
                "2026-03-18T10:00:00.000Z INIT_START Runtime Version: java:21.v30\tRuntime Version ARN: arn:aws:lambda:…",
                "2026-03-18T10:00:00.500Z START RequestId: 6f1c2a Version: $LATEST",
                "2026-03-18T10:00:00.900Z " + answer("when does the hong kong   marathon START", false),
                "2026-03-18T10:00:01.000Z END RequestId: 6f1c2a",
                "2026-03-18T10:00:01.000Z REPORT RequestId: 6f1c2a\tDuration: 3.10 ms\tBilled Duration: 4 ms\tMemory Size: 1024 MB",
                // aws logs tail: timestamp, stream name, message
                "2026-03-18T10:00:02.123000+00:00 2026/03/18/[$LATEST]0d1e2f "
                        + feedback("cyberport-aisc:what-to-watch:1", true, "What should I watch?"),
                // Lambda's JSON log format: the event as a string, or as an object, in "message"; platform records
                lambdaJson(answer("Who runs the Hong Kong Jockey Club?", false)),
                "{\"timestamp\":\"2026-03-18T10:00:03Z\",\"level\":\"INFO\",\"message\":"
                        + feedback(
                                "hk-ai-briefing:hong-kong-ai-stack-in-one-view:3",
                                true,
                                "when did the AI subsidy scheme open")
                        + "}",
                "{\"time\":\"2026-03-18T10:00:04Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"6f1c2a\",\"metrics\":{\"durationMs\":3.1}}}",
                "{\"timestamp\":\"2026-03-18T10:00:04Z\",\"level\":\"WARN\",\"message\":\"a warning from another logger\"}",
                "",
                "{\"event\":\"feedback\",\"site\":\"default\",\"answerId\":\"old:removed:1\",\"knownAnswer\":false,\"helpful\":false,\"q\":\"What is AISC?\"}",
                answer("When does the Hong Kong marathon start?", false),
                "{\"event\":\"deploy\",\"version\":\"1.2\"}",
                // unparseable: cut off, a wrong type, a missing field, a stderr line
                "{\"event\":\"answer\",\"q\":\"cut off",
                "{\"event\":\"answer\",\"q\":\"x\",\"answered\":\"no\"}",
                "{\"event\":\"feedback\",\"answerId\":\"doc:s:1\",\"q\":\"x\"}",
                "05:00:00.000 WARN  io.micronaut.runtime - something unrelated");
        Run r = run(file.toString());
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        assertEquals("""
            Quickcite report: %s
            lines: 21 read, 5 answer events, 4 feedback events, 8 ignored, 4 unparseable (skipped)
            answers: 5, answered 1, unanswered 4 (80%%)
            feedback: 4, helpful 2, not helpful 2 (50%%)

            Top unanswered questions (2 distinct, 4 events)
              rank  count  question
                 1      3  When does the Hong Kong marathon start?
                 2      1  Who runs the Hong Kong Jockey Club?

            Least helpful answers (3 answers, 4 feedback events; share = not helpful / all feedback on the answer)
              rank  not helpful  helpful  share  answer id
                 1            1        0   100%%  old:removed:1  (unknown to the index when rated)
                                                 asked as: What is AISC?
                 2            1        1    50%%  hk-ai-briefing:hong-kong-ai-stack-in-one-view:3
                                                 asked as: When did the AI Subsidy Scheme open?
                 3            0        1     0%%  cyberport-aisc:what-to-watch:1
                                                 asked as: What should I watch?
            """.formatted(file), r.out());
    }

    @Test
    void ranksByUnhelpfulShareThenFeedbackCountThenId() throws IOException {
        List<String> lines = new ArrayList<>();
        // b: 3 of 4 not helpful (75%); c: 1 of 1 (100%); d and e: 2 of 4 (50%); f: 1 of 2 (50%); g: 0 of 3
        for (String v : List.of(
                "b-", "b-", "b-", "b+", "c-", "e-", "e-", "e+", "e+", "d+", "d-", "d+", "d-", "f-", "f+", "g+", "g+",
                "g+")) {
            lines.add(feedback("doc:" + v.charAt(0), v.charAt(1) == '+', null));
        }
        Run r = run(log("f.log", lines.toArray(String[]::new)).toString());
        assertEquals("""
            Least helpful answers (6 answers, 18 feedback events; share = not helpful / all feedback on the answer)
              rank  not helpful  helpful  share  answer id
                 1            1        0   100%  doc:c
                 2            3        1    75%  doc:b
                 3            2        2    50%  doc:d
                 4            2        2    50%  doc:e
                 5            1        1    50%  doc:f
                 6            0        3     0%  doc:g
            """, r.out().substring(r.out().indexOf("Least helpful")));
    }

    @Test
    void groupsQuestionsByNormalisedTextAndShowsTheCommonestWording() throws IOException {
        Path file = log(
                "q.log",
                answer("what is the ＡＩ  Subsidy Scheme？", false),
                answer("What is the AI subsidy scheme?", false),
                answer("What is the AI subsidy scheme?", false),
                answer("WHAT IS THE AI SUBSIDY SCHEME!!", false),
                answer("Zebra?", false),
                answer("apple pie", false),
                answer("Apple pie.", false));
        Run r = run(file.toString());
        assertEquals("""
            Top unanswered questions (3 distinct, 7 events)
              rank  count  question
                 1      4  What is the AI subsidy scheme?
                 2      2  apple pie
                 3      1  Zebra?

            Least helpful answers (0 answers, 0 feedback events; share = not helpful / all feedback on the answer)
              none
            """, r.out().substring(r.out().indexOf("Top unanswered")));
    }

    @Test
    void topLimitsEachListAndSaysHowManyMore() throws IOException {
        Path file = log(
                "top.log",
                answer("one", false),
                answer("one", false),
                answer("two", false),
                answer("three", false),
                feedback("doc:a", false, "one"),
                feedback("doc:b", true, "two"),
                feedback("doc:c", true, "three"));
        Run r = run("--top", "1", file.toString());
        assertEquals("""
            Top unanswered questions (3 distinct, 4 events)
              rank  count  question
                 1      2  one
              … and 2 more (--top N shows more)

            Least helpful answers (3 answers, 3 feedback events; share = not helpful / all feedback on the answer)
              rank  not helpful  helpful  share  answer id
                 1            1        0   100%  doc:a
                                                 asked as: one
              … and 2 more (--top N shows more)
            """, r.out().substring(r.out().indexOf("Top unanswered")));
        assertEquals(r.out(), run("--top=1", file.toString()).out());
    }

    @Test
    void anEmptyLogSaysNone() throws IOException {
        Path file = log("empty.log", "");
        assertEquals("""
            Quickcite report: %s
            lines: 1 read, 0 answer events, 0 feedback events, 1 ignored, 0 unparseable (skipped)
            answers: 0, answered 0, unanswered 0 (-)
            feedback: 0, helpful 0, not helpful 0 (-)

            Top unanswered questions (0 distinct, 0 events)
              none

            Least helpful answers (0 answers, 0 feedback events; share = not helpful / all feedback on the answer)
              none
            """.formatted(file), run(file.toString()).out());
    }

    /** Questions are visitor text: terminal escapes, bidi overrides and line separators are printed escaped. */
    @Test
    void controlAndBidiCharactersArePrintedEscaped() throws IOException {
        Path file = log(
                "evil.log",
                "{\"event\":\"answer\",\"q\":\"red \\u001b[31mALERT\\u001b[0m \\u202egnp.exe\\u2028next\",\"answered\":false}",
                "{\"event\":\"feedback\",\"answerId\":\"doc:\\u0007bell\",\"helpful\":false,\"q\":\"cut \\ud83d\"}");
        String out = run(file.toString()).out();
        assertEquals(
                List.of(
                        "     1      1  red \\u001B[31mALERT\\u001B[0m \\u202Egnp.exe\\u2028next",
                        "     1            1        0   100%  doc:\\u0007bell",
                        "                                     asked as: cut \\uD83D"),
                out.lines()
                        .filter(l -> l.startsWith("     1 ") || l.contains("asked as"))
                        .toList());
    }

    @Test
    void readsGzipFilesSeveralFilesAndStandardInput() throws IOException {
        Path gz = dir.resolve("events.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((answer("gz question", false) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path plain = log("plain.log", answer("gz question", false));
        Run r = run(
                new ByteArrayInputStream((feedback("doc:a", false, "q") + "\n").getBytes(StandardCharsets.UTF_8)),
                gz.toString(),
                plain.toString(),
                "-");
        assertEquals(0, r.exit());
        assertEquals(
                List.of(
                        "Quickcite report: " + gz + ", " + plain + ", -",
                        "lines: 3 read, 2 answer events, 1 feedback events, 0 ignored, 0 unparseable (skipped)"),
                r.out().lines().limit(2).toList());
        assertEquals(true, r.out().contains("     1      2  gz question\n"), r.out());
    }

    @Test
    void aMissingFileIsAUsageError() {
        Path missing = dir.resolve("missing.log");
        Run r = run(missing.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("quickcite: report: no such log file: " + missing + "\n" + ReportCommand.USAGE, r.err());
        assertEquals(ReportCommand.USAGE, r.err().substring(r.err().indexOf('\n') + 1));
    }

    @Test
    void otherUsageErrors() throws IOException {
        Path file = log("ok.log", "");
        assertEquals(new Run(2, "", "quickcite: report: report needs a log file\n" + ReportCommand.USAGE), run());
        assertEquals(
                new Run(2, "", "quickcite: report: no such log file: " + dir + "\n" + ReportCommand.USAGE),
                run(dir.toString()));
        assertEquals(
                new Run(2, "", "quickcite: report: --top needs a whole number from 1\n" + ReportCommand.USAGE),
                run("--top", "0", file.toString()));
        assertEquals(
                new Run(2, "", "quickcite: report: --top needs a whole number from 1\n" + ReportCommand.USAGE),
                run(file.toString(), "--top"));
        assertEquals(
                new Run(2, "", "quickcite: report: unknown option '--since'\n" + ReportCommand.USAGE),
                run("--since", "1h", file.toString()));
    }
}
