package io.quickcite.content;

import java.util.List;

/** One content page: its front matter. Optional fields (publisher, published, summary) may be null. */
public record Document(
        String id,
        String title,
        String publisher,
        String url,
        String published,
        String summary,
        List<Source> sources,
        String file) {

    public Document {
        sources = List.copyOf(sources);
    }

    /** The source numbered {@code n}, or null. */
    public Source source(int n) {
        for (Source s : sources) {
            if (s.n() == n) {
                return s;
            }
        }
        return null;
    }
}
