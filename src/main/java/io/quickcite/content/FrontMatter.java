package io.quickcite.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the small YAML subset of a content file's front matter (see content/README.md): {@code key: value}
 * lines and a {@code sources:} list. Every error names the file and line.
 */
final class FrontMatter {

    private static final Set<String> KEYS = Set.of("id", "title", "publisher", "url", "published", "summary", "sources");
    private static final Set<String> SOURCE_KEYS = Set.of("n", "title", "publisher", "url");

    private FrontMatter() {
    }

    /** Parses lines [from, to) of {@code lines} (1-based line numbers are index + 1) into a document. */
    static Document parse(String file, List<String> lines, int from, int to) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        boolean inSources = false;
        Map<String, String> source = null;
        Map<String, Integer> sourceLines = null;
        for (int i = from; i < to; i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            String trimmed = line.trim();
            if (!indented) {
                if (source != null) {
                    sources.add(toSource(file, source, sourceLines));
                    source = null;
                }
                inSources = false;
                String[] kv = keyValue(file, lineNo, trimmed);
                if (!KEYS.contains(kv[0])) {
                    throw new ContentException(file, lineNo, "unknown front-matter key '" + kv[0] + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
                if (values.containsKey(kv[0])) {
                    throw new ContentException(file, lineNo, "front-matter key '" + kv[0] + "' appears twice");
                }
                if (kv[0].equals("sources")) {
                    if (!kv[1].isEmpty()) {
                        throw new ContentException(file, lineNo, "'sources:' takes a list of '- n:' entries on the following lines");
                    }
                    inSources = true;
                    values.put("sources", "");
                } else {
                    values.put(kv[0], kv[1]);
                }
                lineOf.put(kv[0], lineNo);
                continue;
            }
            if (!inSources) {
                throw new ContentException(file, lineNo, "unexpected indented line in front matter");
            }
            if (trimmed.startsWith("- ")) {
                if (source != null) {
                    sources.add(toSource(file, source, sourceLines));
                }
                source = new LinkedHashMap<>();
                sourceLines = new LinkedHashMap<>();
                trimmed = trimmed.substring(2).trim();
                sourceLines.put("-", lineNo);
            } else if (source == null) {
                throw new ContentException(file, lineNo, "a source must start with '- n: NUMBER'");
            }
            String[] kv = keyValue(file, lineNo, trimmed);
            if (!SOURCE_KEYS.contains(kv[0])) {
                throw new ContentException(file, lineNo, "unknown source key '" + kv[0] + "' (known: n, publisher, title, url)");
            }
            if (source.containsKey(kv[0])) {
                throw new ContentException(file, lineNo, "source key '" + kv[0] + "' appears twice");
            }
            source.put(kv[0], kv[1]);
            sourceLines.put(kv[0], lineNo);
        }
        if (source != null) {
            sources.add(toSource(file, source, sourceLines));
        }
        int endLine = to + 1;
        for (String required : List.of("id", "title", "url")) {
            if (values.getOrDefault(required, "").isBlank()) {
                throw new ContentException(file, lineOf.getOrDefault(required, endLine), "missing " + required + " in front matter");
            }
        }
        String id = values.get("id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new ContentException(file, lineOf.get("id"), "id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String url = values.get("url");
        if (!Urls.isPagePath(url) && !Urls.isHttp(url)) {
            throw new ContentException(file, lineOf.get("url"), "url '" + url + "' must be a site path starting with '/' or an http(s) URL");
        }
        String published = values.get("published");
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new ContentException(file, lineOf.get("published"), "published '" + published + "' is not a date like 2026-03-18");
            }
        }
        Set<Integer> numbers = new java.util.HashSet<>();
        for (Source s : sources) {
            if (!numbers.add(s.n())) {
                throw new ContentException(file, lineOf.get("sources"), "source " + s.n() + " is listed twice");
            }
        }
        sources.sort(java.util.Comparator.comparingInt(Source::n));
        return new Document(id, values.get("title"), values.get("publisher"), url, published, values.get("summary"),
            sources, file);
    }

    private static Source toSource(String file, Map<String, String> s, Map<String, Integer> lines) {
        String n = s.get("n");
        if (n == null) {
            throw new ContentException(file, lines.get("-"), "a source needs 'n: NUMBER'");
        }
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 9999) {
            throw new ContentException(file, lines.get("n"), "source number '" + n + "' must be a whole number from 1");
        }
        String url = s.get("url");
        if (url != null && !Urls.isHttp(url)) {
            throw new ContentException(file, lines.get("url"), "source " + number + " url '" + url + "' is not an http(s) URL");
        }
        String title = s.get("title");
        if (title != null && title.isBlank()) {
            throw new ContentException(file, lines.get("title"), "source " + number + " has an empty title: leave the key out instead");
        }
        return new Source(number, title, s.get("publisher"), url);
    }

    private static String[] keyValue(String file, int lineNo, String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new ContentException(file, lineNo, "expected 'key: value'");
        }
        String key = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
        } else if (value.startsWith("\"")) {
            throw new ContentException(file, lineNo, "unclosed quote");
        }
        return new String[] {key, value};
    }

    /** Drops an unquoted " #" comment and whole-line comments. */
    private static String stripComment(String line) {
        if (line.trim().startsWith("#")) {
            return "";
        }
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == '#' && !quoted && i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }
}
