package io.quickcite.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * {@code report LOGFILE...}: reads the structured events that {@link io.quickcite.api.EventLog} writes (one JSON object per
 * line) and prints the most frequent unanswered questions and the least helpful answers.
 *
 * <p>Each line may be the bare event, the event with a prefix before its first '{' (a CloudWatch export's timestamp,
 * {@code aws logs tail}'s timestamp and stream), or Lambda's JSON log format, where the event is the string (or object)
 * in "message". Lambda's own platform lines (START, END, REPORT, INIT_START, …, or JSON records without an event) and
 * other events are ignored; anything else, and answer or feedback events with missing or mistyped fields, is counted as
 * unparseable and skipped. Files ending in .gz are read compressed; "-" is standard input.
 */
public final class ReportCommand {

    /** Rows per list unless --top says otherwise. */
    public static final int DEFAULT_TOP = 20;

    static final String USAGE = """
        usage: java -jar quickcite.jar report [--top N] LOGFILE...
          Reads Quickcite's event log lines (stdout of the server, CloudWatch Logs exports, Lambda JSON log format;
          .gz files and - for standard input) and prints the top unanswered questions and the least helpful answers.
          --top N   rows per list (default %d)
        """.formatted(DEFAULT_TOP);

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern PLATFORM = Pattern.compile(
            "(?:^|\\s)(?:START RequestId:|END RequestId:|REPORT RequestId:|(?:INIT|RESTORE)_(?:START|REPORT|RUNTIME_DONE)\\b|EXTENSION\\s|TELEMETRY\\s)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.,;:。？！，；：]+$");

    private ReportCommand() {}

    /** Runs the command with the arguments after "report"; returns the exit code (0, or 2 for a usage error). */
    public static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        int top = DEFAULT_TOP;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--top")) {
                Integer n = i + 1 < args.size() ? positive(args.get(i + 1)) : null;
                if (n == null) {
                    return usage(err, "--top needs a whole number from 1");
                }
                top = n;
                i++;
            } else if (a.startsWith("--top=")) {
                Integer n = positive(a.substring("--top=".length()));
                if (n == null) {
                    return usage(err, "--top needs a whole number from 1");
                }
                top = n;
            } else if (a.startsWith("-") && !a.equals("-")) {
                return usage(err, "unknown option '" + a + "'");
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            return usage(err, "report needs a log file");
        }
        for (String f : files) {
            if (!f.equals("-") && !Files.isRegularFile(Path.of(f))) {
                return usage(err, "no such log file: " + f);
            }
        }
        Report report = new Report();
        try {
            for (String f : files) {
                if (f.equals("-")) {
                    report.read(stdin);
                } else {
                    try (InputStream in = Files.newInputStream(Path.of(f))) {
                        report.read(f.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("quickcite: report: cannot read the log: " + e.getMessage());
            return 1;
        }
        report.print(out, String.join(", ", files), top);
        return 0;
    }

    private static Integer positive(String s) {
        try {
            int n = Integer.parseInt(s);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.print("quickcite: report: " + problem + "\n" + USAGE);
        return 2;
    }

    /** What a line held. */
    enum Kind {
        ANSWER,
        FEEDBACK,
        IGNORED,
        UNPARSEABLE
    }

    /** The counts and groups of one or more logs. */
    static final class Report {

        private long lines;
        private long ignored;
        private long unparseable;
        private long answers;
        private long unanswered;
        private long helpful;
        private long notHelpful;
        private final Map<String, Group> questions = new HashMap<>();
        private final Map<String, Verdicts> verdicts = new HashMap<>();

        void read(InputStream in) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = reader.readLine()) != null; ) {
                add(line);
            }
        }

        /** Reads one line; returns what it was. */
        Kind add(String line) {
            lines++;
            Kind kind = classify(line);
            switch (kind) {
                case IGNORED -> ignored++;
                case UNPARSEABLE -> unparseable++;
                default -> {}
            }
            return kind;
        }

        private Kind classify(String line) {
            String text = line.strip();
            if (text.isEmpty()) {
                return Kind.IGNORED;
            }
            Map<String, Object> record = jsonAfterPrefix(text);
            if (record == null) {
                return PLATFORM.matcher(text).find() ? Kind.IGNORED : Kind.UNPARSEABLE;
            }
            if (!record.containsKey("event")) {
                Object message = record.get("message");
                if (message instanceof Map<?, ?> m) {
                    record = cast(m);
                } else if (message instanceof String s) {
                    if (s.indexOf('{') < 0) {
                        return Kind.IGNORED; // another logger's text in Lambda's JSON log format
                    }
                    record = jsonAfterPrefix(s.strip());
                    if (record == null) {
                        return PLATFORM.matcher(s).find() ? Kind.IGNORED : Kind.UNPARSEABLE;
                    }
                } else {
                    return Kind.IGNORED; // e.g. a Lambda platform record {"time":…,"type":"platform.report",…}
                }
            }
            Object event = record.get("event");
            if ("answer".equals(event)) {
                return answer(record);
            }
            if ("feedback".equals(event)) {
                return feedback(record);
            }
            return Kind.IGNORED;
        }

        private Kind answer(Map<String, Object> e) {
            if (!(e.get("answered") instanceof Boolean answered) || !answered && !(e.get("q") instanceof String)) {
                return Kind.UNPARSEABLE;
            }
            answers++;
            if (!answered) {
                unanswered++;
                String q = display((String) e.get("q"));
                questions.computeIfAbsent(normalise(q), k -> new Group()).add(q);
            }
            return Kind.ANSWER;
        }

        private Kind feedback(Map<String, Object> e) {
            if (!(e.get("answerId") instanceof String id)
                    || id.isBlank()
                    || !(e.get("helpful") instanceof Boolean isHelpful)
                    || e.get("q") != null && !(e.get("q") instanceof String)) {
                return Kind.UNPARSEABLE;
            }
            Verdicts v = verdicts.computeIfAbsent(id, k -> new Verdicts(id));
            if (isHelpful) {
                helpful++;
                v.helpful++;
            } else {
                notHelpful++;
                v.notHelpful++;
            }
            if (Boolean.FALSE.equals(e.get("knownAnswer"))) {
                v.unknown = true;
            }
            if (e.get("q") instanceof String q && !q.isBlank()) {
                v.questions.add(display(q));
            }
            return Kind.FEEDBACK;
        }

        void print(PrintStream out, String source, int top) {
            long feedback = helpful + notHelpful;
            out.println("Quickcite report: " + clean(source));
            out.printf(
                    Locale.ROOT,
                    "lines: %d read, %d answer events, %d feedback events, %d ignored, %d unparseable (skipped)%n",
                    lines,
                    answers,
                    feedback,
                    ignored,
                    unparseable);
            out.printf(
                    Locale.ROOT,
                    "answers: %d, answered %d, unanswered %d (%s)%n",
                    answers,
                    answers - unanswered,
                    unanswered,
                    percent(unanswered, answers));
            out.printf(
                    Locale.ROOT,
                    "feedback: %d, helpful %d, not helpful %d (%s)%n",
                    feedback,
                    helpful,
                    notHelpful,
                    percent(notHelpful, feedback));

            out.println();
            List<Map.Entry<String, Group>> groups = new ArrayList<>(questions.entrySet());
            groups.sort(Comparator.<Map.Entry<String, Group>>comparingLong(en -> -en.getValue().count)
                    .thenComparing(Map.Entry::getKey));
            out.printf(Locale.ROOT, "Top unanswered questions (%d distinct, %d events)%n", groups.size(), unanswered);
            if (groups.isEmpty()) {
                out.println("  none");
            } else {
                out.println("  rank  count  question");
                for (int i = 0; i < Math.min(top, groups.size()); i++) {
                    out.printf(
                            Locale.ROOT,
                            "  %4d  %5d  %s%n",
                            i + 1,
                            groups.get(i).getValue().count,
                            clean(groups.get(i).getValue().shown()));
                }
                more(out, groups.size(), top);
            }

            out.println();
            List<Verdicts> ranked = new ArrayList<>(verdicts.values());
            ranked.sort(Verdicts.LEAST_HELPFUL_FIRST);
            out.printf(
                    Locale.ROOT,
                    "Least helpful answers (%d answers, %d feedback events; share = not helpful / all feedback on the answer)%n",
                    ranked.size(),
                    feedback);
            if (ranked.isEmpty()) {
                out.println("  none");
            } else {
                out.println("  rank  not helpful  helpful  share  answer id");
                for (int i = 0; i < Math.min(top, ranked.size()); i++) {
                    Verdicts v = ranked.get(i);
                    out.printf(
                            Locale.ROOT,
                            "  %4d  %11d  %7d  %5s  %s%s%n",
                            i + 1,
                            v.notHelpful,
                            v.helpful,
                            percent(v.notHelpful, v.notHelpful + v.helpful),
                            clean(v.id),
                            v.unknown ? "  (unknown to the index when rated)" : "");
                    if (v.questions.count > 0) {
                        out.println(" ".repeat(37) + "asked as: " + clean(v.questions.shown()));
                    }
                }
                more(out, ranked.size(), top);
            }
        }

        private static void more(PrintStream out, int size, int top) {
            if (size > top) {
                out.printf(Locale.ROOT, "  … and %d more (--top N shows more)%n", size - top);
            }
        }
    }

    /** Occurrences of one normalised question, remembering how it was most often written. */
    static final class Group {
        private long count;
        private final Map<String, Long> forms = new LinkedHashMap<>();

        void add(String form) {
            count++;
            forms.merge(form, 1L, Long::sum);
        }

        /** The most frequent form; the first seen among equals. */
        String shown() {
            String best = null;
            long n = 0;
            for (Map.Entry<String, Long> e : forms.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }
    }

    /** The feedback on one answer. */
    static final class Verdicts {
        /** Highest not-helpful share first, then more feedback, then the answer id. */
        static final Comparator<Verdicts> LEAST_HELPFUL_FIRST = (a, b) -> {
            long ta = a.helpful + a.notHelpful;
            long tb = b.helpful + b.notHelpful;
            int share = Long.compare(b.notHelpful * ta, a.notHelpful * tb); // b/tb vs a/ta without rounding
            if (share != 0) {
                return share;
            }
            return ta != tb ? Long.compare(tb, ta) : a.id.compareTo(b.id);
        };

        final String id;
        long helpful;
        long notHelpful;
        boolean unknown;
        final Group questions = new Group();

        Verdicts(String id) {
            this.id = id;
        }
    }

    /** Grouping key: NFKC, lower case, single spaces, no trailing punctuation. */
    static String normalise(String q) {
        String s = Normalizer.normalize(q, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }

    /** A question as shown: single spaces, trimmed. */
    private static String display(String q) {
        return q.replaceAll("\\s+", " ").strip();
    }

    /** Log text is visitor text: control, bidi-override and line-separator characters are shown escaped, never sent to the terminal. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean unsafe = Character.isISOControl(c)
                    || c == 0x061C
                    || c == 0x200E
                    || c == 0x200F
                    || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069
                    || c == 0x2028
                    || c == 0x2029
                    || c >= 0xD800 && c <= 0xDFFF;
            if (unsafe) {
                b.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }

    /** The JSON object that starts at the line's first '{' and ends the line, or null. */
    private static Map<String, Object> jsonAfterPrefix(String text) {
        int brace = text.indexOf('{');
        if (brace < 0) {
            return null;
        }
        try (JsonParser p = JSON.createParser(text.substring(brace))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Object> object = object(p);
            return p.nextToken() == null ? object : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, value(p));
        }
        return map;
    }

    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            default -> throw new IOException("unexpected " + p.currentToken());
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
