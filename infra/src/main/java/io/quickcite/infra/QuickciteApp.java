package io.quickcite.infra;

import java.nio.file.Path;
import software.amazon.awscdk.App;

/** Reads the app's context (config file, jar, widget folder; defaults in cdk.json) and adds the stack. */
final class QuickciteApp {

    static final String CONFIG = "config";
    static final String JAR = "jar";
    static final String WIDGET = "widget";

    private QuickciteApp() {
    }

    /** Adds the configured stack to {@code app}; throws {@link ConfigException} before adding anything if inputs are bad. */
    static QuickciteStack addStack(App app) {
        QuickciteConfig config = ConfigReader.read(Path.of(required(app, CONFIG)));
        Artefacts artefacts = Artefacts.locate(Path.of(required(app, JAR)), Path.of(required(app, WIDGET)));
        return new QuickciteStack(app, config, artefacts);
    }

    private static String required(App app, String key) {
        Object value = app.getNode().tryGetContext(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ConfigException("Context value '" + key + "' is missing: set it in cdk.json or with -c " + key + "=...");
        }
        return text;
    }
}
