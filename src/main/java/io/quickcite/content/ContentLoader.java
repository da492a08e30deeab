package io.quickcite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads every content file of a folder (Markdown and built HTML, sorted by path; the folder's own README.md and
 * hidden folders left out) into a corpus, gathering every problem of every file before it fails.
 */
public final class ContentLoader {

    /** A loaded folder: the corpus, each file's reading (null for drafts and skipped pages), and every problem. */
    public record Loaded(Corpus corpus, Map<String, ContentParser.ParsedDocument> files, Problems problems) {}

    private ContentLoader() {}

    /** The corpus of {@code folder}; throws {@link ContentException} with the first error (see {@link #read} for all). */
    public static Corpus load(Path folder) {
        Loaded loaded = read(folder);
        loaded.problems().throwFirst();
        return loaded.corpus();
    }

    /** Reads {@code folder}, recording every error and warning instead of stopping at the first. */
    public static Loaded read(Path folder) {
        Problems problems = new Problems();
        SiteConfig site = SiteConfig.read(folder, problems);
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            problems.error(folder.toString(), 0, "no content files (*.md, *.html) in the folder");
        }
        List<Document> documents = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        Map<String, ContentParser.ParsedDocument> parsed = new LinkedHashMap<>();
        String htmlSiteName = null;
        for (Path path : files) {
            String name = folder.relativize(path).toString().replace('\\', '/');
            String text = read(path, name, problems);
            if (text == null) {
                continue;
            }
            ContentParser.ParsedDocument doc = ContentParser.parse(name, text, site, problems);
            parsed.put(name, doc);
            if (doc == null) {
                continue;
            }
            if (htmlSiteName == null && (name.endsWith(".html") || name.endsWith(".htm"))) {
                htmlSiteName = HtmlReader.siteName(text);
            }
            if (doc.units().isEmpty()) {
                problems.warning(name, 1, "no text to answer from; the page is left out");
                continue;
            }
            String previous = ids.putIfAbsent(doc.document().id(), name);
            if (previous != null) {
                problems.error(
                        name, 1, "duplicate document id '" + doc.document().id() + "' (also in " + previous + ")");
                continue;
            }
            String sameUrl = urls.putIfAbsent(doc.document().url(), name);
            if (sameUrl != null) {
                problems.warning(name, 1, "url '" + doc.document().url() + "' is also the url of " + sameUrl);
            }
            documents.add(doc.document());
            units.addAll(doc.units());
        }
        if (!files.isEmpty() && documents.isEmpty() && !problems.failed()) {
            problems.error(folder.toString(), 0, "no page has text to answer from");
        }
        String siteName =
                site.name() != null ? site.name() : htmlSiteName != null ? htmlSiteName : rootTitle(documents, site);
        return new Loaded(new Corpus(siteName, documents, units), parsed, problems);
    }

    /** The title of the site's home page, else of its first page. */
    private static String rootTitle(List<Document> documents, SiteConfig site) {
        for (Document d : documents) {
            if (d.url().equals(site.basePath() + "/") || d.url().equals("/")) {
                return d.title();
            }
        }
        return documents.isEmpty() ? "" : documents.get(0).title();
    }

    /** The content files of {@code folder} in a stable order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> ContentParser.isContent(p.getFileName().toString()))
                    .filter(p -> !p.getParent().equals(folder)
                            || !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list content folder " + folder, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path path, String name, Problems problems) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error(name, 1, "not UTF-8 text");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
