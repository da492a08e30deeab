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

/**
 * {@code eval FILE.jsonl}: runs a question file through the engine and scores it. Each line is
 * {@code {"id","q","expect":[phrases],"doc"}} or {@code {"id","q","abstain":true}}; an answer is right when it is
 * answered and its text contains an expected phrase (case-insensitive, whitespace collapsed, ’ read as '), an
 * abstain question when it is not answered.
 */
final class EvalCommand {

    /** Timed passes over the questions, after {@link #WARMUP_ROUNDS} untimed ones that let the JIT compile the answer path. */
    private static final int ROUNDS = 10;
    private static final int WARMUP_ROUNDS = 20;

    /** One question of the file. */
    record Question(String id, String q, List<String> expect, boolean abstain) {
    }

    /** What a system under test answered: the text, or null when it abstained, and a label saying where the text came from. */
    record Reply(String text, String label) {
    }

    /** A system under test: the engine, or the BM25 baseline. */
    interface Responder {
        Reply reply(String question);
    }

    /** Totals of a run. */
    record Score(int hits, int answerable, int abstained, int unanswerable, double medianWords, double p50Micros, double p99Micros) {

        String line() {
            return line("eval");
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%s: hit@1 %d/%d, abstain %d/%d, median words %.0f, p50 %.0f µs, p99 %.0f µs",
                name, hits, answerable, abstained, unanswerable, medianWords, p50Micros, p99Micros);
        }
    }

    /** The engine as a responder. */
    static Responder engine(AnswerEngine engine) {
        return question -> {
            Outcome outcome = engine.answer(question);
            Answer a = outcome.answer().orElse(null);
            return a == null ? new Reply(null, null) : new Reply(a.text(), a.kind() + " " + a.id());
        };
    }

    private EvalCommand() {
    }

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
            String id = node.get("id") == null ? "line" + lineNo : node.get("id").coerceStringValue();
            questions.add(new Question(id, q.getStringValue(), expect, abstain));
        }
        return questions;
    }

    static Score run(List<Question> questions, AnswerEngine engine, PrintStream out) {
        return run(questions, engine(engine), out);
    }

    /** Scores {@code responder} on {@code questions}, printing one line per question to {@code out} (none when null). */
    static Score run(List<Question> questions, Responder responder, PrintStream out) {
        int hits = 0;
        int answerable = 0;
        int abstained = 0;
        int unanswerable = 0;
        List<Integer> words = new ArrayList<>();
        for (Question question : questions) {
            Reply answer = responder.reply(question.q());
            if (answer.text() == null) {
                answer = null;
            }
            boolean right;
            if (question.abstain()) {
                unanswerable++;
                right = answer == null;
                abstained += right ? 1 : 0;
            } else {
                answerable++;
                String text = answer == null ? "" : normalise(answer.text());
                right = answer != null && question.expect().stream().anyMatch(p -> text.contains(normalise(p)));
                hits += right ? 1 : 0;
            }
            if (answer != null) {
                words.add(answer.text().split("\\s+").length);
            }
            if (out != null) {
                out.printf("%s %-10s %s -> %s%n", right ? "HIT " : "MISS", question.id(), question.q(),
                    answer == null ? "(no answer)" : "[" + answer.label() + "] " + answer.text());
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
        words.sort(Integer::compare);
        double median = words.isEmpty() ? 0 : words.size() % 2 == 1 ? words.get(words.size() / 2)
            : (words.get(words.size() / 2 - 1) + words.get(words.size() / 2)) / 2.0;
        return new Score(hits, answerable, abstained, unanswerable, median,
            percentile(times, 0.50) / 1000.0, percentile(times, 0.99) / 1000.0);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
