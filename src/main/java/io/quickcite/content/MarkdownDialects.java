package io.quickcite.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what site generators add to Markdown into plain CommonMark before it is parsed, keeping every line where it
 * was so that problems still name the right line: Hugo shortcodes and Jekyll/Liquid tags are removed (a shortcode
 * that highlights code becomes a code fence), admonitions ({@code :::note}, {@code !!! note}) keep their text, MDX
 * imports go, and Quickcite's own {@code ::: faq}, {@code ::: quick-answer} and {@code ::: timeline} blocks become
 * fenced blocks tagged {@code quickcite:KIND} for the reader. Code fences are left exactly as they are.
 */
final class MarkdownDialects {

    /** The info string prefix of a Quickcite block after preparation. */
    static final String BLOCK_INFO = "quickcite:";

    static final Set<String> BLOCKS = Set.of("faq", "quick-answer", "timeline");
    private static final String BLOCK_FENCE = "~~~~~~~~~~";
    private static final Set<String> ADMONITIONS = Set.of(
            "note",
            "tip",
            "info",
            "caution",
            "warning",
            "danger",
            "important",
            "success",
            "details",
            "secondary",
            "abstract",
            "summary",
            "question",
            "failure",
            "bug",
            "example",
            "quote",
            "attention",
            "hint",
            "error",
            "seealso",
            "todo");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
    private static final Pattern COLON_BLOCK = Pattern.compile("^:::+\\s*([A-Za-z][A-Za-z0-9_-]*)(.*)$");
    private static final Pattern COLON_CLOSE = Pattern.compile("^:::+\\s*$");
    private static final Pattern MKDOCS_ADMONITION = Pattern.compile("^(!!!|\\?\\?\\?\\+?)\\s+[A-Za-z].*$");
    /**
     * A shortcode or tag alone on its line that wraps code: Hugo's highlight, a raw-content {{< … lang="…" >}} (not
     * {{% %}}, whose content is Markdown), Jekyll's highlight.
     */
    private static final Pattern CODE_OPEN = Pattern.compile(
            "^\\{\\{[<%]\\s*(highlight)\\s+\"?([\\w+#-]+)\"?.*?[>%]}}$|^\\{\\{<\\s*([\\w-]+)\\b[^}]*?\\blang(?:uage)?=\"([\\w+#-]*)\"[^}]*?>}}$"
                    + "|^\\{%-?\\s*(highlight)\\s+([\\w+#-]+).*?-?%}$");

