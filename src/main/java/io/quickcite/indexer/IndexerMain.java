package io.quickcite.indexer;

import io.quickcite.content.ContentException;
import io.quickcite.content.ContentLoader;
import io.quickcite.content.Corpus;
import io.quickcite.content.SynonymsFile;
import io.quickcite.index.IndexManifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build-time entry point: {@code IndexerMain CONTENT_DIR OUT_DIR}. Validates the content and writes the index;
 * broken content ends the build with "file:line: problem".
 */
public final class IndexerMain {

    private IndexerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IndexerMain CONTENT_DIR OUT_DIR");
        }
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        try {
            Corpus corpus = ContentLoader.load(content);
            List<SynonymsFile.Group> synonyms = SynonymsFile.read(content);
            List<Path> files = new ArrayList<>(ContentLoader.files(content));
            if (Files.isRegularFile(content.resolve(SynonymsFile.NAME))) {
                files.add(content.resolve(SynonymsFile.NAME));
            }
            String checksum = ContentChecksum.of(content, files);
            IndexManifest m = IndexBuilder.build(corpus, synonyms, checksum, out);
            System.out.printf("quickcite index: %d documents, %d FAQ/quick-answer entries, %d passages -> %s%n",
                m.documents(), m.entries(), m.passages(), out);
        } catch (ContentException e) {
            throw new IllegalStateException("broken content in " + content + ": " + e.getMessage(), e);
        }
    }
}
