package io.quickcite.answer;

import io.quickcite.index.CorpusCodec;
import io.quickcite.index.IndexFormat;
import io.quickcite.index.IndexManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * Loads the packaged index from the classpath (so it loads the same from the jar and from Lambda's unzipped
 * task root) into heap memory. Any mismatch fails here, at cold start, with a message saying what to do.
 */
public final class IndexLoader {

    private IndexLoader() {}

    /** Loads the index under {@link IndexFormat#RESOURCE_DIR} of {@code loader}. */
    public static SiteIndex load(ClassLoader loader) {
        return load(loader, IndexFormat.RESOURCE_DIR);
    }

    /** Loads the index under {@code resourceDir} of {@code loader}. */
    public static SiteIndex load(ClassLoader loader, String resourceDir) {
        try {
            IndexManifest manifest;
            try (InputStream in = open(loader, resourceDir + "/" + IndexFormat.MANIFEST)) {
                manifest = IndexManifest.read(in);
            }
            if (manifest.formatVersion() != IndexFormat.VERSION) {
                throw new IllegalStateException("Quickcite index format " + manifest.formatVersion()
                        + " cannot be read by this build," + " which reads format " + IndexFormat.VERSION
                        + ": rebuild the jar from content/ (mvn package)");
            }
            CorpusCodec.Stored stored;
            try (InputStream in = open(loader, resourceDir + "/" + IndexFormat.CORPUS)) {
                stored = CorpusCodec.read(in);
            }
            // Lucene's default blocks: holding each file as one buffer saved 10 KB of allocation per answer at x1 but
            // cost
            // 300 ms more load at x100 (bench/scale), for the copy into one buffer
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            byte[] buffer = new byte[1 << 16];
            for (String file : manifest.luceneFiles()) {
                try (InputStream in = open(loader, resourceDir + "/" + IndexFormat.LUCENE_DIR + "/" + file);
                        IndexOutput out = dir.createOutput(file, IOContext.DEFAULT)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.writeBytes(buffer, 0, n);
                    }
                }
            }
            return new SiteIndex(manifest, stored, DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot load the Quickcite index from the classpath (" + resourceDir + "): " + e.getMessage()
                            + "; rebuild the jar from content/ (mvn package)",
                    e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}
