package io.quickcite.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the blocks a reader finds in one page (headings, passages, table rows, curated entries, dropped parts) into
 * answer units with stable ids and section anchors. Shared by the Markdown and the HTML reader.
 */
final class PageBuilder {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");
    /** A passage that is only a URL or a file name ("https://example.org/x", "guide.Rmd"): not prose. */
    private static final Pattern LONE_LINK =
            Pattern.compile("^(?:[a-z][a-z0-9+.-]*://\\S+|[\\w.-]+\\.[A-Za-z0-9]{1,5})$");

    private final String file;
    private final Document document;
    private final Problems problems;
    private final boolean citations;
    private final List<Unit> units = new ArrayList<>();
    private final List<Dropped> dropped = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final Set<String> unitIds = new HashSet<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private String section;
    private String anchor = "";
    /** The unit made by the block just before, while nothing else came between; for lead-ins to removed code. */
    private Unit previous;

    /** Units of {@code document}; {@code [n]} markers are citations only when the document lists sources. */
    PageBuilder(String file, Document document, Problems problems) {
        this.file = file;
        this.document = document;
        this.problems = problems;
        this.citations = !document.sources().isEmpty();
        this.section = document.title();
    }

    /** A heading opens a section; {@code explicitAnchor} (may be null) is the page's own id for it. */
    void heading(String text, String explicitAnchor, int line) {
        previous = null;
        String plain = CodeSpans.release(text).strip();
        if (plain.isBlank()) {
            dropped.add(new Dropped(line, "empty heading"));
            return;
        }
        String wanted = explicitAnchor != null && !explicitAnchor.isBlank() ? explicitAnchor : Anchors.of(plain);
        String unique = wanted;
        for (int k = 1; !anchors.add(unique); k++) {
            if (explicitAnchor != null && !explicitAnchor.isBlank()) {
                problems.warning(file, line, "anchor '" + wanted + "' is used twice; links go to the first");
                break;
            }
            unique = wanted + "-" + k;
        }
        section = plain;
        anchor = unique;
    }

    /** A paragraph, list item or quote; {@code label} ("" for none) opens its first sentence as "Label: ". */
    void passage(UnitKind kind, String label, String text, int line) {
        if (label.isBlank()
                && LONE_LINK.matcher(CodeSpans.release(text).strip()).matches()) {
            dropped.add(new Dropped(line, "a bare link or file name"));
            previous = null;
            return;
        }
        List<Sentence> sentences = sentences(text);
        if (sentences.isEmpty()) {
            previous = null;
            return;
        }
        String plainLabel = CodeSpans.release(label).strip();
        if (!plainLabel.isEmpty()) {
            Sentence first = sentences.get(0);
            sentences.set(0, new Sentence(plainLabel + ": " + first.text(), first.citations()));
        }
        previous = add(kind, null, plainLabel, List.of(), sentences, line);
    }

