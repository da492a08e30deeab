package io.quickcite.bench.scale;

import io.quickcite.index.IndexFormat;
import io.quickcite.index.IndexManifest;
import io.quickcite.indexer.IndexerMain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scale curve: for each scale, generates the content ({@link ContentMultiplier}), builds its index in-process with
 * the real indexer, packs the jar with that index, and runs a {@link ColdLoadProbe} in a fresh JVM; prints one table
 * row and one summary line per scale. Usage: {@code ScaleBench [--out DIR] [--sample DIR] [--jar JAR]
 * [--questions FILE] [--child-opts "JVM FLAGS"] SCALE...}.
 */
public final class ScaleBench {

    private static final double MB = 1024 * 1024;
    /** The targets at ×100, reported (never asserted). */
    private static final int TARGET_SCALE = 100;

    private static final double TARGET_LOAD_MS = 300;
    private static final double TARGET_P99_MS = 5;
    private static final double TARGET_HEAP_MB = 256;

    /** One scale's figures. */
    private record Row(
            int scale,
            int docs,
            int units,
            double generateSeconds,
            double buildSeconds,
            long indexBytes,
            long corpusBytes,
            long jarBytes,
            Map<String, Long> probe) {

        double loadMs() {
            return (probe.get("indexNanos") + probe.get("engineNanos")) / 1e6;
        }

        double heapMb() {
            return probe.get("heapAfter") / MB;
        }

        String tableRow() {
            return String.format(
                    Locale.ROOT,
                    "%5s %5d %6d %5.1f %6.1f %6.1f %6.1f %6.0f %6.0f %6.0f %6.0f %5.0f %5.0f %6.1f %6.0f %6.0f %4d/%d",
                    "x" + scale,
                    docs,
                    units,
                    generateSeconds,
                    buildSeconds,
                    indexBytes / MB,
                    jarBytes / MB,
                    loadMs(),
                    ms("indexNanos"),
                    ms("engineNanos"),
                    ms("reloadNanos"),
                    heapMb(),
                    probe.get("heapAnswering") / MB,
                    ms("firstMaxNanos"),
                    probe.get("p50Nanos") / 1e3,
                    probe.get("p99Nanos") / 1e3,
                    probe.get("answered"),
                    probe.get("questions"));
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "scale x%d: docs %d, units %d, index build %.1f s, index %.1f MB (corpus.bin %.1f MB), jar %.1f MB,"
                            + " load %.0f ms (index %.0f + engine %.0f; again in the same JVM %.0f), heap after load %.0f MB (%.0f before loading, %.0f after answering),"
                            + " first answers %.0f ms for %d (slowest %.1f ms), answer p50 %s, p99 %s, answered %d/%d",
                    scale,
                    docs,
                    units,
                    buildSeconds,
                    indexBytes / MB,
                    corpusBytes / MB,
                    jarBytes / MB,
                    loadMs(),
                    ms("indexNanos"),
                    ms("engineNanos"),
                    ms("reloadNanos"),
                    heapMb(),
                    probe.get("heapBefore") / MB,
                    probe.get("heapAnswering") / MB,
                    ms("firstTotalNanos"),
                    probe.get("questions"),
                    ms("firstMaxNanos"),
                    duration(probe.get("p50Nanos")),
                    duration(probe.get("p99Nanos")),
                    probe.get("answered"),
                    probe.get("questions"));
        }

