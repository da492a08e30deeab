package io.quickcite.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page's document fields from its front matter as the common site generators write it (Quickcite, Hugo, Jekyll,
 * Docusaurus, MkDocs), falling back to its first heading and its path. Keys that are neither used nor known are
 * warned about once per file, never fatal.
 */
final class DocumentFields {

    /** Keys this reader uses. */
    static final Set<String> USED = Set.of(
            "id",
            "title",
            "url",
            "permalink",
            "slug",
            "published",
            "date",
            "publisher",
            "summary",
            "description",
            "sources",
            "draft");
    /** Navigation, layout and listing keys of the common generators: known, not needed for answers. */
    static final Set<String> KNOWN = Set.of(
            "weight",
            "aliases",
            "linktitle",
            "menu",
            "menus",
            "lastmod",
            "publishdate",
            "expirydate",
            "tags",
            "categories",
            "keywords",
            "type",
            "layout",
            "toc",
            "toc_hide",
            "hide_summary",
            "params",
            "resources",
            "cascade",
            "outputs",
            "build",
            "_build",
            "headless",
            "markup",
            "translationkey",
            "sidebar_position",
            "sidebar_label",
            "sidebar_class_name",
            "sidebar_custom_props",
            "displayed_sidebar",
            "hide_title",
            "hide_table_of_contents",
            "pagination_label",
            "pagination_next",
            "pagination_prev",
            "custom_edit_url",
            "last_update",
            "toc_min_heading_level",
            "toc_max_heading_level",
            "image",
            "images",
            "nav_order",
            "nav_exclude",
            "parent",
            "grand_parent",
            "has_children",
            "has_toc",
            "nav",
            "hide",
            "template",
            "search",
            "status",
            "icon",
            "author",
            "authors",
            "excerpt",
            "comments",
            "lang",
            "redirect_from",
            "redirect_to",
            "sitemap",
            "unlisted",
            "series",
            "featured_image",
            "show_toc",
            "cspell",
            "audience");

    private DocumentFields() {}

    /** True for a draft: Hugo/Docusaurus {@code draft: true} or Jekyll {@code published: false}. */
    static boolean draft(Map<String, Object> values) {
        return Boolean.TRUE.equals(values.get("draft")) || Boolean.FALSE.equals(values.get("published"));
    }

    /**
     * The document of {@code file}: {@code values} and their {@code lines} from the front matter, {@code heading} the
     * page's first top-level heading (null if none), {@code derivedUrl} the URL its path gives.
     */
    static Document of(
            String file,
            FrontMatterReader.FrontMatter fm,
            String heading,
            String derivedUrl,
            List<String> pathParts,
            String basePath,
            Problems problems) {
        Map<String, Object> values = fm.values();
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : values.keySet()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (!USED.contains(k) && !KNOWN.contains(k)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            problems.warning(
                    file,
                    fm.lines().getOrDefault(unknown.first(), 1),
                    "front-matter key" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                            + " not used; ignored");
        }
        String title = text(values.get("title"));
        if (title == null) {
            title = heading;
        }
        if (title == null) {
            String name = pathParts.isEmpty()
                    ? "Home"
                    : pathParts
                            .get(pathParts.size() - 1)
                            .replaceAll("[-_]+", " ")
                            .strip();
            title = name.isEmpty() ? "Home" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            problems.warning(file, 1, "no title and no '#' heading: titled '" + title + "' from the file name");
        }
        String id = text(values.get("id"));
        if (id != null) {
            String clean = PagePaths.idOf(id);
            if (clean.isEmpty()) {
                problems.error(file, fm.lines().getOrDefault("id", 1), "id '" + id + "' has no letters or digits");
                clean = PagePaths.id(pathParts);
            }
            id = clean;
        } else {
            id = PagePaths.id(pathParts);
        }
        String url = url(file, fm, derivedUrl, pathParts, basePath, problems);
        String published = published(file, fm, problems);
        String summary = text(values.get("summary"));
        if (summary == null) {
            summary = text(values.get("description"));
        }
        List<Source> sources = sources(file, fm, problems);
        return new Document(
                id,
                title.strip(),
                text(values.get("publisher")),
                url,
                published,
                summary == null ? null : summary.strip(),
                sources,
                file);
    }

