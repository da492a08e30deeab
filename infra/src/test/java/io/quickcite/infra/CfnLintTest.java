package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Template;

/**
 * cfn-lint, AWS's CloudFormation linter (the pip package {@code cfn-lint}), on the templates synthesized for the
 * minimal and the full configuration: no error, warning or informational finding but the one rule {@link #IGNORED}. cfn-lint comes only from PyPI
 * (Debian has no package), so where it is not on the PATH this test is skipped, saying so, rather than passing.
 */
class CfnLintTest {

    /**
     * W3005 (a DependsOn that a GetAtt already implies): aws-cdk-lib makes every Lambda function, ours and its own
     * handlers for the widget upload and the bucket emptying, depend on its role, which it also names with GetAtt.
     * Redundant, harmless, and not ours to change.
     */
    static final java.util.List<String> IGNORED = java.util.List.of("W3005");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "full"})
    void theSynthesizedTemplateIsCleanForCfnLint(String which) throws IOException, InterruptedException {
        Path cfnLint = onPath("cfn-lint");
        Assumptions.assumeTrue(
                cfnLint != null, "cfn-lint is not installed (pip install cfn-lint): template not linted");
        QuickciteStack stack =
                TestInputs.stack(dir, which.equals("minimal") ? ConfigReaderTest.MINIMAL : ConfigReaderTest.FULL);
        Template.fromStack(stack);
        Path template = dir.resolve("cdk.out").resolve(stack.getStackName() + ".template.json");
        Process lint = new ProcessBuilder(
                        cfnLint.toString(),
                        "--format",
                        "parseable",
                        "--ignore-checks",
                        String.join(",", IGNORED),
                        "--",
                        template.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!lint.waitFor(120, TimeUnit.SECONDS)) {
            lint.destroyForcibly();
            throw new AssertionError("cfn-lint did not finish in 120 s");
        }
        assertEquals("", output.strip(), "cfn-lint findings on the " + which + " template");
        assertEquals(0, lint.exitValue(), output);
    }

    private static Path onPath(String command) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
