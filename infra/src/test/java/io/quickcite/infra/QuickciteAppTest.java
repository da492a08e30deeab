package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;

/** Synthesis refuses to run without its inputs, never passing silently when a build output is missing. */
class QuickciteAppTest {

    @TempDir
    Path dir;

    @Test
    void cdkJsonPointsAtTheRepositoryBuildOutputs() {
        Map<String, Object> context = TestInputs.cdkJsonContext();

        assertEquals("quickcite.json", context.get(QuickciteApp.CONFIG));
        assertEquals("../target/quickcite.jar", context.get(QuickciteApp.JAR));
        assertEquals("../widget-embed/dist", context.get(QuickciteApp.WIDGET));
    }

    @Test
    void missingJarFailsSynth() {
        Path missing = dir.resolve("target/quickcite.jar");
        App app = app(missing, TestInputs.widget(dir));

        ConfigException e = assertThrows(ConfigException.class, () -> QuickciteApp.addStack(app));

        assertEquals(
                "Function jar not found: " + missing
                        + ". Build it first, from the repository root: mvn -B package -DskipTests",
                e.getMessage());
    }

    @Test
    void jarThatIsAFolderFailsSynth() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("quickcite.jar"));
        App app = app(folder, TestInputs.widget(dir));

        ConfigException e = assertThrows(ConfigException.class, () -> QuickciteApp.addStack(app));

        assertEquals(
                "Function jar not found: " + folder
                        + ". Build it first, from the repository root: mvn -B package -DskipTests",
                e.getMessage());
    }

    @Test
    void missingWidgetBuildFailsSynth() {
        Path missing = dir.resolve("widget-embed/dist");
        App app = app(TestInputs.jar(dir), missing);

        ConfigException e = assertThrows(ConfigException.class, () -> QuickciteApp.addStack(app));

        assertEquals(
                "Widget build not found: " + missing + ". Build it first: cd widget-embed && npm ci && npm run build",
                e.getMessage());
    }

    @Test
    void widgetBuildWithoutModuleFailsSynth() throws Exception {
        Path dist = TestInputs.widget(dir);
        Files.delete(dist.resolve("quickcite.mjs"));
        App app = app(TestInputs.jar(dir), dist);

        ConfigException e = assertThrows(ConfigException.class, () -> QuickciteApp.addStack(app));

        assertEquals(
                "Widget build " + dist + " has no quickcite.mjs"
                        + ". Rebuild it: cd widget-embed && npm ci && npm run build",
                e.getMessage());
    }

    @Test
    void missingConfigFileFailsSynth() {
        Path missing = dir.resolve("staging.json");
        App app = TestInputs.app(
                dir.resolve("cdk.out"),
                Map.of(
                        QuickciteApp.CONFIG,
                        missing.toString(),
                        QuickciteApp.JAR,
                        TestInputs.jar(dir).toString(),
                        QuickciteApp.WIDGET,
                        TestInputs.widget(dir).toString()));

        ConfigException e = assertThrows(ConfigException.class, () -> QuickciteApp.addStack(app));

        assertEquals("Config file not found: " + missing, e.getMessage());
    }

    @Test
    void missingContextValueFailsSynth() {
        App app = App.Builder.create()
                .outdir(dir.resolve("cdk.out").toString())
                .context(Map.of(QuickciteApp.CONFIG, "quickcite.json", QuickciteApp.WIDGET, "dist"))
                .build();

        ConfigException e = assertThrows(ConfigException.class, () -> QuickciteApp.addStack(app));

        assertEquals("Context value 'jar' is missing: set it in cdk.json or with -c jar=...", e.getMessage());
    }

    @Test
    void widgetVersionHashesOnlyDeployedFiles() {
        Path dist = TestInputs.widget(dir);
        String version = Artefacts.contentVersion(dist);
        TestInputs.write(dist.resolve("quickcite.js.map"), "{}");
        TestInputs.write(dist.resolve("README.txt"), "not deployed");

        // Independently: sha256 over "quickcite.js\0<bytes>\0quickcite.mjs\0<bytes>\0", first 12 hex digits.
        assertEquals("d849a77232df", version);
        assertEquals(version, Artefacts.contentVersion(dist));
    }

    @Test
    void widgetVersionChangesWithContent() {
        Path dist = TestInputs.widget(dir);
        String before = Artefacts.contentVersion(dist);
        TestInputs.write(dist.resolve("quickcite.mjs"), "export const version = 2;\n");

        assertNotEquals(before, Artefacts.contentVersion(dist));
    }

    private App app(Path jar, Path widget) {
        return TestInputs.app(
                dir.resolve("cdk.out"),
                Map.of(
                        QuickciteApp.CONFIG,
                                TestInputs.config(dir, ConfigReaderTest.MINIMAL).toString(),
                        QuickciteApp.JAR, jar.toString(),
                        QuickciteApp.WIDGET, widget.toString()));
    }
}
