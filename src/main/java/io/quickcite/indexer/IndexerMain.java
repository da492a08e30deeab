package io.quickcite.indexer;

import io.quickcite.content.ContentException;
import io.quickcite.content.ContentLoader;
import io.quickcite.content.Problems;
import io.quickcite.content.SiteConfig;
import io.quickcite.content.SynonymsFile;
import io.quickcite.index.IndexManifest;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build-time entry point: {@code IndexerMain CONTENT_DIR OUT_DIR}. Reads every content file, prints every warning and
 * error as "file:line: message" (sorted, then a count) and writes the index; any error ends it with one line, no index
 * and no stack trace.
 */
public final class IndexerMain {

    /** Lucene notes once per JVM that the incubating vector API is off; held here so the build prints only content problems. */
    private static final java.util.logging.Logger LUCENE_VECTOR_NOTE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private IndexerMain() {}

    public static void main(String[] args) throws Exception {
        LUCENE_VECTOR_NOTE.setLevel(java.util.logging.Level.OFF);
        if (args.length != 2) {
            System.err.println("usage: IndexerMain CONTENT_DIR OUT_DIR");
            System.exit(2);
        }
        int status = run(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]), System.out, System.err);
        if (status != 0) {
            throw new BrokenContent("the content has errors (listed above); no index was built");
        }
    }

    /** Ends the build (Maven runs this class in its own JVM) with one line: the problems are already printed. */
    static final class BrokenContent extends RuntimeException {

        BrokenContent(String message) {
            super(message, null, false, false);
        }
    }

    /** Builds the index of {@code content} into {@code out}; 0 when built, 1 when the content has errors. */
    public static int run(Path content, Path out, PrintStream stdout, PrintStream stderr) throws Exception {
        if (!Files.isDirectory(content)) {
            stderr.println("quickcite content: " + content + " is not a folder");
            return 1;
        }
        ContentLoader.Loaded loaded = ContentLoader.read(content);
        Problems problems = loaded.problems();
        List<SynonymsFile.Group> synonyms = List.of();
        try {
            synonyms = SynonymsFile.read(content);
        } catch (ContentException e) {
            problems.error(e);
        }
        Path base = content;
        problems.warnings().forEach(p -> stderr.println(relative(base, p)));
        problems.errors().forEach(p -> stderr.println(relative(base, p)));
        int errors = problems.errors().size();
        int warnings = problems.warnings().size();
        if (errors > 0) {
            stderr.printf(
                    "quickcite content: %d error%s, %d warning%s in %s: no index was built%n",
                    errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", content);
            return 1;
        }
        List<Path> files = new ArrayList<>(ContentLoader.files(content));
        for (String extra : List.of(SynonymsFile.NAME, SiteConfig.NAME)) {
            if (Files.isRegularFile(content.resolve(extra))) {
                files.add(content.resolve(extra));
            }
        }
        String checksum = ContentChecksum.of(content, files);
        IndexManifest m;
        try {
            m = IndexBuilder.build(loaded.corpus(), synonyms, checksum, out);
        } catch (ContentException e) {
            stderr.println(relative(base, new Problems.Problem(e.file(), e.line(), true, e.problem())));
            stderr.printf("quickcite content: 1 error in %s: no index was built%n", content);
            return 1;
        }
        stdout.printf(
                "quickcite index: %d documents, %d FAQ/quick-answer entries, %d passages%s -> %s%n",
                m.documents(),
                m.entries(),
                m.passages(),
                warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"),
                out);
        return 0;
    }

    /** A problem as "content/file:line: message", the path relative to the working folder when it lies under it. */
    private static String relative(Path content, Problems.Problem p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path file = content.resolve(p.file());
        String shown = file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
        return shown + ":" + p.line() + ": " + (p.error() ? "" : "warning: ") + p.message();
    }
}
