package io.quickcite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A page's id and URL when its front matter does not give them, from its path in the content folder. */
final class PagePaths {

    private PagePaths() {}

    /** The path's parts without extension and without a final index/_index/README ("guide/install.md" → [guide, install]). */
    static List<String> parts(String relativePath) {
        String noExt = relativePath.replaceFirst("\\.[A-Za-z]+$", "");
        List<String> parts = new ArrayList<>(List.of(noExt.split("/")));
        parts.removeIf(String::isEmpty);
        if (!parts.isEmpty()
                && List.of("index", "_index", "readme")
                        .contains(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT))) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** An id from path parts: lower-case letters, digits and '-' ("guide-install"); "index" for the root page. */
    static String id(List<String> parts) {
        String id = idOf(String.join("-", parts));
        return id.isEmpty() ? "index" : id;
    }

    /** {@code text} as an id (lower-case ASCII letters, digits, '-'; at most 80 characters), or "" when nothing is left. */
    static String idOf(String text) {
        String id = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return id.length() > 80 ? id.substring(0, 80).replaceAll("-+$", "") : id;
    }

    /** The pretty URL of a Markdown page under {@code basePath}: "/docs/guide/install/", or "/docs/" for the root. */
    static String prettyUrl(String basePath, List<String> parts) {
        StringBuilder url = new StringBuilder(basePath).append('/');
        for (String part : parts) {
            url.append(encode(part)).append('/');
        }
        return url.toString();
    }

    /** The URL of a built HTML file under {@code basePath}: "guide/index.html" → "/guide/", "about.html" → "/about.html". */
    static String fileUrl(String basePath, String relativePath) {
        String path = relativePath.endsWith("index.html")
                ? relativePath.substring(0, relativePath.length() - "index.html".length())
                : relativePath;
        StringBuilder url = new StringBuilder(basePath).append('/');
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                url.append(encode(part)).append('/');
            }
        }
        if (!path.isEmpty() && !path.endsWith("/")) {
            url.setLength(url.length() - 1);
        }
        return url.toString();
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
