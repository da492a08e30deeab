package io.quickcite.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quickcite.index.IndexFormat;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged index loads from the classpath; a wrong format or a missing index fails the load with a clear message. */
class IndexLoaderTest {

    @Test
    void loadsThePackagedIndex() {
        SiteIndex index = IndexLoader.load(getClass().getClassLoader());
        assertEquals(5, index.manifest().documents());
        assertEquals(151, index.corpus().units().size());
        assertEquals(151, index.searcher().getIndexReader().numDocs());
    }

    @Test
    void formatVersionMismatchFailsTheStart(@TempDir Path dir) throws Exception {
        Path idx = Files.createDirectories(dir.resolve(IndexFormat.RESOURCE_DIR));
        Files.writeString(
                idx.resolve(IndexFormat.MANIFEST),
                "formatVersion=99\ncontentChecksum=sha256:x\ndocuments=1\nentries=0\npassages=1\nluceneFiles=\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexLoader.load(loader));
            assertEquals(
                    "Quickcite index format 99 cannot be read by this build, which reads format 4: rebuild the jar from content/ (mvn package)",
                    e.getMessage());
        }
    }

    @Test
    void missingIndexFailsTheStart(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Exception e = assertThrows(java.io.UncheckedIOException.class, () -> IndexLoader.load(loader));
            assertEquals(
                    "cannot load the Quickcite index from the classpath (quickcite-index): missing resource quickcite-index/manifest.properties;"
                            + " rebuild the jar from content/ (mvn package)",
                    e.getMessage());
        }
    }
}
