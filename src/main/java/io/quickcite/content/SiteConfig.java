package io.quickcite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The optional {@code quickcite.yml} of a content folder: the site's name and the base path under which pages whose
 * URL comes from their file path are served.
 *
 * @param name     the site's name, or null to take it from the pages
 * @param basePath "" or a path such as "/docs" (no trailing slash)
 */
public record SiteConfig(String name, String basePath) {

    /** The file name in the content folder. */
    public static final String NAME = "quickcite.yml";

    private static final Set<String> KEYS = Set.of("name", "basePath");

    /** Reads {@code folder/quickcite.yml}; no file gives no name and base path "". */
    public static SiteConfig read(Path folder, Problems problems) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return new SiteConfig(null, "");
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (YAMLException e) {
            problems.error(
                    NAME,
                    1,
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return new SiteConfig(null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (loaded == null) {
            return new SiteConfig(null, "");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.error(NAME, 1, "expected 'key: value' lines (name, basePath)");
            return new SiteConfig(null, "");
        }
        map.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !KEYS.contains(k))
                .sorted()
                .forEach(k -> problems.warning(NAME, 1, "unknown key '" + k + "' ignored (known: basePath, name)"));
        String name =
                map.get("name") == null ? null : String.valueOf(map.get("name")).strip();
        String base = map.get("basePath") == null
                ? ""
                : String.valueOf(map.get("basePath")).strip();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty() && !Urls.isPagePath(base)) {
            problems.error(NAME, 1, "basePath '" + base + "' must be a site path such as /docs");
            base = "";
        }
        return new SiteConfig(name == null || name.isEmpty() ? null : name, base);
    }
}