        private double ms(String key) {
            return probe.get(key) / 1e6;
        }
    }

    private ScaleBench() {}

    /** Runs the scales given as arguments (default 1 10 100). */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of(
                "--out",
                "target/bench/scale",
                "--sample",
                "src/test/resources/sites/sample/content",
                "--jar",
                "target/quickcite.jar",
                "--questions",
                "src/test/resources/eval/dev.jsonl",
                "--child-opts",
                "-Xmx1g"));
        List<Integer> scales = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i], args[++i]);
            } else if (Integer.parseInt(args[i]) >= 1) {
                scales.add(Integer.parseInt(args[i]));
            } else {
                throw new IllegalArgumentException("a scale is a whole number from 1: " + args[i]);
            }
        }
        if (scales.isEmpty()) {
            scales = List.of(1, 10, 100);
        }
        Path jar = Path.of(options.get("--jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -B -q package -DskipTests)");
        }
        List<Row> rows = new ArrayList<>();
        for (int scale : scales) {
            rows.add(run(
                    scale,
                    Path.of(options.get("--sample")),
                    jar,
                    Path.of(options.get("--questions")),
                    Path.of(options.get("--out"), "x" + scale),
                    options.get("--child-opts")));
        }
        System.out.println();
        System.out.println(
                "                                  MB          ms ---------- load ------------  heap MB  first  ----- µs ----");
        System.out.println(
                "scale  docs  units  gen s build s  index    jar  total  index engine  again  load  ans.  max ms    p50    p99 answered");
        rows.forEach(r -> System.out.println(r.tableRow()));
        System.out.println();
        rows.forEach(r -> System.out.println(r.summary()));
        rows.stream()
                .filter(r -> r.scale() == TARGET_SCALE)
                .forEach(r -> System.out.printf(
                        Locale.ROOT,
                        "targets at x%d: load %.0f ms (≤ %.0f: %s), p99 %.2f ms (≤ %.0f: %s), heap after load %.0f MB (≤ %.0f: %s)%n",
                        TARGET_SCALE,
                        r.loadMs(),
                        TARGET_LOAD_MS,
                        met(r.loadMs(), TARGET_LOAD_MS),
                        r.probe().get("p99Nanos") / 1e6,
                        TARGET_P99_MS,
                        met(r.probe().get("p99Nanos") / 1e6, TARGET_P99_MS),
                        r.heapMb(),
                        TARGET_HEAP_MB,
                        met(r.heapMb(), TARGET_HEAP_MB)));
    }

    private static Row run(int scale, Path sample, Path baseJar, Path questions, Path dir, String childOpts)
            throws Exception {
        System.out.printf(
                "scale x%d: generating content, building the index, packing the jar, probing a fresh JVM%n", scale);
        long t0 = System.nanoTime();
        Path content = dir.resolve("content");
        int docs = ContentMultiplier.write(sample, scale, content);
        long t1 = System.nanoTime();
        Path root = dir.resolve("root");
        Path index = root.resolve(IndexFormat.RESOURCE_DIR);
        IndexerMain.main(new String[] {content.toString(), index.toString()});
        long t2 = System.nanoTime();
        IndexManifest manifest;
        try (InputStream in = Files.newInputStream(index.resolve(IndexFormat.MANIFEST))) {
            manifest = IndexManifest.read(in);
        }
        long jarBytes = packJar(baseJar, index, dir.resolve("quickcite.jar"));
        Map<String, Long> probe = probe(root, questions, childOpts, dir.resolve("probe.err"));
        return new Row(
                scale,
                docs,
                manifest.entries() + manifest.passages(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                bytes(index),
                Files.size(index.resolve(IndexFormat.CORPUS)),
                jarBytes,
                probe);
    }

    /** Copies {@code baseJar} with its packaged index replaced by {@code index}; returns the new jar's size. */
    private static long packJar(Path baseJar, Path index, Path jar) throws IOException {
        Files.copy(baseJar, jar, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path packed = zip.getPath("/" + IndexFormat.RESOURCE_DIR);
            if (Files.exists(packed)) {
                try (Stream<Path> walk = Files.walk(packed)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            try (Stream<Path> walk = Files.walk(index)) {
                for (Path p : walk.sorted().toList()) {
                    Path target = packed.resolve(index.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
        return Files.size(jar);
    }

    /**
     * Runs {@link ColdLoadProbe} in a fresh JVM whose classpath starts with {@code root} (holding the scaled index as
     * Lambda's unzipped task root holds the packaged one), then this JVM's classpath; returns its key=value figures.
     */
    private static Map<String, Long> probe(Path root, Path questions, String childOpts, Path err) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(childOpts.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList());
        command.addAll(List.of(
                "-cp",
                root + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                ColdLoadProbe.class.getName(),
                questions.toString()));
        Process process =
                new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !out.contains("probe ")) {
            throw new IllegalStateException(
                    "probe failed (exit " + process.exitValue() + "):\n" + out + Files.readString(err));
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String field : out.substring(out.lastIndexOf("probe ") + 6).trim().split("\\s+")) {
            String[] kv = field.split("=");
            figures.put(kv[0], Long.parseLong(kv[1]));
        }
        return figures;
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static String duration(long nanos) {
        return nanos < 1_000_000
                ? String.format(Locale.ROOT, "%.0f µs", nanos / 1e3)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String met(double value, double target) {
        return value <= target ? "met" : "MISSED";
    }
}
