package io.quickcite.cli;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.quickcite.answer.Answer;
import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code eval FILE.jsonl}: runs a question file through the engine and scores it. Each line is
 * {@code {"id","q","expect":[phrases],"doc"}} or {@code {"id","q","abstain":true}}, optionally with a {@code "style"}
 * and a {@code "split"} ("dev" or "heldout"); an answer is right when it is answered and its text contains an expected
 * phrase (case-insensitive, whitespace collapsed, ’ read as '), an abstain question when it is not answered. Held-out
 * questions are scored and counted, never printed one by one, so that their misses are not read.
 */
final class EvalCommand {

    /** Timed passes over the questions, after {@link #WARMUP_ROUNDS} untimed ones that let the JIT compile the answer path. */
    private static final int ROUNDS = 10;

    private static final int WARMUP_ROUNDS = 20;

    /** The split whose questions are only scored, never shown one by one. */
    static final String HELDOUT = "heldout";

    /** One question of the file; {@code style} "" when untagged, {@code split} "dev" unless held out. */
    record Question(String id, String q, List<String> expect, boolean abstain, String style, String split) {

        Question(String id, String q, List<String> expect, boolean abstain) {
            this(id, q, expect, abstain, "", "dev");
        }
    }

    /** How one question went: the reply's text (null when it abstained) and whether it was right. */
    record Result(Question question, String text, boolean right) {}

    /** What a system under test answered: the text, or null when it abstained, and a label saying where the text came from. */
    record Reply(String text, String label) {}

    /** A system under test: the engine, or the BM25 baseline. */
    interface Responder {
        Reply reply(String question);
    }

    /** Totals of a run; {@code answered} counts every answer given, to unanswerable questions too. */
    record Score(
            int hits,
            int answerable,
            int abstained,
            int unanswerable,
            int answered,
            double medianWords,
            double p50Micros,
            double p99Micros) {

        /** Answers that were not right: to the wrong passage, or to a question the content cannot answer. */
        int wrong() {
            return answered - hits;
        }

        String line() {
            return line("eval");
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%s: hit@1 %d/%d, abstain %d/%d, precision %d/%d, wrong %d, median words %.0f, p50 %.0f µs, p99 %.0f µs",
                    name,
                    hits,
                    answerable,
                    abstained,
                    unanswerable,
                    hits,
                    answered,
                    wrong(),
                    medianWords,
                    p50Micros,
                    p99Micros);
        }

        /** One row of the per-split, per-style table (no timings: those are per run). */
        String row(String name) {
            return String.format(
                    Locale.ROOT,
                    "  %-28s hit@1 %3d/%-3d %4s  abstain %2d/%-2d  precision %3d/%-3d %4s  wrong %2d  median words %.0f",
                    name,
                    hits,
                    answerable,
                    percent(hits, answerable),
                    abstained,
                    unanswerable,
                    hits,
                    answered,
                    percent(hits, answered),
                    wrong(),
                    medianWords);
        }

        private static String percent(int part, int whole) {
            return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
        }
    }

    /** The engine as a responder. */
    static Responder engine(AnswerEngine engine) {
        return question -> {
            Outcome outcome = engine.answer(question, false);
            Answer a = outcome.answer().orElse(null);
            return a == null ? new Reply(null, null) : new Reply(a.text(), a.kind() + " " + a.id());
        };
    }

    private EvalCommand() {}

    static List<Question> read(Path file, JsonMapper json) throws IOException {
        List<Question> questions = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readValue(line, Argument.of(JsonNode.class));
            } catch (IOException e) {
                throw new IOException(file + ":" + lineNo + ": not a JSON object");
            }
            JsonNode q = node.get("q");
            if (q == null || !q.isString()) {
                throw new IOException(file + ":" + lineNo + ": needs \"q\"");
            }
            List<String> expect = new ArrayList<>();
            JsonNode e = node.get("expect");
            if (e != null) {
                e.values().forEach(v -> expect.add(v.getStringValue()));
            }
            boolean abstain = node.get("abstain") != null && node.get("abstain").getBooleanValue();
            if (abstain == !expect.isEmpty()) {
                throw new IOException(file + ":" + lineNo + ": give either \"expect\" phrases or \"abstain\": true");
            }
            String id =
                    node.get("id") == null ? "line" + lineNo : node.get("id").coerceStringValue();
            String style = node.get("style") == null ? "" : node.get("style").coerceStringValue();
            String split = node.get("split") == null ? "dev" : node.get("split").coerceStringValue();
            questions.add(new Question(id, q.getStringValue(), expect, abstain, style, split));
        }
        return questions;
    }

    static Score run(List<Question> questions, AnswerEngine engine, PrintStream out) {
        return run(questions, engine(engine), out);
    }

    /**
     * Scores {@code responder} on {@code questions}, printing one line per question that is not held out to {@code out}
     * (none when null) and, when the file tags its questions, a table per split and style.
     */
    static Score run(List<Question> questions, Responder responder, PrintStream out) {
        List<Result> results = new ArrayList<>();
        for (Question question : questions) {
            Reply answer = responder.reply(question.q());
            String text = answer.text();
            boolean right;
            if (question.abstain()) {
                right = text == null;
            } else {
                String said = text == null ? "" : normalise(text);
                right = text != null && question.expect().stream().anyMatch(p -> said.contains(normalise(p)));
            }
            results.add(new Result(question, text, right));
            if (out != null && !question.split().equals(HELDOUT)) {
                out.printf(
                        "%s %-10s %s -> %s%n",
                        right ? "HIT " : "MISS",
                        question.id(),
                        question.q(),
                        text == null ? "(no answer)" : "[" + answer.label() + "] " + text);
            }
        }
        long[] times = new long[questions.size() * ROUNDS];
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            for (int i = 0; i < questions.size(); i++) {
                long start = System.nanoTime();
                responder.reply(questions.get(i).q());
                long took = System.nanoTime() - start;
                if (round >= 0) {
                    times[round * questions.size() + i] = took;
                }
            }
        }
        Arrays.sort(times);
        if (out != null
                && questions.stream()
                        .anyMatch(q -> !q.style().isEmpty() || q.split().equals(HELDOUT))) {
            table(results, out);
        }
        return score(results, percentile(times, 0.50) / 1000.0, percentile(times, 0.99) / 1000.0);
    }

    /** The totals of each split, and of each style within it (held-out rows are figures only, never per question). */
    private static void table(List<Result> results, PrintStream out) {
        Map<String, List<Result>> splits = new TreeMap<>();
        results.forEach(r -> splits.computeIfAbsent(r.question().split(), k -> new ArrayList<>())
                .add(r));
        for (Map.Entry<String, List<Result>> split : splits.entrySet()) {
            out.println(split.getKey() + ":");
            Map<String, List<Result>> styles = new TreeMap<>();
            split.getValue()
                    .forEach(r -> styles.computeIfAbsent(
                                    r.question().style().isEmpty()
                                            ? "untagged"
                                            : r.question().style(),
                                    k -> new ArrayList<>())
                            .add(r));
            styles.forEach((style, rows) -> out.println(score(rows, 0, 0).row(style)));
            out.println(score(split.getValue(), 0, 0).row("all " + split.getKey()));
        }
    }

    private static Score score(List<Result> results, double p50, double p99) {
        int hits = 0;
        int answerable = 0;
        int abstained = 0;
        int unanswerable = 0;
        int answered = 0;
        List<Integer> words = new ArrayList<>();
        for (Result r : results) {
            if (r.question().abstain()) {
                unanswerable++;
                abstained += r.right() ? 1 : 0;
            } else {
                answerable++;
                hits += r.right() ? 1 : 0;
            }
            if (r.text() != null) {
                answered++;
                words.add(r.text().split("\\s+").length);
            }
        }
        words.sort(Integer::compare);
        double median = words.isEmpty()
                ? 0
                : words.size() % 2 == 1
                        ? words.get(words.size() / 2)
                        : (words.get(words.size() / 2 - 1) + words.get(words.size() / 2)) / 2.0;
        return new Score(hits, answerable, abstained, unanswerable, answered, median, p50, p99);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
