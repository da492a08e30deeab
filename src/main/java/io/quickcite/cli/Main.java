package io.quickcite.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.json.JsonMapper;
import io.quickcite.answer.AnswerEngine;
import io.quickcite.answer.Outcome;
import io.quickcite.answer.SiteIndex;
import io.quickcite.api.EventLog;
import io.quickcite.api.HealthController;
import io.quickcite.api.HttpApiEvents;
import io.quickcite.api.LambdaHandler;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The operator CLI of the jar: {@code serve}, {@code ask "question"}, {@code explain "question"}, {@code eval FILE.jsonl}. */
public final class Main {

    private static final String USAGE = """
        usage: java -jar quickcite.jar COMMAND
          serve              start the local server on 127.0.0.1:$PORT (default 8080): the API through the Lambda
                             handler, the demo page at / and the widget at /widget/
          ask "QUESTION"     print the JSON answer, as GET /answer returns it
          explain "QUESTION" show how the engine read the question and why each candidate may or may not answer
          eval FILE.jsonl    score a question file against the engine and a plain BM25 baseline;
                             ends with a 'baseline: ...' line and one 'eval: ...' summary line
          report LOGFILE...  top unanswered questions and least helpful answers from event logs (--top N rows)
          split [PATH]...    how the build reads content files or folders (default: content/): documents, sections,
                             passages and their sentences, what was left out of the answers, and every problem
        """;

    /** Lucene notes once per JVM that the incubating vector API is off; held here so the CLI's output stays clean. */
    private static final java.util.logging.Logger LUCENE_VECTOR_NOTE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) throws Exception {
        LUCENE_VECTOR_NOTE.setLevel(java.util.logging.Level.OFF);
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        switch (args[0]) {
            case "serve" -> serve();
            case "ask" -> ask(String.join(" ", List.of(args).subList(1, args.length)));
            case "eval" -> eval(args);
            case "explain" -> explain(String.join(" ", List.of(args).subList(1, args.length)));
            case "report" ->
                System.exit(
                        ReportCommand.run(List.of(args).subList(1, args.length), System.in, System.out, System.err));
            case "split" ->
                System.exit(SplitCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.print("quickcite: unknown command '" + args[0] + "'\n" + USAGE);
                System.exit(2);
            }
        }
    }

    private static void serve() throws Exception {
        String portText = System.getenv().getOrDefault("PORT", "8080");
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT '" + portText + "' is not a port number");
        }
        if (System.getenv("QUICKCITE_SITES") == null && System.getProperty("quickcite.sites") == null) {
            System.setProperty("quickcite.sites", "default=http://127.0.0.1:" + port + ",http://localhost:" + port);
        }
        APIGatewayV2HTTPEventFunction function = new LambdaHandler();
        new LocalServer(function, Path.of("")).start(port);
        long startedMs = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        HealthController.Health health =
                function.getApplicationContext().getBean(HealthController.class).health();
        System.err.printf(
                "quickcite: listening on http://127.0.0.1:%d (demo page at /, API at /answer?q=...) — %d documents, %d passages, %d entries; ready %d ms after JVM start%n",
                port, health.documents(), health.passages(), health.entries(), startedMs);
    }

    /** ask and eval print only their own output; the per-question event lines are for the server's log. */
    private static void quietEvents() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(EventLog.LOGGER))
                .setLevel(ch.qos.logback.classic.Level.OFF);
    }

    private static void ask(String question) {
        quietEvents();
        if (question.isBlank()) {
            System.err.println("quickcite: ask needs a question, e.g. ask \"When did the AI Subsidy Scheme open?\"");
            System.exit(2);
        }
        APIGatewayV2HTTPEventFunction function = new LambdaHandler();
        APIGatewayV2HTTPResponse response = function.handleRequest(
                HttpApiEvents.get("/answer", "q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)),
                new LocalContext());
        System.out.println(response.getBody());
        function.close();
        System.exit(response.getStatusCode() == 200 ? 0 : 1);
    }

    private static void explain(String question) {
        quietEvents();
        if (question.isBlank()) {
            System.err.println(
                    "quickcite: explain needs a question, e.g. explain \"When did the AI Subsidy Scheme open?\"");
            System.exit(2);
        }
        try (ApplicationContext context = ApplicationContext.run()) {
            List<String> trace = new java.util.ArrayList<>();
            Outcome outcome = context.getBean(AnswerEngine.class).answer(question, trace);
            trace.forEach(System.out::println);
            System.out.println(outcome.answer()
                    .map(a -> "answer: [" + a.id() + "] " + a.text())
                    .orElse("answer: none (abstains)"));
        }
    }

    private static void eval(String[] args) throws Exception {
        if (args.length != 2 || !Files.isRegularFile(Path.of(args[1]))) {
            System.err.println(
                    "quickcite: eval needs one question file (JSONL), e.g. eval src/test/resources/eval/dev.jsonl");
            System.exit(2);
        }
        quietEvents();
        try (ApplicationContext context = ApplicationContext.run()) {
            List<EvalCommand.Question> questions =
                    EvalCommand.read(Path.of(args[1]), context.getBean(JsonMapper.class));
            EvalCommand.Score score = EvalCommand.run(questions, context.getBean(AnswerEngine.class), System.out);
            EvalCommand.Score baseline = EvalCommand.run(
                    questions, new Bm25Baseline(context.getBean(SiteIndex.class).corpus()), null);
            System.out.println(baseline.line(Bm25Baseline.NAME));
            System.out.println(score.line());
        }
    }
}
