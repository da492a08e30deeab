import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cold-start bench (run by bench/coldstart, JDK only, as a single-file source): runs each function the way Lambda does
 * — a fresh JVM with the function's unzipped jar as its task root, the AWS Lambda runtime interface client as the
 * runtime, JAVA_TOOL_OPTIONS as infra ships them — against a local Runtime API that hands it one HTTP API (payload
 * 2.0) event for GET /answer?q=..., and times JVM start to the function's response. Runs alternate between the
 * functions so that drift in the machine's load hits both alike.
 *
 * <pre>java bench/ColdStart.java --runs 7 --runtime-cp CP --java-tool-options "FLAGS" --question Q \
 *     name=TASK_ROOT=HANDLER=EXPECT ...</pre>
 *
 * EXPECT is a string the response body must contain. Prints one line per run and per function, and last:
 * {@code coldstart: quickcite M ms, bare N ms, ratio R} (medians; ratio of the first function to the second).
 */
public final class ColdStart {

    record Target(String name, Path taskRoot, String handler, String expect) {
    }

    /** One run's figures: JVM start to the first /next (init) and to the response; the response body. */
    record Run(double initMs, double totalMs, String body) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        String runtimeCp = null;
        String toolOptions = "";
        String question = "What is this site about?";
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--runtime-cp" -> runtimeCp = Arrays.stream(args[++i].split(":")).filter(p -> !p.isEmpty())
                    .map(p -> Path.of(p).toAbsolutePath().toString()).reduce((a, b) -> a + ":" + b).orElseThrow();
                case "--java-tool-options" -> toolOptions = args[++i];
                case "--question" -> question = args[++i];
                default -> {
                    String[] t = args[i].split("=", 4);
                    targets.add(new Target(t[0], Path.of(t[1]).toAbsolutePath(), t[2], t[3]));
                }
            }
        }
        if (runtimeCp == null || targets.size() != 2) {
            throw new IllegalArgumentException("usage: --runtime-cp CP [--runs N] [--java-tool-options F] [--question Q] name=root=handler=expect x2");
        }
        String event = event(question);
        Map<Target, List<Run>> results = new LinkedHashMap<>();
        targets.forEach(t -> results.put(t, new ArrayList<>()));
        for (int r = 1; r <= runs; r++) {
            for (Target t : targets) {
                Run run = run(t, runtimeCp, toolOptions, event);
                if (!run.body().replace("\\\"", "\"").contains(t.expect()) || !run.body().startsWith("{\"statusCode\":200")) {
                    throw new IllegalStateException(t.name() + " answered without \"" + t.expect() + "\": " + run.body());
                }
                results.get(t).add(run);
                System.out.printf(Locale.ROOT, "run %d %-9s init %5.0f ms, first response %5.0f ms%n", r, t.name(), run.initMs(), run.totalMs());
            }
        }
        double[] medians = new double[2];
        int i = 0;
        for (Map.Entry<Target, List<Run>> e : results.entrySet()) {
            double init = median(e.getValue().stream().mapToDouble(Run::initMs).toArray());
            double total = median(e.getValue().stream().mapToDouble(Run::totalMs).toArray());
            medians[i++] = total;
            String body = e.getValue().get(0).body();
            System.out.printf(Locale.ROOT, "%s: median init %.0f ms, median first response %.0f ms over %d runs; response %s%n",
                e.getKey().name(), init, total, runs, body.length() > 160 ? body.substring(0, 160) + "..." : body);
        }
        double[] paired = new double[runs];
        List<List<Run>> lists = new ArrayList<>(results.values());
        for (int r = 0; r < runs; r++) {
            paired[r] = lists.get(0).get(r).totalMs() / lists.get(1).get(r).totalMs();
        }
        System.out.printf(Locale.ROOT, "median of the %d runs' own ratios (each %s run over the %s run next to it): %.2f%n",
            runs, targets.get(0).name(), targets.get(1).name(), median(paired));
        System.out.printf(Locale.ROOT, "coldstart: %s %.0f ms, %s %.0f ms, ratio %.2f%n",
            targets.get(0).name(), medians[0], targets.get(1).name(), medians[1], medians[0] / medians[1]);
    }

    /** Starts the function's JVM under the runtime interface client and serves it one event. */
    static Run run(Target target, String runtimeCp, String toolOptions, String event) throws Exception {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<Long> init = new CompletableFuture<>();
        CompletableFuture<String> response = new CompletableFuture<>();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        api.createContext("/2018-06-01/runtime/", exchange -> {
            long now = System.nanoTime();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.endsWith("/invocation/next")) {
                if (!init.complete(now)) {
                    return; // the next event after ours: the run is over; leave the client waiting until it is stopped
                }
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", requestId);
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:us-east-1:123456789012:function:" + target.name());
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
                reply(exchange, 200, event);
            } else if (path.endsWith("/response")) {
                reply(exchange, 202, "{}");
                response.complete(body);
            } else {
                reply(exchange, 202, "{}");
                response.completeExceptionally(new IllegalStateException(target.name() + " reported an error at " + path + ": " + body));
            }
        });
        api.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        api.start();
        Path log = Files.createTempFile("coldstart-" + target.name(), ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", runtimeCp, "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", target.handler());
        Map<String, String> env = pb.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.getAddress().getPort());
        env.put("LAMBDA_TASK_ROOT", target.taskRoot().toString());
        env.put("_HANDLER", target.handler());
        env.put("AWS_LAMBDA_FUNCTION_NAME", target.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1769");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + target.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        env.put("AWS_REGION", "us-east-1");
        env.put("JAVA_TOOL_OPTIONS", toolOptions);
        pb.directory(target.taskRoot().toFile()); // the client loads the function from its working directory, as on Lambda
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = pb.start();
        try {
            String body = response.get(60, TimeUnit.SECONDS);
            long end = System.nanoTime();
            return new Run((init.get() - start) / 1e6, (end - start) / 1e6, body);
        } catch (Exception e) {
            throw new IllegalStateException(target.name() + " gave no response; its output:\n" + Files.readString(log), e);
        } finally {
            process.destroy(); // SIGTERM: shutdown hooks run (a JFR recording given in the flags is written)
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            api.stop(0);
            Files.deleteIfExists(log);
        }
    }

    static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The HTTP API (payload 2.0) event API Gateway sends for GET /answer?q=QUESTION. */
    static String event(String question) {
        String raw = "q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        String q = json(question);
        return """
            {"version":"2.0","routeKey":"$default","rawPath":"/answer","rawQueryString":"%s",
             "headers":{"accept":"application/json","host":"bench.execute-api.us-east-1.amazonaws.com","user-agent":"coldstart"},
             "queryStringParameters":{"q":%s},
             "requestContext":{"accountId":"123456789012","apiId":"bench","domainName":"bench.execute-api.us-east-1.amazonaws.com",
               "domainPrefix":"bench","http":{"method":"GET","path":"/answer","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"coldstart"},
               "requestId":"bench","routeKey":"$default","stage":"$default","time":"22/Nov/2026:00:00:00 +0000","timeEpoch":1795305600000},
             "isBase64Encoded":false}
            """.formatted(raw, q);
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
