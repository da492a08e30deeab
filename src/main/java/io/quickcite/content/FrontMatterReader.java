package io.quickcite.content;

import com.electronwill.nightconfig.core.UnmodifiableConfig;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a Markdown file's front matter: YAML between {@code ---} lines (snakeyaml), keeping the line of every top-level
 * key and of every entry of a list so that problems can name them, or Hugo's TOML between {@code +++} lines.
 */
final class FrontMatterReader {

    /** The front matter of a file: its values, the line of each key, and the line where the body starts (1-based). */
    record FrontMatter(
            Map<String, Object> values,
            Map<String, Integer> lines,
            Map<String, List<Integer>> itemLines,
            int bodyLine,
            int endLine) {

        static FrontMatter none() {
            return new FrontMatter(Map.of(), Map.of(), Map.of(), 1, 1);
        }
    }

    private static final java.util.regex.Pattern TOML_KEY =
            java.util.regex.Pattern.compile("^\\s*\"?([A-Za-z0-9_:.-]+)\"?\\s*=");

    private FrontMatterReader() {}

    /**
     * The front matter at the start of {@code lines}, or none when the file opens with neither {@code ---} nor
     * {@code +++}; broken YAML or TOML is reported and read as none.
     */
    static FrontMatter read(String file, List<String> lines, Problems problems) {
        if (lines.isEmpty()) {
            return FrontMatter.none();
        }
        String first = lines.get(0).strip();
        if (first.equals("+++")) {
            int end = closing(lines, "+++");
            if (end < 0) {
                problems.error(file, 1, "front matter is not closed with '+++'");
                return new FrontMatter(Map.of(), Map.of(), Map.of(), lines.size() + 1, lines.size());
            }
            return toml(file, lines, end, problems);
        }
        if (!first.equals("---")) {
            return FrontMatter.none();
        }
        int end = closing(lines, "---");
        if (end < 0) {
            problems.error(file, 1, "front matter is not closed with '---'");
            return new FrontMatter(Map.of(), Map.of(), Map.of(), lines.size() + 1, lines.size());
        }
        String yaml = String.join("\n", lines.subList(1, end));
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        try {
            Node root = parser.compose(new java.io.StringReader(yaml));
            Object loaded = parser.load(yaml);
            if (loaded == null) {
                return new FrontMatter(Map.of(), Map.of(), Map.of(), end + 2, end + 1);
            }
            if (!(loaded instanceof Map<?, ?> map) || !(root instanceof MappingNode mapping)) {
                problems.error(file, 2, "front matter must be 'key: value' lines");
                return new FrontMatter(Map.of(), Map.of(), Map.of(), end + 2, end + 1);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            Map<String, List<Integer>> itemLines = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    keyLines.put(key.getValue(), line(key.getStartMark()));
                    if (tuple.getValueNode() instanceof SequenceNode items) {
                        itemLines.put(
                                key.getValue(),
                                items.getValue().stream()
                                        .map(n -> line(n.getStartMark()))
                                        .toList());
                    }
                }
            }
            return new FrontMatter(values, keyLines, itemLines, end + 2, end + 1);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.error(file, mark == null ? 1 : line(mark), "front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.error(file, 1, "front matter is not valid YAML: " + e.getMessage());
        }
        return new FrontMatter(Map.of(), Map.of(), Map.of(), end + 2, end + 1);
    }

    /** Hugo's TOML front matter between {@code +++} lines, read with night-config; a key's line is where it is set. */
    private static FrontMatter toml(String file, List<String> lines, int end, Problems problems) {
        String toml = String.join("\n", lines.subList(1, end));
        try {
            Map<String, Object> values = plain(new TomlParser().parse(toml));
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            for (int i = 1; i < end; i++) {
                java.util.regex.Matcher key = TOML_KEY.matcher(lines.get(i));
                if (key.find()) {
                    keyLines.putIfAbsent(key.group(1), i + 1);
                }
            }
            return new FrontMatter(values, keyLines, Map.of(), end + 2, end + 1);
        } catch (ParsingException e) {
            String message = e.getMessage() == null
                    ? ""
                    : e.getMessage().lines().findFirst().orElse("");
            problems.error(file, 1, "front matter is not valid TOML: " + message);
            return new FrontMatter(Map.of(), Map.of(), Map.of(), end + 2, end + 1);
        }
    }

    /** A TOML table as plain maps and lists, as the YAML reader gives them. */
    private static Map<String, Object> plain(UnmodifiableConfig config) {
        Map<String, Object> values = new LinkedHashMap<>();
        config.valueMap().forEach((key, value) -> values.put(key, plainValue(value)));
        return values;
    }

    private static Object plainValue(Object value) {
        if (value instanceof UnmodifiableConfig table) {
            return plain(table);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FrontMatterReader::plainValue).toList();
        }
        return value;
    }

    /** The file line (1-based) of a mark in the YAML that starts on the file's second line. */
    private static int line(Mark mark) {
        return mark.getLine() + 2;
    }

    private static int closing(List<String> lines, String fence) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(fence)) {
                return i;
            }
        }
        return -1;
    }
}
