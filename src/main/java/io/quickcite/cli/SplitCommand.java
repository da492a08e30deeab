package io.quickcite.cli;

import io.quickcite.content.ContentLoader;
import io.quickcite.content.ContentParser;
import io.quickcite.content.Dropped;
import io.quickcite.content.Problems;
import io.quickcite.content.Sentence;
import io.quickcite.content.Unit;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code split [FILE|FOLDER]...}: how the build reads content files: each document, its sections and passages with
 * their sentences and citations, what was left out of the answers (code, template tags, markup) and the problems.
 */
final class SplitCommand {

    private SplitCommand() {}

    /** Prints the reading of {@code targets} (files or folders; the whole content folder when none); 0, or 1 on errors. */
    static int run(List<String> targets, PrintStream out, PrintStream err) {
        List<Path> paths = targets.isEmpty()
                ? List.of(Path.of("content"))
                : targets.stream().map(Path::of).toList();
        int status = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("quickcite: split: " + path + " does not exist");
                return 2;
            }
            Path folder = Files.isDirectory(path) ? path : contentFolder(path);
            String only = Files.isDirectory(path)
                    ? null
                    : folder.toAbsolutePath()
                            .relativize(path.toAbsolutePath())
                            .toString()
                            .replace('\\', '/');
            ContentLoader.Loaded loaded = ContentLoader.read(folder);
            loaded.files().forEach((file, parsed) -> {
                if (only == null || only.equals(file)) {
                    print(folder, file, parsed, out);
                }
            });
            Problems problems = loaded.problems();
            List<Problems.Problem> shown = new ArrayList<>();
            problems.warnings().stream()
                    .filter(p -> only == null || only.equals(p.file()))
                    .forEach(shown::add);
            problems.errors().stream()
                    .filter(p -> only == null || only.equals(p.file()))
                    .forEach(shown::add);
            shown.forEach(p -> out.println(
                    folder.resolve(p.file()) + ":" + p.line() + ": " + (p.error() ? "" : "warning: ") + p.message()));
            if (shown.stream().anyMatch(Problems.Problem::error)) {
                status = 1;
            }
        }
        return status;
    }

    /** The content folder a file belongs to: the nearest folder above it holding quickcite.yml, else content/ when under it, else its own folder. */
    private static Path contentFolder(Path file) {
        for (Path at = file.toAbsolutePath().getParent(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve(io.quickcite.content.SiteConfig.NAME))) {
                return at;
            }
        }
        Path content = Path.of("content").toAbsolutePath();
        return file.toAbsolutePath().startsWith(content)
                ? content
                : file.toAbsolutePath().getParent();
    }

    private static void print(Path folder, String file, ContentParser.ParsedDocument parsed, PrintStream out) {
        if (parsed == null) {
            out.println("== " + folder.resolve(file) + ": skipped (draft, noindex or 404 page)");
            out.println();
            return;
        }
        var d = parsed.document();
        out.printf(
                "== %s: document '%s' (id %s) at %s%s%n",
                folder.resolve(file),
                d.title(),
                d.id(),
                d.url(),
                d.published() == null ? "" : ", published " + d.published());
        if (d.summary() != null) {
            out.println("   summary: " + d.summary());
        }
        record Line(int line, String text) {}
        List<Line> lines = new ArrayList<>();
        String section = null;
        for (Unit u : parsed.units()) {
            if (!u.section().equals(section)) {
                section = u.section();
                lines.add(new Line(
                        u.line(),
                        "section '" + u.section() + "'"
                                + (u.anchor().isEmpty() ? " (the page itself)" : " #" + u.anchor())));
            }
            StringBuilder b = new StringBuilder(
                    "  " + kind(u) + (u.label().isEmpty() ? "" : " [" + u.label() + "]") + " " + u.id());
            for (String q : u.questions()) {
                b.append("\n      Q: ").append(q);
            }
            for (Sentence s : u.sentences()) {
                b.append("\n      | ").append(s.text());
                if (!s.citations().isEmpty()) {
                    b.append(' ').append(s.citations());
                }
            }
            lines.add(new Line(u.line(), b.toString()));
        }
        for (Dropped x : parsed.dropped()) {
            lines.add(new Line(x.line(), "  left out: " + x.what()));
        }
        lines.sort(Comparator.comparingInt(Line::line));
        lines.forEach(l -> out.printf("%5d %s%n", l.line(), l.text()));
        long sentences =
                parsed.units().stream().mapToLong(u -> u.sentences().size()).sum();
        out.printf(
                "   %d passages and entries, %d sentences, %d parts left out%n%n",
                parsed.units().size(), sentences, parsed.dropped().size());
    }

    private static String kind(Unit u) {
        return switch (u.kind()) {
            case FAQ -> "faq";
            case QUICK_ANSWER -> "quick answer";
            case PARAGRAPH -> "paragraph";
            case LIST_ITEM -> "list item";
            case TABLE_ROW -> "table row";
            case TIMELINE_ENTRY -> "timeline entry";
        };
    }
}