    /**
     * A table row: each cell after its column's header ("Option: --output; Default: none"), led by its first cell; with no
     * headers, the first cell labels the rest ("fill_missing_dates(): Fills data gaps").
     */
    void tableRow(List<String> headers, List<String> cells, int line) {
        StringBuilder text = new StringBuilder();
        String label = "";
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (label.isEmpty()) {
                label = plain(cell);
            }
            String header = c < headers.size() ? headers.get(c).strip() : "";
            if (!text.isEmpty()) {
                text.append(
                        endsSentence(text)
                                ? " "
                                : header.isEmpty() && !text.toString().contains(": ") ? ": " : "; ");
            }
            text.append(header.isEmpty() || header.equals(cell) ? cell : header + ": " + cell);
        }
        List<Sentence> sentences = sentences(text.toString());
        if (sentences.isEmpty()) {
            dropped.add(new Dropped(line, "empty table row"));
            previous = null;
            return;
        }
        previous = null;
        add(UnitKind.TABLE_ROW, null, label, List.of(), sentences, line);
    }

    /** A timeline entry: its date and title make its first sentence, so an answer from it always carries its date. */
    void timelineEntry(String date, String title, String body, int line) {
        previous = null;
        String t = title.strip();
        if (!t.matches(".*[.!?]$")) {
            t = t + ".";
        }
        List<Sentence> sentences = sentences(date + " — " + t);
        sentences.addAll(sentences(body));
        add(UnitKind.TIMELINE_ENTRY, null, plain(date), List.of(), sentences, line);
    }

    /** A FAQ or quick-answer entry; {@code explicitId} may be null. */
    void curated(UnitKind kind, String explicitId, List<String> questions, String answer, int line, int answerLine) {
        previous = null;
        List<Sentence> sentences = sentences(answer);
        if (sentences.isEmpty()) {
            problems.error(file, answerLine, "empty answer to '" + questions.get(0) + "'");
            return;
        }
        String id = document.id() + ":" + (explicitId != null ? explicitId : Slugs.slug(questions.get(0)));
        if (unitIds.contains(id)) {
            problems.error(file, line, "duplicate entry id '" + id + "'");
            return;
        }
        add(kind, id, "", questions.stream().map(q -> plain(q)).toList(), sentences, line);
    }

    /**
     * Code the engine does not answer from; a sentence just before it that only announced it ("For example:", "Run:")
     * is taken out of the answers with it.
     */
    void code(int line, String what) {
        dropped.add(new Dropped(line, what));
        if (previous != null && !previous.sentences().isEmpty()) {
            List<Sentence> sentences = previous.sentences();
            Sentence last = sentences.get(sentences.size() - 1);
            if (last.text().endsWith(":")) {
                int at = units.indexOf(previous);
                dropped.add(new Dropped(previous.line(), "lead-in to code: '" + last.text() + "'"));
                if (sentences.size() == 1) {
                    units.remove(at);
                } else {
                    Unit u = previous;
                    units.set(
                            at,
                            new Unit(
                                    u.id(),
                                    u.kind(),
                                    u.documentId(),
                                    u.section(),
                                    u.anchor(),
                                    u.label(),
                                    u.questions(),
                                    sentences.subList(0, sentences.size() - 1),
                                    u.line()));
                }
            }
        }
        previous = null;
    }

    /** Something left out of the answers, for the split report. */
    void dropped(int line, String what) {
        dropped.add(new Dropped(line, what));
    }

    List<Unit> units() {
        return List.copyOf(units);
    }

    List<Dropped> droppedParts() {
        return List.copyOf(dropped);
    }

    private Unit add(
            UnitKind kind, String id, String label, List<String> questions, List<Sentence> sentences, int line) {
        if (id == null) {
            String key = anchor.isEmpty() ? "top" : anchor;
            int n = ordinals.merge(key, 1, Integer::sum);
            id = document.id() + ":" + key + ":" + n;
        }
        unitIds.add(id);
        Unit unit = new Unit(id, kind, document.id(), section, anchor, label, questions, sentences, line);
        units.add(unit);
        if (citations) {
            for (Sentence s : sentences) {
                for (int n : s.citations()) {
                    if (document.source(n) == null) {
                        problems.error(file, line, "citation [" + n + "] has no source " + n + " in the front matter");
                    }
                }
            }
        }
        return unit;
    }

    /** Sentences of {@code text}, markers read as citations only where the document has sources. */
    private List<Sentence> sentences(String text) {
        String normal = text.replaceAll("\\s+", " ").strip();
        List<Sentence> split =
                citations ? SentenceSplitter.split(normal) : SentenceSplitter.splitWithoutMarkers(normal);
        List<Sentence> out = new ArrayList<>(split.size());
        for (Sentence s : split) {
            out.add(new Sentence(CodeSpans.release(s.text()), s.citations()));
        }
        return out;
    }

    /** Plain text of a cell or label: whitespace collapsed, citation markers out, code given back. */
    private String plain(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (citations) {
            t = MARKER.matcher(t).replaceAll("").strip();
        }
        return CodeSpans.release(t);
    }

    /** True when the text ends a sentence (before any citation markers and closing quotes). */
    private static boolean endsSentence(CharSequence text) {
        String t = MARKER.matcher(text).replaceAll("").stripTrailing();
        t = t.replaceAll("[\"”’')]+$", "");
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
