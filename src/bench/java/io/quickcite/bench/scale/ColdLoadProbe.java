package io.quickcite.bench.scale;

import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.IndexLoader;
import io.quickcite.answer.SiteIndex;
import io.quickcite.index.IndexFormat;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale bench's fresh child JVM: loads the index from its classpath as a cold start does, builds the engine, then
 * times answers to the dev questions the way {@code eval} does (first pass, then 20 warm-up and 10 timed passes), loads
 * once more in the same JVM (the data's own cost, without first-use class loading), and prints one
 * {@code probe key=value…} line.
 * Usage: {@code ColdLoadProbe QUESTIONS.jsonl}.
 */
public final class ColdLoadProbe {

    private static final int WARMUP_ROUNDS = 20;
    private static final int ROUNDS = 10;
    private static final Pattern QUESTION = Pattern.compile("\"q\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ColdLoadProbe() {}

    /** Loads, measures and prints the result line. */
    public static void main(String[] args) throws Exception {
        List<String> questions = questions(Path.of(args[0]));
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        SiteIndex index = IndexLoader.load(ColdLoadProbe.class.getClassLoader(), IndexFormat.RESOURCE_DIR);
        long loaded = System.nanoTime();
        AnswerEngine engine = new AnswerEngine(index);
        long built = System.nanoTime();
        long heapAfter = usedHeapAfterGc();
        int answered = 0;
        long firstTotal = 0;
        long firstMax = 0;
        for (String q : questions) {
            long t = System.nanoTime();
            answered += engine.answer(q).answer().isPresent() ? 1 : 0;
            long took = System.nanoTime() - t;
            firstTotal += took;
            firstMax = Math.max(firstMax, took);
        }
        long[] times = new long[questions.size() * ROUNDS];
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            for (int i = 0; i < questions.size(); i++) {
                long t = System.nanoTime();
                engine.answer(questions.get(i));
                long took = System.nanoTime() - t;
                if (round >= 0) {
                    times[round * questions.size() + i] = took;
                }
            }
        }
        Arrays.sort(times);
        long heapAnswering = usedHeapAfterGc();
        // the same load again in this JVM, its classes loaded and compiled: what the data costs, without first-use
        // costs
        long again = System.nanoTime();
        new AnswerEngine(IndexLoader.load(ColdLoadProbe.class.getClassLoader(), IndexFormat.RESOURCE_DIR));
        long reloadNanos = System.nanoTime() - again;
        System.out.printf(
                Locale.ROOT,
                "probe indexNanos=%d engineNanos=%d reloadNanos=%d heapBefore=%d heapAfter=%d heapAnswering=%d"
                        + " firstTotalNanos=%d firstMaxNanos=%d p50Nanos=%d p99Nanos=%d answered=%d questions=%d%n",
                loaded - start,
                built - loaded,
                reloadNanos,
                heapBefore,
                heapAfter,
                heapAnswering,
                firstTotal,
                firstMax,
                percentile(times, 0.50),
                percentile(times, 0.99),
                answered,
                questions.size());
    }

    /** Used heap after full collections: what the program keeps reachable (plus whatever the collector has not yet returned). */
    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The "q" of each line of an eval file (JSON string escapes \" \\ \\uXXXX undone). */
    private static List<String> questions(Path file) throws java.io.IOException {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = QUESTION.matcher(line);
            if (!line.startsWith("//") && m.find()) {
                questions.add(unescape(m.group(1)));
            }
        }
        return questions;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
            } else if (s.charAt(++i) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                char e = s.charAt(i);
                b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            }
        }
        return b.toString();
    }
}
