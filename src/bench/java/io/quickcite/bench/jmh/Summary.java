package io.quickcite.bench.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints one line per JMH result file of {@link AnswerLatency}: answer and raw BM25 p50 / p99 in µs and the ratio of
 * their p99s, and a warning when the JIT was still compiling while measured (with {@code -prof comp}). Arguments: pairs
 * of a label and a {@code -rf json} file.
 */
public final class Summary {

    /** Compile time in one measured iteration above which the JVM was not warm: its compiler threads took the cores. */
    private static final double COLD_JIT_MS = 250;

    private Summary() {}

    /** Prints the summary of each (label, file) pair of {@code args}. */
    public static void main(String[] args) throws IOException {
        for (int i = 0; i + 1 < args.length; i += 2) {
            Map<String, Map<String, Double>> percentiles = read(Path.of(args[i + 1]));
            Map<String, Double> answer = percentiles.get("answer");
            Map<String, Double> raw = percentiles.get("rawBm25");
            if (answer == null || raw == null) {
                System.out.printf("jmh (%s): no answer and rawBm25 results in %s%n", args[i], args[i + 1]);
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "jmh (%s): answer p50 %.0f µs, p99 %.0f µs; raw BM25 p50 %.0f µs, p99 %.0f µs; p99 ratio %.2f%n",
                    args[i],
                    answer.get("50.0"),
                    answer.get("99.0"),
                    raw.get("50.0"),
                    raw.get("99.0"),
                    answer.get("99.0") / raw.get("99.0"));
            for (String benchmark : new String[] {"answer", "rawBm25"}) {
                Map<String, Double> jit = percentiles.get(benchmark + ":jit");
                if (jit != null && jit.get("100.0") > COLD_JIT_MS) {
                    System.out.printf(
                            Locale.ROOT,
                            "warning (%s): %s measured a cold JVM, the JIT compiled for %.0f ms in one measured"
                                    + " iteration; raise WARMUP_ITERATIONS%n",
                            args[i],
                            benchmark,
                            jit.get("100.0"));
                }
            }
        }
    }

    /**
     * The score percentiles ("50.0" → value) in a JMH JSON result file: of each benchmark's primary metric (µs) by method
     * name, and of its compile time per measured iteration (ms, from {@code -prof comp}) by method name + ":jit".
     */
    static Map<String, Map<String, Double>> read(Path file) throws IOException {
        Map<String, Map<String, Double>> byKey = new HashMap<>();
        String benchmark = null;
        String key = null;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    continue;
                }
                switch (p.currentName()) {
                    case "benchmark" -> {
                        String name = p.nextTextValue();
                        benchmark = name.substring(name.lastIndexOf('.') + 1);
                    }
                    case "primaryMetric" -> key = benchmark;
                    case "compiler.time.profiled" -> key = benchmark + ":jit";
                    case "scorePercentiles" -> {
                        Map<String, Double> percentiles = new HashMap<>();
                        p.nextToken();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String percentile = p.currentName();
                            p.nextToken();
                            percentiles.put(percentile, p.getValueAsDouble());
                        }
                        if (key != null) {
                            byKey.put(key, percentiles);
                        }
                        key = null;
                    }
                    default -> {}
                }
            }
        }
        return byKey;
    }
}
