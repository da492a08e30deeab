package io.quickcite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.quickcite.answer.AnswerEngine;
import io.quickcite.content.Corpus;
import io.quickcite.content.Sentence;
import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval}: reads a question file, prints one line per question and counts hits and abstentions. */
@MicronautTest
class EvalCommandTest {

    @Inject
    AnswerEngine engine;

    @Inject
    JsonMapper json;

    @Test
    void scoresHitsMissesAndAbstentions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.jsonl");
        Files.writeString(file, """
            {"id":"story","q":"What defines Hong Kong's AI story?","expect":["finance-heavy deployment"],"doc":"hk-ai-briefing"}
            {"id":"aiss","q":"when did the ai subsidy scheme open","expect":["October 7, 2024"],"doc":"hk-ai-briefing"}
            {"id":"wrong","q":"When did the AI Subsidy Scheme open?","expect":["a phrase that is nowhere"],"doc":"hk-ai-briefing"}
            {"id":"marathon","q":"When does the Hong Kong marathon start?","abstain":true}
            """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvalCommand.Score score = EvalCommand.run(
                EvalCommand.read(file, json), engine, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("HIT  story "), lines.get(0));
        assertTrue(lines.get(1).startsWith("HIT  aiss "), lines.get(1));
        assertTrue(lines.get(2).startsWith("MISS wrong "), lines.get(2));
        assertEquals("HIT  marathon   When does the Hong Kong marathon start? -> (no answer)", lines.get(3));
        assertEquals(2, score.hits());
        assertEquals(3, score.answerable());
        assertEquals(1, score.abstained());
        assertEquals(1, score.unanswerable());
        assertEquals(1, score.wrong(), "the answer without the expected phrase is wrong");
        assertTrue(
                score.line()
                        .matches(
                                "eval: hit@1 2/3, abstain 1/1, precision 2/3, wrong 1, median words \\d+, p50 \\d+ µs, p99 \\d+ µs"),
                score.line());
    }

    @Test
    void heldOutQuestionsAreScoredByStyleButNeverShownOneByOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.jsonl");
        Files.writeString(file, """
            {"id":"story","q":"What defines Hong Kong's AI story?","expect":["finance-heavy deployment"],"style":"paraphrase","split":"dev"}
            {"id":"aiss","q":"when did the ai subsidy scheme open","expect":["October 7, 2024"],"style":"lowercase","split":"heldout"}
            {"id":"marathon","q":"When does the Hong Kong marathon start?","abstain":true,"style":"negative","split":"heldout"}
            """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvalCommand.Score score = EvalCommand.run(
                EvalCommand.read(file, json), engine, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("HIT  story "), lines.get(0));
        assertEquals(
                List.of(
                        "dev:",
                        "  paraphrase                   hit@1   1/1   100%  abstain  0/0   precision   1/1   100%  wrong  0  median words 29",
                        "  all dev                      hit@1   1/1   100%  abstain  0/0   precision   1/1   100%  wrong  0  median words 29",
                        "heldout:",
                        "  lowercase                    hit@1   1/1   100%  abstain  0/0   precision   1/1   100%  wrong  0  median words 32",
                        "  negative                     hit@1   0/0      -  abstain  1/1   precision   0/0      -  wrong  0  median words 0",
                        "  all heldout                  hit@1   1/1   100%  abstain  1/1   precision   1/1   100%  wrong  0  median words 32"),
                lines.subList(1, lines.size()));
        assertEquals(2, score.hits());
    }

    @Test
    void aLineWithNeitherExpectNorAbstainIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"x\",\"q\":\"What?\"}\n");
        assertEquals(
                file + ":1: give either \"expect\" phrases or \"abstain\": true",
                assertThrows(java.io.IOException.class, () -> EvalCommand.read(file, json))
                        .getMessage());
    }

    @Test
    void theBaselineAnswersWithTheWholeTopParagraphAndNeverAbstainsWhenAWordMatches() {
        Corpus corpus = new Corpus(
                List.of(),
                List.of(
                        new Unit(
                                "d:a:1",
                                UnitKind.PARAGRAPH,
                                "d",
                                "A",
                                "a",
                                "",
                                List.of(),
                                List.of(
                                        new Sentence("The scheme opened in 2024.", List.of()),
                                        new Sentence("It pays 70%.", List.of())),
                                1),
                        new Unit(
                                "d:a:2",
                                UnitKind.PARAGRAPH,
                                "d",
                                "A",
                                "a",
                                "",
                                List.of(),
                                List.of(new Sentence("Marathons are long.", List.of())),
                                2)));
        Bm25Baseline baseline = new Bm25Baseline(corpus);
        assertEquals(
                new EvalCommand.Reply("The scheme opened in 2024. It pays 70%.", "bm25 d:a:1"),
                baseline.reply("When did the scheme open?"));
        assertEquals(
                new EvalCommand.Reply("Marathons are long.", "bm25 d:a:2"), baseline.reply("how long are marathons"));
        assertEquals(new EvalCommand.Reply(null, null), baseline.reply("unrelated words only"));
        EvalCommand.Score score = EvalCommand.run(
                List.of(
                        new EvalCommand.Question("s", "when did the scheme open", List.of("2024"), false),
                        new EvalCommand.Question("n", "are marathons fun", List.of(), true)),
                baseline,
                null);
        assertEquals(1, score.hits());
        assertEquals(0, score.abstained());
        assertTrue(
                score.line(Bm25Baseline.NAME)
                        .startsWith(
                                "baseline (Lucene BM25, StandardAnalyzer, top paragraph): hit@1 1/1, abstain 0/1, precision 1/2, wrong 1, median words 6,"),
                score.line(Bm25Baseline.NAME));
    }
}
