package io.quickcite.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagReportFormat;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;

/** Reads the app's context (config file, jar, widget folder; defaults in cdk.json) and adds the stack. */
final class QuickciteApp {

    static final String CONFIG = "config";
    static final String JAR = "jar";
    static final String WIDGET = "widget";

    private QuickciteApp() {}

    /** Adds the configured stack to {@code app}; throws {@link ConfigException} before adding anything if inputs are bad. */
    static QuickciteStack addStack(App app) {
        QuickciteConfig config = ConfigReader.read(Path.of(required(app, CONFIG)));
        Artefacts artefacts = Artefacts.locate(Path.of(required(app, JAR)), Path.of(required(app, WIDGET)));
        QuickciteStack stack = new QuickciteStack(app, config, artefacts);
        checkSecurity(stack);
        return stack;
    }

    /**
     * cdk-nag's AwsSolutions pack: each unsuppressed finding becomes an error or warning annotation on its
     * resource (the CLI's synth fails on errors), and a JSON report per stack lands in the cloud assembly.
     */
    static void checkSecurity(Stack stack) {
        Aspects.of(stack)
                .add(new AwsSolutionsChecks(NagPackProps.builder()
                        .verbose(true)
                        .reportFormats(List.of(NagReportFormat.JSON))
                        .build()));
    }

    private static String required(App app, String key) {
        Object value = app.getNode().tryGetContext(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ConfigException(
                    "Context value '" + key + "' is missing: set it in cdk.json or with -c " + key + "=...");
        }
        return text;
    }
}
