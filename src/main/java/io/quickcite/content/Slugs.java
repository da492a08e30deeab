package io.quickcite.content;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, URL-safe anchors and ids from headings and questions. */
public final class Slugs {

    private Slugs() {}

    /** Lower-case ASCII words joined by '-', at most 60 characters; "section" when nothing is left. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "section" : slug;
    }
}
