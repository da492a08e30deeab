package io.quickcite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads every content file of a folder (all {@code *.md} but README.md, sorted by path) into a corpus. */
public final class ContentLoader {

    private ContentLoader() {
    }

    /** The corpus of {@code folder}; throws {@link ContentException} naming file and line on broken content. */
    public static Corpus load(Path folder) {
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            throw new ContentException(folder.toString(), 0, "no content files (*.md) in the folder");
        }
        List<Document> documents = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path path : files) {
            String name = folder.relativize(path).toString().replace('\\', '/');
            ContentParser.ParsedDocument parsed = ContentParser.parse(name, read(path, name));
            String previous = seen.putIfAbsent(parsed.document().id(), name);
            if (previous != null) {
                throw new ContentException(name, 2, "duplicate document id '" + parsed.document().id() + "' (also in " + previous + ")");
            }
            documents.add(parsed.document());
            units.addAll(parsed.units());
        }
        return new Corpus(documents, units);
    }

    /** The content files of {@code folder} in a stable order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equalsIgnoreCase("README.md"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list content folder " + folder, e);
        }
    }

    private static String read(Path path, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(name, 1, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
