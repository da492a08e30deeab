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
 * their p99s. Arguments: pairs of a label and a {@code -rf json} file.
 */
public final class Summary {

    private Summary() {
    }

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
            System.out.printf(Locale.ROOT, "jmh (%s): answer p50 %.0f µs, p99 %.0f µs; raw BM25 p50 %.0f µs, p99 %.0f µs; p99 ratio %.2f%n",
                args[i], answer.get("50.0"), answer.get("99.0"), raw.get("50.0"), raw.get("99.0"), answer.get("99.0") / raw.get("99.0"));
        }
    }

    /** The score percentiles ("50.0" → µs) of each benchmark in a JMH JSON result file, by method name. */
    static Map<String, Map<String, Double>> read(Path file) throws IOException {
        Map<String, Map<String, Double>> byBenchmark = new HashMap<>();
        String benchmark = null;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    continue;
                }
                if (p.currentName().equals("benchmark")) {
                    String name = p.nextTextValue();
                    benchmark = name.substring(name.lastIndexOf('.') + 1);
                } else if (p.currentName().equals("scorePercentiles") && benchmark != null) {
                    Map<String, Double> percentiles = new HashMap<>();
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String percentile = p.currentName();
                        p.nextToken();
                        percentiles.put(percentile, p.getValueAsDouble());
                    }
                    byBenchmark.putIfAbsent(benchmark, percentiles);
                }
            }
        }
        return byBenchmark;
    }
}
