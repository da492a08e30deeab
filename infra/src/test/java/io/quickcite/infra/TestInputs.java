package io.quickcite.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Stand-ins for the build outputs (the real jar and widget are built by other modules and may not exist when
 * infra's tests run) and an App whose context is infra/cdk.json's, as the CDK CLI would pass it.
 */
final class TestInputs {

    /** Widget files with fixed bytes, so the widget version they hash to is a known constant. */
    static final Map<String, String> WIDGET = Map.of(
            "quickcite.js", "customElements.define('quickcite-box', class extends HTMLElement {});\n",
            "quickcite.mjs", "export const version = 1;\n");

    private TestInputs() {}

    /** A one-entry jar, enough for the CDK to stage it as the function's code asset. */
    static Path jar(Path dir) {
        Path jar = dir.resolve("quickcite.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("io/quickcite/Placeholder.txt"));
            zip.write("placeholder for the shaded function jar\n".getBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    static Path widget(Path dir) {
        Path dist = dir.resolve("dist");
        WIDGET.forEach((name, content) -> write(dist.resolve(name), content));
        return dist;
    }

    static Path config(Path dir, String json) {
        return write(dir.resolve("quickcite.json"), json);
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An App with infra/cdk.json's context, overridden by {@code overrides}, writing into {@code outdir}. */
    static App app(Path outdir, Map<String, Object> overrides) {
        Map<String, Object> context = new HashMap<>(cdkJsonContext());
        context.putAll(overrides);
        return App.Builder.create().outdir(outdir.toString()).context(context).build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdkJson =
                    new ObjectMapper().readValue(Path.of("cdk.json").toFile(), Map.class);
            return (Map<String, Object>) cdkJson.get("context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synthesizes the stack for {@code configJson} with stand-in artefacts under {@code dir}. */
    static QuickciteStack stack(Path dir, String configJson) {
        App app = app(
                dir.resolve("cdk.out"),
                Map.of(
                        QuickciteApp.CONFIG, config(dir, configJson).toString(),
                        QuickciteApp.JAR, jar(dir).toString(),
                        QuickciteApp.WIDGET, widget(dir).toString()));
        return QuickciteApp.addStack(app);
    }

    /** The CloudFormation logical id of an L2 construct's resource. */
    static String logicalId(Stack stack, IConstruct construct) {
        return stack.getLogicalId((CfnElement) construct.getNode().getDefaultChild());
    }

    static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", java.util.List.of(logicalId, attribute));
    }
}
