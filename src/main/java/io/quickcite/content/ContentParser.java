package io.quickcite.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one content file (front matter and Markdown body, see content/README.md) into a document and its units. */
public final class ContentParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,4})\\s+(.*?)\\s*(?:\\{#([A-Za-z0-9_-]+)})?\\s*$");
    private static final Pattern BLOCK_OPEN = Pattern.compile("^:::\\s*([a-z-]+)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*]|\\d{1,3}\\.)\\s+(.*)$");
    private static final Pattern LABEL = Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s*:\\s*(.*)$|^\\*\\*([^*]+?):\\*\\*\\s*(.*)$");
    private static final Pattern TIMELINE_ENTRY = Pattern.compile("^[-*]\\s+\\*\\*([^*]+)\\*\\*\\s*[—–-]+\\s*(.+)$");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)\\)");
    private static final Pattern QUESTION_ID = Pattern.compile("^\\{#([a-z0-9-]+)}\\s*(.*)$");

    private final String file;
    private final List<String> lines;
    private Document document;
    private final List<Unit> units = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final Set<String> unitIds = new HashSet<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private String section;
    private String anchor = "";

    private ContentParser(String file, String text) {
        this.file = file;
        this.lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Parses {@code text}, the content of {@code file}; throws {@link ContentException} on broken content. */
    public static ParsedDocument parse(String file, String text) {
        ContentParser parser = new ContentParser(file, text);
        parser.run();
        return new ParsedDocument(parser.document, List.copyOf(parser.units));
    }

    /** A parsed file. */
    public record ParsedDocument(Document document, List<Unit> units) {
    }

    private void run() {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new ContentException(file, 1, "a content file starts with '---' and front matter");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ContentException(file, 1, "front matter is not closed with '---'");
        }
        document = FrontMatter.parse(file, lines, 1, end);
        section = document.title();
        body(end + 1);
        if (units.isEmpty()) {
            throw new ContentException(file, end + 1, "the document has no content");
        }
    }

    private void body(int from) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("<!--")) {
                i = trimmed.startsWith("<!--") ? skipComment(i) : i + 1;
                continue;
            }
            Matcher heading = HEADING.matcher(trimmed);
            Matcher block = BLOCK_OPEN.matcher(trimmed);
            if (heading.matches()) {
                heading(i, heading);
                i++;
            } else if (block.matches()) {
                i = block(i, block.group(1));
            } else if (trimmed.equals(":::")) {
                throw new ContentException(file, i + 1, "':::' closes no block");
            } else if (trimmed.startsWith("|")) {
                i = table(i);
            } else if (LIST_ITEM.matcher(trimmed).matches() && !Character.isWhitespace(line.charAt(0))) {
                i = listItem(i);
            } else {
                i = paragraph(i);
            }
        }
    }

    private int skipComment(int i) {
        for (int j = i; j < lines.size(); j++) {
            if (lines.get(j).contains("-->")) {
                return j + 1;
            }
        }
        throw new ContentException(file, i + 1, "unclosed <!-- comment");
    }

    private void heading(int i, Matcher m) {
        String text = inline(m.group(2), i);
        if (text.isBlank()) {
            throw new ContentException(file, i + 1, "empty heading");
        }
        String wanted = m.group(3) != null ? m.group(3) : Slugs.slug(text);
        String unique = wanted;
        for (int k = 2; !anchors.add(unique); k++) {
            if (m.group(3) != null) {
                throw new ContentException(file, i + 1, "anchor '" + wanted + "' is used twice");
            }
            unique = wanted + "-" + k;
        }
        section = text;
        anchor = unique;
    }

    private int paragraph(int i) {
        int start = i;
        StringBuilder text = new StringBuilder();
        while (i < lines.size()) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || (i > start && (HEADING.matcher(t).matches() || t.startsWith(":::") || t.startsWith("|")
                || LIST_ITEM.matcher(t).matches()))) {
                break;
            }
            text.append(' ').append(t);
            i++;
        }
        passage(UnitKind.PARAGRAPH, "", inline(text.toString(), start), start, i);
        return i;
    }

    private int listItem(int i) {
        int start = i;
        Matcher item = LIST_ITEM.matcher(lines.get(i).strip());
        item.matches();
        StringBuilder text = new StringBuilder(item.group(1));
        i++;
        while (i < lines.size() && !lines.get(i).isBlank() && Character.isWhitespace(lines.get(i).charAt(0))) {
            text.append(' ').append(lines.get(i).strip());
            i++;
        }
        String body = text.toString().strip();
        String label = "";
        Matcher l = LABEL.matcher(body);
        if (l.matches()) {
            label = l.group(1) != null ? l.group(1).strip() : l.group(3).strip();
            body = l.group(1) != null ? l.group(2) : l.group(4);
        }
        passage(UnitKind.LIST_ITEM, label, inline(body, start), start, i);
        return i;
    }

    private int table(int i) {
        int start = i;
        List<Integer> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
            rows.add(i);
            i++;
        }
        if (rows.size() < 2 || !lines.get(rows.get(1)).strip().matches("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?")) {
            throw new ContentException(file, start + 1, "a table needs a header row and a '|---|' separator row");
        }
        int columns = cells(rows.get(0)).size();
        for (int r = 2; r < rows.size(); r++) {
            int lineIndex = rows.get(r);
            List<String> cells = cells(lineIndex);
            if (cells.size() != columns) {
                throw new ContentException(file, lineIndex + 1, "table row has " + cells.size() + " cells, the header has " + columns);
            }
            String label = inline(cells.get(0), lineIndex);
            if (label.isBlank() || cells.size() < 2) {
                throw new ContentException(file, lineIndex + 1, "a table row needs a first cell and at least one more");
            }
            List<Sentence> sentences = new ArrayList<>();
            for (int c = 1; c < cells.size(); c++) {
                List<Sentence> split = SentenceSplitter.split(inline(cells.get(c), lineIndex));
                if (c == 1 && !split.isEmpty()) {
                    Sentence first = split.get(0);
                    split.set(0, new Sentence(label + ": " + first.text(), first.citations()));
                }
                sentences.addAll(split);
            }
            checkCitations(lineIndex, lineIndex + 1);
            addUnit(UnitKind.TABLE_ROW, null, label, List.of(), sentences, lineIndex);
        }
        return i;
    }

    private List<String> cells(int lineIndex) {
        String row = lines.get(lineIndex).strip();
        row = row.substring(1);
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|").strip());
        }
        return cells;
    }

    private int block(int open, String kind) {
        int close = -1;
        for (int j = open + 1; j < lines.size(); j++) {
            String t = lines.get(j).strip();
            if (t.equals(":::")) {
                close = j;
                break;
            }
            if (BLOCK_OPEN.matcher(t).matches()) {
                break;
            }
        }
        if (close < 0) {
            throw new ContentException(file, open + 1, "'::: " + kind + "' block is not closed with ':::'");
        }
        switch (kind) {
            case "timeline" -> timeline(open + 1, close);
            case "faq" -> curated(UnitKind.FAQ, open + 1, close);
            case "quick-answer" -> curated(UnitKind.QUICK_ANSWER, open + 1, close);
            default -> throw new ContentException(file, open + 1, "unknown block '::: " + kind + "' (known: faq, quick-answer, timeline)");
        }
        return close + 1;
    }

    private void timeline(int from, int to) {
        int i = from;
        while (i < to) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            Matcher m = TIMELINE_ENTRY.matcher(t);
            if (!m.matches()) {
                throw new ContentException(file, i + 1, "a timeline entry starts with '- **DATE** — Event title'");
            }
            int start = i;
            StringBuilder body = new StringBuilder();
            i++;
            while (i < to && !lines.get(i).isBlank() && Character.isWhitespace(lines.get(i).charAt(0))) {
                body.append(' ').append(lines.get(i).strip());
                i++;
            }
            String date = inline(m.group(1), start).strip();
            String title = inline(m.group(2), start).strip();
            if (!title.matches(".*[.!?]$")) {
                title = title + ".";
            }
            List<Sentence> sentences = new ArrayList<>(SentenceSplitter.split(date + " — " + title));
            sentences.addAll(SentenceSplitter.split(inline(body.toString(), start)));
            checkCitations(start, i);
            addUnit(UnitKind.TIMELINE_ENTRY, null, date, List.of(), sentences, start);
        }
    }

    private void curated(UnitKind kind, int from, int to) {
        int i = from;
        while (i < to) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            if (!t.startsWith("Q:")) {
                throw new ContentException(file, i + 1, "expected 'Q: question' in '::: " + kind.apiName() + "' block");
            }
            int start = i;
            List<String> questions = new ArrayList<>();
            String explicitId = null;
            while (i < to && lines.get(i).strip().startsWith("Q:")) {
                String q = lines.get(i).strip().substring(2).strip();
                Matcher idm = QUESTION_ID.matcher(q);
                if (idm.matches()) {
                    explicitId = idm.group(1);
                    q = idm.group(2);
                }
                if (q.isBlank()) {
                    throw new ContentException(file, i + 1, "empty question");
                }
                questions.add(inline(q, i));
                i++;
            }
            if (i >= to || !lines.get(i).strip().startsWith("A:")) {
                throw new ContentException(file, start + 1, "question '" + questions.get(0) + "' has no 'A:' answer");
            }
            int answerLine = i;
            StringBuilder answer = new StringBuilder(lines.get(i).strip().substring(2));
            i++;
            while (i < to && !lines.get(i).isBlank() && !lines.get(i).strip().startsWith("Q:")) {
                answer.append(' ').append(lines.get(i).strip());
                i++;
            }
            List<Sentence> sentences = SentenceSplitter.split(inline(answer.toString(), answerLine));
            if (sentences.isEmpty()) {
                throw new ContentException(file, answerLine + 1, "empty answer to '" + questions.get(0) + "'");
            }
            checkCitations(start, i);
            String id = document.id() + ":" + (explicitId != null ? explicitId : Slugs.slug(questions.get(0)));
            if (unitIds.contains(id)) {
                throw new ContentException(file, start + 1, "duplicate entry id '" + id + "'");
            }
            addUnit(kind, id, "", questions, sentences, start);
        }
    }

    private void passage(UnitKind kind, String label, String text, int start, int end) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        if (sentences.isEmpty()) {
            throw new ContentException(file, start + 1, "empty passage");
        }
        if (!label.isEmpty()) {
            Sentence first = sentences.get(0);
            sentences = new ArrayList<>(sentences);
            sentences.set(0, new Sentence(label + ": " + first.text(), first.citations()));
        }
        checkCitations(start, end);
        addUnit(kind, null, label, List.of(), sentences, start);
    }

    private void addUnit(UnitKind kind, String id, String label, List<String> questions, List<Sentence> sentences, int start) {
        if (id == null) {
            String key = anchor.isEmpty() ? "top" : anchor;
            int n = ordinals.merge(key, 1, Integer::sum);
            id = document.id() + ":" + key + ":" + n;
        }
        unitIds.add(id);
        units.add(new Unit(id, kind, document.id(), section, anchor, label, questions, sentences, start + 1));
    }

    /** Every [n] on lines [from, to) must have a source n. */
    private void checkCitations(int from, int to) {
        for (int i = from; i < to; i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (document.source(n) == null) {
                    throw new ContentException(file, i + 1, "citation [" + n + "] has no source " + n + " in the front matter");
                }
            }
        }
    }

    /** Plain text of inline Markdown: emphasis and code marks dropped, links reduced to their text (after checking their URL). */
    private String inline(String text, int lineIndex) {
        Matcher link = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String url = link.group(2);
            if (!Urls.isHttp(url) && !Urls.isPagePath(url) && !url.startsWith("#")) {
                throw new ContentException(file, lineIndex + 1, "link '" + url + "' is not an http(s) URL or a site path");
            }
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(1)));
        }
        link.appendTail(out);
        return out.toString().replace("**", "").replace("`", "").replaceAll("\\s+", " ").strip();
    }
}