    private static String url(
            String file,
            FrontMatterReader.FrontMatter fm,
            String derivedUrl,
            List<String> parts,
            String basePath,
            Problems problems) {
        for (String key : List.of("url", "permalink")) {
            String url = text(fm.values().get(key));
            if (url != null) {
                if (Urls.isPagePath(url) || Urls.isHttp(url)) {
                    return url;
                }
                problems.error(
                        file,
                        fm.lines().getOrDefault(key, 1),
                        key + " '" + url + "' must be a site path starting with '/' or an http(s) URL");
                return derivedUrl;
            }
        }
        String slug = text(fm.values().get("slug"));
        if (slug != null) {
            if (slug.startsWith("/")) {
                return Urls.isPagePath(basePath + slug) ? basePath + slug : derivedUrl;
            }
            List<String> withSlug = new ArrayList<>(parts);
            if (withSlug.isEmpty()) {
                withSlug.add(slug);
            } else {
                withSlug.set(withSlug.size() - 1, slug);
            }
            return PagePaths.prettyUrl(basePath, withSlug);
        }
        return derivedUrl;
    }

    private static String published(String file, FrontMatterReader.FrontMatter fm, Problems problems) {
        Object own = fm.values().get("published");
        if (own != null && !(own instanceof Boolean)) {
            String date = date(own);
            if (date == null) {
                problems.error(
                        file,
                        fm.lines().getOrDefault("published", 1),
                        "published '" + own + "' is not a date like 2026-03-18");
            }
            return date;
        }
        Object generator = fm.values().get("date");
        if (generator != null) {
            String date = date(generator);
            if (date == null) {
                problems.warning(
                        file,
                        fm.lines().getOrDefault("date", 1),
                        "date '" + generator + "' is not a date like 2026-03-18; ignored");
            }
            return date;
        }
        return null;
    }

    /** An ISO date from a YAML date or timestamp, or a string that starts with one; null otherwise. */
    private static String date(Object value) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        String s = String.valueOf(value).strip();
        if (s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10)).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static List<Source> sources(String file, FrontMatterReader.FrontMatter fm, Problems problems) {
        Object raw = fm.values().get("sources");
        if (raw == null) {
            return List.of();
        }
        int keyLine = fm.lines().getOrDefault("sources", 1);
        if (!(raw instanceof List<?> list)) {
            problems.error(file, keyLine, "'sources:' takes a list of '- n:' entries on the following lines");
            return List.of();
        }
        List<Integer> itemLines = fm.itemLines().getOrDefault("sources", List.of());
        List<Source> sources = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            int line = i < itemLines.size() ? itemLines.get(i) : keyLine;
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                problems.error(file, line, "a source must start with '- n: NUMBER'");
                continue;
            }
            for (Object key : entry.keySet()) {
                if (!Set.of("n", "title", "publisher", "url").contains(String.valueOf(key))) {
                    problems.error(file, line, "unknown source key '" + key + "' (known: n, publisher, title, url)");
                }
            }
            Object n = entry.get("n");
            if (!(n instanceof Integer number) || number < 1 || number > 9999) {
                problems.error(
                        file,
                        line,
                        n == null
                                ? "a source needs 'n: NUMBER'"
                                : "source number '" + n + "' must be a whole number from 1");
                continue;
            }
            String url = text(entry.get("url"));
            if (url != null && !Urls.isHttp(url)) {
                problems.error(file, line, "source " + number + " url '" + url + "' is not an http(s) URL");
                url = null;
            }
            Object title = entry.get("title");
            if (title != null && String.valueOf(title).isBlank()) {
                problems.error(file, line, "source " + number + " has an empty title: leave the key out instead");
            }
            if (!numbers.add(number)) {
                problems.error(file, line, "source " + number + " is listed twice");
                continue;
            }
            sources.add(new Source(number, text(title), text(entry.get("publisher")), url));
        }
        sources.sort(Comparator.comparingInt(Source::n));
        return sources;
    }

    /** A scalar as trimmed text, or null when absent or blank. */
    static String text(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return null;
        }
        String s = value instanceof java.util.Date d
                ? d.toInstant().toString()
                : String.valueOf(value).strip();
        return s.isEmpty() ? null : s;
    }
}
