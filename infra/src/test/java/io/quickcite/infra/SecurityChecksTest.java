package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * The checks themselves: they find real problems, honour only suppressions with a reason, and refuse to run
 * without the pinned cfn-guard. (The stack's own verdicts are in QuickciteStackTest and ConfiguredStackTest.)
 */
class SecurityChecksTest {

    static final String VERSIONING = "s3_bucket_versioning_enabled_check";

    @TempDir
    Path dir;

    @Test
    void cdkNagReportsAnUnsafeBucketAsErrors() {
        App app = App.Builder.create().outdir(dir.toString()).build();
        Stack stack = new Stack(app, "unsafe");
        Bucket.Builder.create(stack, "Plain").build();
        QuickciteApp.checkSecurity(stack);

        Annotations annotations = Annotations.fromStack(stack);
        List<String> errors = annotations.findError("*", SecurityAssertions.NAG_FINDING).stream()
                .map(message -> String.valueOf(message.getEntry().getData()))
                .toList();

        // S1: no access logs; S10: plain-HTTP requests allowed.
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("AwsSolutions-S1:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("AwsSolutions-S10:")), errors.toString());
        NagReport report = NagReport.read(NagReport.file(dir, "unsafe"));
        assertFalse(report.ok());
        assertEquals(errors.size(), report.errors());
    }

    @Test
    void suppressionsNeedAReason() {
        Stack stack = new Stack(App.Builder.create().outdir(dir.toString()).build(), "reasons");
        Bucket bucket = Bucket.Builder.create(stack, "Plain").build();

        assertThrows(IllegalArgumentException.class, () -> Suppressions.nag(bucket, "AwsSolutions-S1", "because"));
        assertThrows(IllegalArgumentException.class, () -> Suppressions.guard(bucket, VERSIONING, "  "));
        assertThrows(IllegalArgumentException.class, () -> Suppressions.guard(bucket, "", "a long enough reason"));
    }

    @Test
    void guardSuppressionsAccumulateInTheResourceMetadata() {
        Stack stack = new Stack(App.Builder.create().outdir(dir.toString()).build(), "metadata");
        Bucket bucket = Bucket.Builder.create(stack, "Plain").build();
        Suppressions.guard(bucket, VERSIONING, "first reason, long enough");
        Suppressions.guard(bucket, "s3_lifecycle_policy_check", "second reason, long enough");

        Object metadata = software.amazon.awscdk.assertions.Template.fromStack(stack)
                .findResources("AWS::S3::Bucket")
                .values()
                .iterator()
                .next()
                .get("Metadata");
        assertEquals(
                Map.of(
                        Suppressions.GUARD,
                        Map.of(
                                Suppressions.GUARD_RULES, List.of(VERSIONING, "s3_lifecycle_policy_check"),
                                Suppressions.GUARD_REASONS,
                                        Map.of(
                                                VERSIONING,
                                                "first reason, long enough",
                                                "s3_lifecycle_policy_check",
                                                "second reason, long enough"))),
                metadata);
    }

    @Test
    void guardFailsWhatIsNotSuppressedAndCountsWhatIs() throws Exception {
        Path template = template(Map.of(
                "Plain", bucket(null),
                "Kept", bucket(guard(VERSIONING, "versions are not needed in this test"))));

        Guard.Result result = Guard.validate(installed(), template);

        assertFalse(result.ok());
        assertTrue(
                result.failures().contains(new Guard.Finding(VERSIONING, "Plain", null)),
                result.failures().toString());
        assertFalse(result.failures().stream()
                .anyMatch(f -> f.rule().equals(VERSIONING) && f.resource().equals("Kept")));
        assertEquals(
                List.of(new Guard.Finding(VERSIONING, "Kept", "versions are not needed in this test")),
                result.suppressed());
        assertTrue(result.failedRules().contains(VERSIONING));
        assertEquals(List.of(), result.unusedSuppressions());
    }

    @Test
    void guardIgnoresASuppressionWithoutReason() throws Exception {
        Map<String, Object> noReason =
                Map.of(Suppressions.GUARD, Map.of(Suppressions.GUARD_RULES, List.of(VERSIONING)));
        Path template = template(Map.of("Kept", bucket(noReason)));

        Guard.Result result = Guard.validate(installed(), template);

        assertTrue(
                result.failures().contains(new Guard.Finding(VERSIONING, "Kept", null)),
                result.failures().toString());
        assertEquals(List.of(), result.suppressed());
    }

    @Test
    void guardReportsASuppressionNothingUses() throws Exception {
        Path template = template(Map.of("Kept", bucket(guard("lambda_inside_vpc_check", "a bucket is no function"))));

        Guard.Result result = Guard.validate(installed(), template);

        assertEquals(
                List.of(new Guard.Finding("lambda_inside_vpc_check", "Kept", "a bucket is no function")),
                result.unusedSuppressions());
        assertFalse(result.ok());
    }

    @Test
    void guardWithoutNpmCiFailsWithTheCommandToRun() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Guard.locate(dir.resolve("node_modules")));

        assertTrue(e.getMessage().startsWith("cfn-guard not found at " + dir.resolve("node_modules")), e.getMessage());
        assertTrue(e.getMessage().contains("Run 'npm ci' in infra/ first"), e.getMessage());
    }

    @Test
    void installedGuardIsThePinnedVersionWithItsControlTowerRules() throws Exception {
        Guard.Installation guard = installed();
        String pinned = new ObjectMapper()
                .readTree(Path.of("package.json").toFile())
                .path("devDependencies")
                .path(Guard.PACKAGE)
                .asText();

        assertEquals(pinned, guard.packageVersion(), "infra/node_modules is stale: " + Guard.MISSING);
        try (Stream<Path> rules = Files.walk(guard.rules())) {
            assertTrue(rules.filter(f -> f.toString().endsWith(".guard")).count() > 200);
        }
    }

    @Test
    void longRetentionAndACustomDomainNeedFewerSuppressions() {
        Path stackDir = dir.resolve("long");
        QuickciteStack stack = TestInputs.stack(stackDir, """
                {"stage": "archive", "sites": [{"id": "default", "origins": ["https://www.example.com"]}],
                 "logRetentionDays": 400,
                 "domain": {"name": "answers.example.com",
                            "certificateArn": "%s"}}
                """.formatted(ConfiguredStackTest.CERTIFICATE));
        Path outdir = stackDir.resolve("cdk.out");

        SecurityAssertions.assertNoUnsuppressedNagFindings(stack, outdir);
        Guard.Result result = SecurityAssertions.assertGuardPasses(stack, outdir);

        assertTrue(
                result.passed().contains("cloudwatch_log_group_retention_period_check"),
                result.passed().toString());
        Set<String> suppressed = SecurityAssertions.guardSuppressions(result);
        assertTrue(
                suppressed.stream().noneMatch(s -> s.startsWith("cloudwatch_log_group_retention_period_check")),
                suppressed.toString());
    }

    private static Guard.Installation installed() {
        return Guard.locate(Path.of("node_modules"));
    }

    private static Map<String, Object> guard(String rule, String reason) {
        return Map.of(
                Suppressions.GUARD,
                Map.of(Suppressions.GUARD_RULES, List.of(rule), Suppressions.GUARD_REASONS, Map.of(rule, reason)));
    }

    private static Map<String, Object> bucket(Map<String, Object> metadata) {
        return metadata == null
                ? Map.of("Type", "AWS::S3::Bucket", "Properties", Map.of())
                : Map.of("Type", "AWS::S3::Bucket", "Properties", Map.of(), "Metadata", metadata);
    }

    private Path template(Map<String, Object> resources) throws Exception {
        Path file = dir.resolve("template.json");
        new ObjectMapper().writeValue(file.toFile(), Map.of("Resources", resources));
        return file;
    }
}
