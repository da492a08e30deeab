package io.quickcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quickcite.indexer.IndexerMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time indexer: writes index and manifest for good content; for broken content prints every error as
 * file:line (sorted, then a count), builds nothing and ends with status 1; warnings never stop it.
 */
class IndexerBuildTest {

    /** What one indexer run printed and returned. */
    private record Run(int status, String out, String err) {}

    private static Run index(Path content, Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = IndexerMain.run(
                content.toAbsolutePath(),
                out,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesIndexAndManifest(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(
                content.resolve("a.md"),
                "---\nid: a\ntitle: A\nurl: /a\n---\n## One\n\nFirst sentence. Second one.\n\n::: faq\nQ: Why?\nA: Because.\n:::\n");
        Files.writeString(content.resolve("README.md"), "not content");
        assertEquals(0, index(content, dir.resolve("out")).status());
        Properties manifest = new Properties();
        try (var in = Files.newInputStream(dir.resolve("out/manifest.properties"))) {
            manifest.load(in);
        }
        assertEquals("4", manifest.getProperty("formatVersion"));
        assertEquals("1", manifest.getProperty("documents"));
        assertEquals("1", manifest.getProperty("entries"));
        assertEquals("1", manifest.getProperty("passages"));
        assertTrue(manifest.getProperty("contentChecksum").matches("sha256:[0-9a-f]{64}"));
        assertTrue(Files.size(dir.resolve("out/corpus.bin")) > 0);
    }

    @Test
    void everyErrorOfEveryFileIsPrintedSortedWithACountAndNoIndexIsBuilt(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(
                content.resolve("c.md"), "---\nid: c\ntitle: C\nurl: /c\npublished: March 2026\n---\nText.\n");
        Files.writeString(
                content.resolve("a.md"),
                "---\nid: a\ntitle: A\nurl: /a\nsources:\n  - n: 1\n---\nCited.[1]\n\nCited.[4]\n");
        Files.writeString(content.resolve("b.md"), "---\ntitle: B\n---\nText.\n\n::: faq\nQ: Why?\n:::\n");
        Files.writeString(
                content.resolve("d.md"), "---\ntitle: D\nweight: 3\nauthor: me\ncolour: red\n---\nFine text.\n");
        Run run = index(content, dir.resolve("out"));
        assertEquals(1, run.status());
        String shown = content.toAbsolutePath().toString();
        assertEquals(
                shown + "/d.md:5: warning: front-matter key colour not used; ignored\n"
                        + shown + "/a.md:10: citation [4] has no source 4 in the front matter\n"
                        + shown + "/b.md:7: question 'Why?' has no 'A:' answer\n"
                        + shown + "/c.md:5: published 'March 2026' is not a date like 2026-03-18\n"
                        + "quickcite content: 3 errors, 1 warning in " + shown + ": no index was built\n",
                run.err());
        assertEquals("", run.out());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void warningsAreShownAndTheIndexIsBuilt(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\nlayout: docs\ncustom_key: 1\n---\nText.\n");
        Run run = index(content, dir.resolve("out"));
        assertEquals(0, run.status());
        assertEquals(
                content.toAbsolutePath() + "/a.md:4: warning: front-matter key custom_key not used; ignored\n",
                run.err());
        assertTrue(
                run.out()
                        .startsWith(
                                "quickcite index: 1 documents, 0 FAQ/quick-answer entries, 1 passages, 1 warning -> "),
                run.out());
    }

    @Test
    void duplicateDocumentIdsAcrossFiles(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: same\ntitle: A\nurl: /a\n---\nText.\n");
        Files.writeString(content.resolve("b.md"), "---\nid: same\ntitle: B\nurl: /b\n---\nText.\n");
        Run run = index(content, dir.resolve("out"));
        assertEquals(1, run.status());
        assertTrue(
                run.err()
                        .startsWith(
                                content.toAbsolutePath() + "/b.md:1: duplicate document id 'same' (also in a.md)\n"),
                run.err());
    }

    @Test
    void aSynonymThatIsOnlyStopWordsStopsTheBuild(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: A\nurl: /a\n---\nText.\n");
        Files.writeString(content.resolve("synonyms.txt"), "# groups\nbegin, start\nthe, a\n");
        Run run = index(content, dir.resolve("out"));
        assertEquals(1, run.status());
        assertEquals(
                content.toAbsolutePath() + "/synonyms.txt:3: 'the' has only stop words; it cannot match anything\n"
                        + "quickcite content: 1 error in " + content.toAbsolutePath() + ": no index was built\n",
                run.err());
    }

    @Test
    void theSynonymsFileIsPartOfTheContentChecksum(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: A\nurl: /a\n---\nText.\n");
        index(content, dir.resolve("one"));
        Files.writeString(content.resolve("synonyms.txt"), "begin, start\n");
        index(content, dir.resolve("two"));
        Properties one = new Properties();
        Properties two = new Properties();
        try (var a = Files.newInputStream(dir.resolve("one/manifest.properties"));
                var b = Files.newInputStream(dir.resolve("two/manifest.properties"))) {
            one.load(a);
            two.load(b);
        }
        assertTrue(!one.getProperty("contentChecksum").equals(two.getProperty("contentChecksum")));
    }
}
