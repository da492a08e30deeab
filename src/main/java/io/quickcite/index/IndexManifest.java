package io.quickcite.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The small manifest packed beside the index: format version, content checksum, counts and Lucene file names. */
public record IndexManifest(
        int formatVersion, String contentChecksum, int documents, int entries, int passages, List<String> luceneFiles) {

    public IndexManifest {
        luceneFiles = List.copyOf(luceneFiles);
    }

    /** Writes the manifest as a properties file. */
    public void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("formatVersion", Integer.toString(formatVersion));
        p.setProperty("contentChecksum", contentChecksum);
        p.setProperty("documents", Integer.toString(documents));
        p.setProperty("entries", Integer.toString(entries));
        p.setProperty("passages", Integer.toString(passages));
        p.setProperty("luceneFiles", String.join(",", luceneFiles));
        p.store(out, "Quickcite index manifest");
    }

    /** Reads a manifest; a missing or malformed field is an {@link IOException}. */
    public static IndexManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        try {
            return new IndexManifest(
                    Integer.parseInt(required(p, "formatVersion")),
                    required(p, "contentChecksum"),
                    Integer.parseInt(required(p, "documents")),
                    Integer.parseInt(required(p, "entries")),
                    Integer.parseInt(required(p, "passages")),
                    Arrays.stream(required(p, "luceneFiles").split(","))
                            .filter(s -> !s.isBlank())
                            .toList());
        } catch (NumberFormatException e) {
            throw new IOException("index manifest has a malformed number: " + e.getMessage());
        }
    }

    private static String required(Properties p, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IOException("index manifest lacks '" + key + "'");
        }
        return value;
    }
}
