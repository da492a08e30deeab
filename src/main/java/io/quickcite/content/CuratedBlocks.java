package io.quickcite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Quickcite's own blocks ({@code ::: faq}, {@code ::: quick-answer}, {@code ::: timeline}, see content/README.md). */
final class CuratedBlocks {

    private static final Pattern TIMELINE_ENTRY = Pattern.compile("^[-*]\\s+\\*\\*([^*]+)\\*\\*\\s*[—–-]+\\s*(.+)$");
    private static final Pattern QUESTION_ID = Pattern.compile("^\\{#([a-z0-9-]+)}\\s*(.*)$");

    private final String file;
    private final PageBuilder page;
    private final Problems problems;
    /** Plain text of an inline Markdown snippet. */
    private final UnaryOperator<String> inline;

    CuratedBlocks(String file, PageBuilder page, Problems problems, UnaryOperator<String> inline) {
        this.file = file;
        this.page = page;
        this.problems = problems;
        this.inline = inline;
    }

    /** Reads a block of {@code kind} whose lines start on file line {@code firstLine}. */
    void read(String kind, List<String> lines, int firstLine) {
        switch (kind) {
            case "timeline" -> timeline(lines, firstLine);
            case "faq" -> curated(UnitKind.FAQ, lines, firstLine);
            default -> curated(UnitKind.QUICK_ANSWER, lines, firstLine);
        }
    }

    private void timeline(List<String> lines, int firstLine) {
        int i = 0;
        while (i < lines.size()) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            Matcher m = TIMELINE_ENTRY.matcher(t);
            if (!m.matches()) {
                problems.error(file, firstLine + i, "a timeline entry starts with '- **DATE** — Event title'");
                i++;
                continue;
            }
            int start = i;
            StringBuilder body = new StringBuilder();
            i++;
            while (i < lines.size()
                    && !lines.get(i).isBlank()
                    && Character.isWhitespace(lines.get(i).charAt(0))) {
                body.append(' ').append(lines.get(i).strip());
                i++;
            }
            page.timelineEntry(
                    inline.apply(m.group(1)),
                    inline.apply(m.group(2)),
                    inline.apply(body.toString()),
                    firstLine + start);
        }
    }

    private void curated(UnitKind kind, List<String> lines, int firstLine) {
        int i = 0;
        while (i < lines.size()) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            if (!t.startsWith("Q:")) {
                problems.error(file, firstLine + i, "expected 'Q: question' in '::: " + kind.apiName() + "' block");
                i++;
                continue;
            }
            int start = i;
            List<String> questions = new ArrayList<>();
            String explicitId = null;
            while (i < lines.size() && lines.get(i).strip().startsWith("Q:")) {
                String q = lines.get(i).strip().substring(2).strip();
                Matcher idm = QUESTION_ID.matcher(q);
                if (idm.matches()) {
                    explicitId = idm.group(1);
                    q = idm.group(2);
                }
                if (q.isBlank()) {
                    problems.error(file, firstLine + i, "empty question");
                } else {
                    questions.add(inline.apply(q));
                }
                i++;
            }
            if (i >= lines.size() || !lines.get(i).strip().startsWith("A:")) {
                if (!questions.isEmpty()) {
                    problems.error(file, firstLine + start, "question '" + questions.get(0) + "' has no 'A:' answer");
                }
                continue;
            }
            int answerLine = i;
            StringBuilder answer = new StringBuilder(lines.get(i).strip().substring(2));
            i++;
            while (i < lines.size()
                    && !lines.get(i).isBlank()
                    && !lines.get(i).strip().startsWith("Q:")) {
                answer.append(' ').append(lines.get(i).strip());
                i++;
            }
            if (!questions.isEmpty()) {
                page.curated(
                        kind,
                        explicitId,
                        questions,
                        inline.apply(answer.toString()),
                        firstLine + start,
                        firstLine + answerLine);
            }
        }
    }
}