    private static final Pattern TAG =
            Pattern.compile("\\{\\{<.*?>}}|\\{\\{%.*?%}}|\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<.*?>}}|\\{\\{%.*?%}}", Pattern.DOTALL);
    private static final Pattern ESCAPED = Pattern.compile("(?s)\\{\\{(?:</\\*.*\\*/>|%/\\*.*\\*/%)}}");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("(?m)^(\\s*)\\[\\^[^\\]\\s]+]:[ \\t]?");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]+](?!:)");
    private static final Pattern TAG_NAME = Pattern.compile("^\\{[{%][<%]?-?\\s*/?\\*?\\s*/?([\\w./-]+)");

    private MarkdownDialects() {}

    /** The CommonMark text for {@code text} (same number of lines); what was removed is added to {@code dropped}. */
    static String prepare(String file, String text, boolean mdx, List<Dropped> dropped, Problems problems) {
        String[] lines = text.split("\n", -1);
        boolean[] code = new boolean[lines.length];
        String fence = null;
        String codeClose = null;
        Deque<String> admonitions = new ArrayDeque<>();
        boolean mkdocs = false;
        boolean imports = mdx;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (fence != null || codeClose != null) {
                code[i] = true;
                if (codeClose != null && closing(codeClose).matcher(trimmed).matches()) {
                    lines[i] = "```";
                    codeClose = null;
                } else if (fence != null && closes(trimmed, fence)) {
                    fence = null;
                }
                continue;
            }
            if (mkdocs) {
                if (line.startsWith("    ") || line.startsWith("\t")) {
                    lines[i] = line.startsWith("\t") ? line.substring(1) : line.substring(4);
                    line = lines[i];
                    trimmed = line.strip();
                } else if (!trimmed.isEmpty()) {
                    mkdocs = false;
                }
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                code[i] = true;
                continue;
            }
            Matcher codeOpen = CODE_OPEN.matcher(trimmed);
            if (codeOpen.matches() && !fencedNext(lines, i)) {
                String close = codeOpen.group(1) != null
                        ? "highlight"
                        : codeOpen.group(3) != null ? codeOpen.group(3) : "endhighlight";
                if (closedLater(lines, i, close)) {
                    String lang = codeOpen.group(2) != null
                            ? codeOpen.group(2)
                            : codeOpen.group(4) != null ? codeOpen.group(4) : codeOpen.group(6);
                    codeClose = close;
                    lines[i] = "```" + lang;
                    code[i] = true;
                    continue;
                }
            }
            if (imports && (trimmed.startsWith("import ") || trimmed.startsWith("export "))) {
                dropped.add(new Dropped(i + 1, "MDX " + trimmed.substring(0, trimmed.indexOf(' '))));
                lines[i] = "";
                continue;
            }
            if (!trimmed.isEmpty()) {
                imports = false;
            }
            Matcher block = COLON_BLOCK.matcher(trimmed);
            if (block.matches() && !line.startsWith("    ")) {
                String kind = block.group(1).toLowerCase(java.util.Locale.ROOT);
                if (BLOCKS.contains(kind)) {
                    int close = closeOf(lines, i);
                    if (close < 0) {
                        problems.error(file, i + 1, "'::: " + kind + "' block is not closed with ':::'");
                        for (int j = i; j < lines.length; j++) {
                            lines[j] = "";
                        }
                        break;
                    }
                    lines[i] = BLOCK_FENCE + " " + BLOCK_INFO + kind;
                    lines[close] = BLOCK_FENCE;
                    for (int j = i; j <= close; j++) {
                        code[j] = true;
                    }
                    i = close;
                    continue;
                }
                if (!ADMONITIONS.contains(kind)) {
                    problems.warning(
                            file,
                            i + 1,
                            "unknown block '::: " + kind
                                    + "' read as plain Markdown (Quickcite's own: faq, quick-answer, timeline)");
                }
                admonitions.push(kind);
                dropped.add(new Dropped(i + 1, "admonition marker ':::" + kind + "' (its text is kept)"));
                lines[i] = "";
                continue;
            }
            if (COLON_CLOSE.matcher(trimmed).matches() && !line.startsWith("    ")) {
                if (admonitions.isEmpty()) {
                    problems.warning(file, i + 1, "':::' closes no block; ignored");
                } else {
                    admonitions.pop();
                }
                lines[i] = "";
                continue;
            }
            if (MKDOCS_ADMONITION.matcher(line).matches()) {
                dropped.add(
                        new Dropped(i + 1, "admonition marker '" + trimmed.split("\\s+")[0] + "' (its text is kept)"));
                lines[i] = "";
                mkdocs = true;
            }
        }
        return removeTags(lines, code, dropped);
    }

    /** Removes template tags outside code, keeping the lines they spanned. */
    private static String removeTags(String[] lines, boolean[] code, List<Dropped> dropped) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            if (code[i]) {
                out.append(lines[i]);
                i++;
            } else {
                int start = i;
                StringBuilder region = new StringBuilder();
                while (i < lines.length && !code[i]) {
                    if (i > start) {
                        region.append('\n');
                    }
                    region.append(lines[i]);
                    i++;
                }
                out.append(removeTags(region.toString(), start + 1, dropped));
            }
            if (i < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Removes the template tags of a region outside code fences; inline code spans keep theirs, a comment tag its body too. */
    private static String removeTags(String region, int firstLine, List<Dropped> dropped) {
        region = footnotes(region);
        if (region.indexOf('{') < 0) {
            return region;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(region);
        int at = 0;
        String comment = null;
        while (at < region.length()) {
            int tick = region.indexOf('`', at);
            int tag = m.find(at) ? m.start() : -1;
            if (tick >= 0 && (tag < 0 || tick < tag) && comment == null) {
                int run = tick;
                while (run < region.length() && region.charAt(run) == '`') {
                    run++;
                }
                String ticks = region.substring(tick, run);
                int close = closingTicks(region, run, ticks);
                int end = close < 0 ? run : close + ticks.length();
                out.append(region, at, tick).append(hugoInCode(region.substring(tick, end)));
                at = end;
                continue;
            }
            if (tag < 0) {
                if (comment == null) {
                    out.append(region.substring(at));
                } else {
                    out.append(newlines(region.substring(at)));
                }
                break;
            }
            String text = m.group();
            String between = region.substring(at, tag);
            if (ESCAPED.matcher(text).matches()) {
                out.append(comment == null ? between + unescape(text) : newlines(between + text));
                at = m.end();
                continue;
            }
            out.append(comment == null ? between : newlines(between));
            int line = firstLine
                    + (int) region.substring(0, tag)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            Matcher name = TAG_NAME.matcher(text);
            String tagName = name.find() ? name.group(1) : text.substring(0, Math.min(text.length(), 20));
            boolean closing = text.matches("(?s)^\\{[{%][<%]?-?\\s*/.*") || tagName.equals("endcomment");
            if (comment == null && tagName.equals("comment") && !closing) {
                comment = tagName;
                dropped.add(new Dropped(line, "template comment (its text too)"));
            } else if (comment != null && (closing && tagName.equals("comment") || tagName.equals("endcomment"))) {
                comment = null;
            } else if (comment == null) {
                dropped.add(new Dropped(line, "template tag " + tagName));
            }
            out.append(newlines(text));
            at = m.end();
        }
        return out.toString();
    }

    /** Inline code as Hugo renders it: its shortcodes run (so they go), escaped ones show as the shortcode they escape. */
    private static String hugoInCode(String code) {
        Matcher m = SHORTCODE.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(ESCAPED.matcher(m.group()).matches() ? unescape(m.group()) : ""));
        }
        String result = m.appendTail(out).toString();
        return result.replace("`", "").isBlank() ? "" : result;
    }

    /** An escaped shortcode (opened by a comment start inside the braces) as Hugo shows it: the plain shortcode. */
    private static String unescape(String tag) {
        return tag.replace("{{</*", "{{<")
                .replace("*/>}}", ">}}")
                .replace("{{%/*", "{{%")
                .replace("*/%}}", "%}}");
    }

    /**
     * Footnotes (GitHub, Hugo, MkDocs): a reference "[^note]" goes, a definition "[^note]: text" keeps its text (the
     * CommonMark parser here has no footnote extension).
     */
    private static String footnotes(String region) {
        if (!region.contains("[^")) {
            return region;
        }
        return FOOTNOTE_REFERENCE
                .matcher(FOOTNOTE_DEFINITION.matcher(region).replaceAll("$1"))
                .replaceAll("");
    }

    /** Only the line breaks of {@code text}, so that what follows keeps its line. */
    private static String newlines(String text) {
        return "\n".repeat((int) text.chars().filter(c -> c == '\n').count());
    }

    /** Where the code span opened by {@code ticks} before {@code from} closes (a run of exactly as many backticks), or -1. */
    private static int closingTicks(String region, int from, String ticks) {
        int i = region.indexOf(ticks, from);
        while (i >= 0) {
            int end = i + ticks.length();
            if ((i == 0 || region.charAt(i - 1) != '`') && (end >= region.length() || region.charAt(end) != '`')) {
                return i;
            }
            while (end < region.length() && region.charAt(end) == '`') {
                end++;
            }
            i = region.indexOf(ticks, end);
        }
        return -1;
    }

    /** The tag that closes a code shortcode or tag ({{< /highlight >}}, {% endhighlight %}) at the start of a line. */
    private static Pattern closing(String name) {
        return Pattern.compile("^\\{[{%][<%]?-?\\s*" + (name.startsWith("end") ? "" : "/\\s*") + Pattern.quote(name)
                + "\\s*-?[>%]}?}.*$");
    }

    /** True when a line after {@code i} closes the code shortcode {@code name}: one with no closing tag wraps nothing. */
    private static boolean closedLater(String[] lines, int i, String name) {
        Pattern close = closing(name);
        for (int j = i + 1; j < lines.length; j++) {
            if (close.matcher(lines[j].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when the next non-blank line after {@code i} opens a code fence of its own. */
    private static boolean fencedNext(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return FENCE.matcher(lines[j]).matches();
            }
        }
        return false;
    }

    private static boolean closes(String trimmed, String fence) {
        return trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The line of the ':::' that closes the block opened on line {@code open}, or -1 (another block opening first). */
    private static int closeOf(String[] lines, int open) {
        for (int j = open + 1; j < lines.length; j++) {
            String t = lines[j].strip();
            if (COLON_CLOSE.matcher(t).matches()) {
                return j;
            }
            if (COLON_BLOCK.matcher(t).matches()) {
                return -1;
            }
        }
        return -1;
    }
}
