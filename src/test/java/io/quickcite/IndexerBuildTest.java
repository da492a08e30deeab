package io.quickcite;

import io.quickcite.indexer.IndexerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build-time indexer: writes index and manifest for good content, stops the build naming file and line for broken content. */
class IndexerBuildTest {

    @Test
    void writesIndexAndManifest(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: A\nurl: /a\n---\n## One\n\nFirst sentence. Second one.\n\n::: faq\nQ: Why?\nA: Because.\n:::\n");
        Files.writeString(content.resolve("README.md"), "not content");
        IndexerMain.main(new String[] {content.toString(), dir.resolve("out").toString()});
        Properties manifest = new Properties();
        try (var in = Files.newInputStream(dir.resolve("out/manifest.properties"))) {
            manifest.load(in);
        }
        assertEquals("3", manifest.getProperty("formatVersion"));
        assertEquals("1", manifest.getProperty("documents"));
        assertEquals("1", manifest.getProperty("entries"));
        assertEquals("1", manifest.getProperty("passages"));
        assertTrue(manifest.getProperty("contentChecksum").matches("sha256:[0-9a-f]{64}"));
        assertTrue(Files.size(dir.resolve("out/corpus.bin")) > 0);
    }

    @Test
    void brokenContentStopsTheBuildNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: A\nurl: /a\n---\nCited.[4]\n");
        Exception e = assertThrows(IllegalStateException.class,
            () -> IndexerMain.main(new String[] {content.toString(), dir.resolve("out").toString()}));
        assertEquals("broken content in " + content.toAbsolutePath() + ": a.md:6: citation [4] has no source 4 in the front matter", e.getMessage());
    }

    @Test
    void duplicateDocumentIdsAcrossFiles(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: same\ntitle: A\nurl: /a\n---\nText.\n");
        Files.writeString(content.resolve("b.md"), "---\nid: same\ntitle: B\nurl: /b\n---\nText.\n");
        Exception e = assertThrows(IllegalStateException.class,
            () -> IndexerMain.main(new String[] {content.toString(), dir.resolve("out").toString()}));
        assertTrue(e.getMessage().endsWith("b.md:2: duplicate document id 'same' (also in a.md)"), e.getMessage());
    }

    @Test
    void aSynonymThatIsOnlyStopWordsStopsTheBuild(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: A\nurl: /a\n---\nText.\n");
        Files.writeString(content.resolve("synonyms.txt"), "# groups\nbegin, start\nthe, a\n");
        Exception e = assertThrows(IllegalStateException.class,
            () -> IndexerMain.main(new String[] {content.toString(), dir.resolve("out").toString()}));
        assertEquals("broken content in " + content.toAbsolutePath() + ": synonyms.txt:3: 'the' has only stop words; it cannot match anything", e.getMessage());
    }

    @Test
    void theSynonymsFileIsPartOfTheContentChecksum(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: A\nurl: /a\n---\nText.\n");
        IndexerMain.main(new String[] {content.toString(), dir.resolve("one").toString()});
        Files.writeString(content.resolve("synonyms.txt"), "begin, start\n");
        IndexerMain.main(new String[] {content.toString(), dir.resolve("two").toString()});
        Properties one = new Properties();
        Properties two = new Properties();
        try (var a = Files.newInputStream(dir.resolve("one/manifest.properties")); var b = Files.newInputStream(dir.resolve("two/manifest.properties"))) {
            one.load(a);
            two.load(b);
        }
        assertTrue(!one.getProperty("contentChecksum").equals(two.getProperty("contentChecksum")));
    }
}
