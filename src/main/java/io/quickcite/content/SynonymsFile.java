package io.quickcite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The operator's synonyms file ({@code synonyms.txt} in the content folder): one group of equivalent words or
 * phrases per line, separated by commas; {@code #} starts a comment. Optional.
 */
public final class SynonymsFile {

    /** The file name inside the content folder. */
    public static final String NAME = "synonyms.txt";

    /** One line: equivalent phrases, and where they were written. */
    public record Group(List<String> phrases, int line) {}

    private SynonymsFile() {}

    /** The groups of {@code folder}'s synonyms file; none when it has no such file. */
    public static List<Group> read(Path folder) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses the lines of a synonyms file; a line with fewer than two phrases is a {@link ContentException}. */
    public static List<Group> parse(List<String> lines) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> phrases =
                    Arrays.stream(line.split(",")).map(String::strip).toList();
            if (phrases.size() < 2 || phrases.stream().anyMatch(String::isEmpty)) {
                throw new ContentException(
                        NAME, i + 1, "a synonyms line needs two or more comma-separated words or phrases, none empty");
            }
            groups.add(new Group(phrases, i + 1));
        }
        return groups;
    }
}
