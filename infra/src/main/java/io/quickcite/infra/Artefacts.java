package io.quickcite.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two build outputs a deployment ships: the function jar and the widget's dist folder.
 * Missing ones fail synthesis here, before any construct exists, never silently.
 *
 * @param widgetVersion first 12 hex digits of a SHA-256 over the widget files' names and bytes;
 *                      it names the widget's immutable path, so changed files always get a new URL
 */
record Artefacts(Path jar, Path widgetDist, String widgetVersion) {

    /** Files the embed snippet and module users load; a dist without them is not a widget build. */
    static final List<String> WIDGET_FILES = List.of("quickcite.js", "quickcite.mjs");

    /** Globs of the dist files that are uploaded; everything is served as JavaScript, so nothing else is. */
    static final List<String> DEPLOYED_PATTERNS = List.of("*.js", "*.mjs");

    /** Checks both artefacts exist and computes the widget version. */
    static Artefacts locate(Path jar, Path widgetDist) {
        Path jarPath = jar.toAbsolutePath().normalize();
        Path distPath = widgetDist.toAbsolutePath().normalize();
        if (!Files.isRegularFile(jarPath)) {
            throw new ConfigException("Function jar not found: " + jarPath
                    + ". Build it first, from the repository root: mvn -B package -DskipTests");
        }
        if (!Files.isDirectory(distPath)) {
            throw new ConfigException("Widget build not found: " + distPath
                    + ". Build it first: cd widget-embed && npm ci && npm run build");
        }
        for (String file : WIDGET_FILES) {
            if (!Files.isRegularFile(distPath.resolve(file))) {
                throw new ConfigException("Widget build " + distPath + " has no " + file
                        + ". Rebuild it: cd widget-embed && npm ci && npm run build");
            }
        }
        return new Artefacts(jarPath, distPath, contentVersion(distPath));
    }

    /** Hashes relative paths and contents of the files that get deployed ({@link #DEPLOYED_PATTERNS}), in path order. */
    static String contentVersion(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Artefacts::isDeployed).sorted().toList()) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDeployed(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".js") || name.endsWith(".mjs"));
    }
}
