// A bounded HTTP load generator for the local Quickcite server; no dependencies, run as a single-file source:
//
//   java bench/LoadGen.java --base http://127.0.0.1:8080 --questions src/test/resources/eval/dev.jsonl \
//        [--requests 20000 | --duration 120] [--concurrency 16] [--warmup 1000] [--suggest-share 0.15] [--wait 90]
//        [--progress SECONDS]
//
// Each request is GET /answer?q=QUESTION or, for a --suggest-share of them, GET /suggest?q=PREFIX (the question's
// first two to four words), cycling through the question file's "q" values in a fixed shuffled order. The warm-up
// requests (same mix) are sent first and not counted. It prints requests, errors (non-2xx or connection errors),
// throughput and p50/p90/p99/max latency, per route and overall; the exit code is 1 when any request failed.
// --progress S also prints, every S seconds, the requests, throughput, errors and mean latency of the last S seconds.
// It is a bench, not a test: figures depend on the machine and on whatever else runs on it.

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadGen {

    static int progressSeconds;
    static final java.util.concurrent.atomic.LongAdder DONE = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder FAILED = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder NANOS = new java.util.concurrent.atomic.LongAdder();

    record Target(String route, URI uri) {
    }

    /** One worker's measurements: latency in nanoseconds per route, and failures. */
    static final class Tally {
        final Map<String, long[]> latencies = new TreeMap<>();
        final Map<String, Integer> sizes = new TreeMap<>();
        final Map<String, Long> errors = new TreeMap<>();

        void ok(String route, long nanos) {
            long[] a = latencies.computeIfAbsent(route, r -> new long[1024]);
            int n = sizes.getOrDefault(route, 0);
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
                latencies.put(route, a);
            }
            a[n] = nanos;
            sizes.put(route, n + 1);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String base = opt.getOrDefault("base", "http://127.0.0.1:8080").replaceAll("/+$", "");
        long requests = Long.parseLong(opt.getOrDefault("requests", "20000"));
        long durationSeconds = Long.parseLong(opt.getOrDefault("duration", "0"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "16"));
        long warmup = Long.parseLong(opt.getOrDefault("warmup", "1000"));
        double suggestShare = Double.parseDouble(opt.getOrDefault("suggest-share", "0.15"));
        int waitSeconds = Integer.parseInt(opt.getOrDefault("wait", "90"));
        progressSeconds = Integer.parseInt(opt.getOrDefault("progress", "0"));
        List<String> questions = questions(Path.of(opt.getOrDefault("questions", "src/test/resources/eval/dev.jsonl")));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        waitForHealth(client, base, waitSeconds);
        List<Target> targets = targets(base, questions, suggestShare);
        System.out.printf(Locale.ROOT, "load: %s, %d questions -> %d distinct requests (%.0f%% /suggest), concurrency %d%n",
            base, questions.size(), targets.size(), 100 * suggestShare, concurrency);

        if (warmup > 0) {
            Result w = run(client, targets, concurrency, warmup, 0);
            System.out.printf(Locale.ROOT, "warm-up: %d requests, %d errors, %.0f req/s (not counted)%n", w.count(), w.errorCount(), w.throughput());
        }
        Thread progress = progressSeconds > 0 ? Thread.ofPlatform().daemon().start(LoadGen::progress) : null;
        Result r = run(client, targets, concurrency, durationSeconds > 0 ? Long.MAX_VALUE : requests, durationSeconds);
        if (progress != null) {
            progress.interrupt();
        }
        r.print();
        System.exit(r.errorCount() == 0 && r.count() > 0 ? 0 : 1);
    }

    /** Every progressSeconds: requests, throughput, errors and mean latency since the previous line. */
    static void progress() {
        long start = System.nanoTime();
        long done = DONE.sum();
        long failed = FAILED.sum();
        long nanos = NANOS.sum();
        try {
            while (true) {
                Thread.sleep(progressSeconds * 1000L);
                long d = DONE.sum() - done;
                long f = FAILED.sum() - failed;
                long n = NANOS.sum() - nanos;
                done += d;
                failed += f;
                nanos += n;
                System.out.printf(Locale.ROOT, "  t=%4ds  %6d requests  %5.0f req/s  %d errors  mean latency %.1f ms%n",
                    Math.round((System.nanoTime() - start) / 1e9), d, (double) d / progressSeconds, f, d == 0 ? 0 : n / 1e6 / d);
            }
        } catch (InterruptedException e) {
            // the load is over
        }
    }

    record Result(List<Tally> tallies, double seconds) {

        long count() {
            return tallies.stream().mapToLong(t -> t.sizes.values().stream().mapToLong(Integer::longValue).sum()).sum() + errorCount();
        }

        long errorCount() {
            return tallies.stream().mapToLong(t -> t.errors.values().stream().mapToLong(Long::longValue).sum()).sum();
        }

        double throughput() {
            return count() / seconds;
        }

        void print() {
            Map<String, List<long[]>> byRoute = new TreeMap<>();
            for (Tally t : tallies) {
                t.latencies.forEach((route, a) -> byRoute.computeIfAbsent(route, k -> new ArrayList<>()).add(Arrays.copyOf(a, t.sizes.get(route))));
            }
            Map<String, Long> errors = new TreeMap<>();
            tallies.forEach(t -> t.errors.forEach((k, v) -> errors.merge(k, v, Long::sum)));
            System.out.printf(Locale.ROOT, "requests: %d in %.1f s, errors: %d, throughput: %.0f req/s%n", count(), seconds, errorCount(), throughput());
            List<long[]> all = new ArrayList<>();
            byRoute.forEach((route, parts) -> {
                all.addAll(parts);
                System.out.println(line(route, parts));
            });
            System.out.println(line("all", all));
            errors.forEach((k, v) -> System.out.println("error: " + v + " x " + k));
        }

        private static String line(String route, List<long[]> parts) {
            long[] a = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (a.length == 0) {
                return String.format(Locale.ROOT, "  %-8s 0 ok", route);
            }
            return String.format(Locale.ROOT, "  %-8s %7d ok   latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f", route, a.length,
                pct(a, 50), pct(a, 90), pct(a, 99), a[a.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /** Sends up to {@code total} requests (or until {@code seconds} have passed, when positive) from {@code concurrency} workers. */
    static Result run(HttpClient client, List<Target> targets, int concurrency, long total, long seconds) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long deadline = seconds > 0 ? start + seconds * 1_000_000_000L : Long.MAX_VALUE;
        List<Tally> tallies = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    Tally tally = new Tally();
                    tallies.add(tally);
                    for (long i; (i = next.getAndIncrement()) < total && System.nanoTime() < deadline; ) {
                        Target t = targets.get((int) (i % targets.size()));
                        HttpRequest req = HttpRequest.newBuilder(t.uri()).timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            long nanos = System.nanoTime() - t0;
                            DONE.increment();
                            NANOS.add(nanos);
                            if (res.statusCode() / 100 == 2) {
                                tally.ok(t.route(), nanos);
                            } else {
                                FAILED.increment();
                                tally.errors.merge(t.route() + " HTTP " + res.statusCode(), 1L, Long::sum);
                            }
                        } catch (IOException e) {
                            DONE.increment();
                            FAILED.increment();
                            tally.errors.merge(t.route() + " " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        return new Result(List.copyOf(tallies), (System.nanoTime() - start) / 1e9);
    }

    static List<Target> targets(String base, List<String> questions, double suggestShare) {
        List<Target> targets = new ArrayList<>();
        Random random = new Random(7);
        int rounds = 8; // each question several times, in a fixed shuffled order, with suggest prefixes mixed in
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                if (random.nextDouble() < suggestShare) {
                    String[] words = q.split("\\s+");
                    String prefix = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 2 + random.nextInt(3))));
                    targets.add(new Target("/suggest", URI.create(base + "/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8))));
                } else {
                    targets.add(new Target("/answer", URI.create(base + "/answer?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))));
                }
            }
        }
        Collections.shuffle(targets, random);
        return targets;
    }

    /** The "q" values of a JSONL question file (dev.jsonl's format). */
    static List<String> questions(Path file) throws IOException {
        Pattern q = Pattern.compile("\"q\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = q.matcher(line);
            if (m.find()) {
                out.add(unescape(m.group(1)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no \"q\" values in " + file);
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    static void waitForHealth(HttpClient client, String base, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            try {
                if (client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                System.err.println("load: " + base + "/health did not answer 200 within " + seconds + " s");
                System.exit(2);
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new ConcurrentHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                System.err.println("usage: java bench/LoadGen.java [--base URL] [--questions FILE] [--requests N | --duration S] "
                    + "[--concurrency C] [--warmup N] [--suggest-share F] [--wait S]");
                System.exit(2);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
