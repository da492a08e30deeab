package io.quickcite.bench.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.IndexLoader;
import io.quickcite.answer.Outcome;
import io.quickcite.answer.SiteIndex;
import io.quickcite.index.Analysis;
import io.quickcite.index.IndexFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm latency of one answer over the dev questions, next to a raw Lucene BM25 search on the same index as the
 * reference. Each operation takes the next question of {@code src/test/resources/eval/dev.jsonl}, cycling. Run by
 * {@code bench/jmh}; the annotations are the defaults for a run from an IDE.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class AnswerLatency {

    /** The question file, relative to the repository root (the working directory of bench/jmh). */
    static final Path QUESTIONS = Path.of("src/test/resources/eval/dev.jsonl");
    /** Hits the raw search asks for: as many candidates as the engine scores. */
    static final int CANDIDATES = 20;

    private SiteIndex index;
    private AnswerEngine engine;
    private final Analyzer analyzer = IndexFormat.analyzer();
    private String[] questions;
    private int next;

    /** Loads the packaged index, builds the engine and reads the questions. */
    @Setup
    public void setUp() throws IOException {
        index = IndexLoader.load(AnswerLatency.class.getClassLoader());
        engine = new AnswerEngine(index);
        questions = readQuestions(QUESTIONS);
    }

    /** The engine answering the next question. */
    @Benchmark
    public Outcome answer() {
        return engine.answer(nextQuestion());
    }

    /** The reference: the next question analysed as the engine does, one SHOULD term clause per term on the body field, top 20. */
    @Benchmark
    public TopDocs rawBm25() throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(List.of(Analysis.terms(analyzer, IndexFormat.BODY, nextQuestion())))) {
            query.add(new TermQuery(new Term(IndexFormat.BODY, t)), BooleanClause.Occur.SHOULD);
        }
        return index.searcher().search(query.build(), CANDIDATES);
    }

    private String nextQuestion() {
        String q = questions[next];
        next = (next + 1) % questions.length;
        return q;
    }

    /** The "q" field of each line of a question file (the eval's JSON lines; blank and // lines skipped). */
    static String[] readQuestions(Path file) throws IOException {
        JsonFactory json = new JsonFactory();
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            try (JsonParser p = json.createParser(line)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("q")) {
                        questions.add(p.getText());
                    }
                    p.skipChildren();
                }
            }
        }
        if (questions.isEmpty()) {
            throw new IOException("no questions in " + file.toAbsolutePath());
        }
        return questions.toArray(String[]::new);
    }
}
