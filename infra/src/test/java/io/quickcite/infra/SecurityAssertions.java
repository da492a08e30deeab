package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** The security checks' verdicts on a synthesized stack, shared by the default and the fully configured stack. */
final class SecurityAssertions {

    static final Object NAG_FINDING = Match.stringLikeRegexp("AwsSolutions-.*");

    private SecurityAssertions() {}

    /** No AwsSolutions error or warning is left on any resource; returns the report, which must show the pack ran. */
    static NagReport assertNoUnsuppressedNagFindings(Stack stack, Path outdir) {
        Annotations annotations = Annotations.fromStack(stack);
        assertEquals(List.of(), messages(annotations.findError("*", NAG_FINDING)), "unsuppressed cdk-nag errors");
        assertEquals(List.of(), messages(annotations.findWarning("*", NAG_FINDING)), "unsuppressed cdk-nag warnings");
        NagReport report = NagReport.read(NagReport.file(outdir, stack.getStackName()));
        assertEquals(List.of(), report.findings());
        assertTrue(report.compliant() > 0, "cdk-nag checked nothing: " + report.summary());
        return report;
    }

    /** cfn-guard over the stack's synthesized template: nothing unsuppressed, no unused suppression. */
    static Guard.Result assertGuardPasses(Stack stack, Path outdir) {
        Guard.Result result = Guard.validate(
                Guard.locate(Path.of("node_modules")), outdir.resolve(stack.getStackName() + ".template.json"));
        assertEquals(List.of(), result.failures(), "unsuppressed cfn-guard failures");
        assertEquals(List.of(), result.unusedSuppressions(), "cfn-guard suppressions no failure uses");
        assertTrue(result.rules() > 200, "cfn-guard ran only " + result.rules() + " rules");
        // Rules the stack satisfies by design; if one of them stops passing, the stack regressed.
        assertTrue(
                result.passed()
                        .containsAll(Set.of(
                                "api_gw_v2_access_logs_enabled_check",
                                "cloudfront_origin_access_control_enabled_check",
                                "cloudfront_traffic_to_origin_encrypted_check",
                                "cloudfront_viewer_policy_https_check",
                                "s3_bucket_level_public_access_prohibited_check",
                                "s3_bucket_policy_ssl_requests_only_check")),
                "passed: " + result.passed());
        return result;
    }

    /** cdk-nag suppressions in the report, as {@code ruleId resourcePath} with the stack name cut off. */
    static Set<String> nagSuppressions(NagReport report, Stack stack) {
        try {
            JsonNode lines = new ObjectMapper().readTree(report.file().toFile()).path("lines");
            Set<String> suppressed = new TreeSet<>();
            for (JsonNode line : lines) {
                if (line.path("compliance").asText().equals("Suppressed")) {
                    assertFalse(line.path("exceptionReason").asText().isBlank(), line.toString());
                    suppressed.add(line.path("ruleId").asText() + " "
                            + line.path("resourceId")
                                    .asText()
                                    .substring(stack.getStackName().length() + 1));
                }
            }
            return suppressed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** cfn-guard suppressions used, as {@code rule logicalId}. */
    static Set<String> guardSuppressions(Guard.Result result) {
        return result.suppressed().stream()
                .map(finding -> finding.rule() + " " + finding.resource())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** README.md's security section names every suppressed rule, so operators can read why. */
    static void assertDocumented(Set<String> suppressions) {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> missing = new TreeSet<>();
        for (String suppression : suppressions) {
            String rule = suppression.substring(0, suppression.indexOf(' ')).replaceAll("\\[.*", "");
            if (!readme.contains("`" + rule + "`")) {
                missing.add(rule);
            }
        }
        assertEquals(Set.of(), missing, "suppressed rules missing from infra/README.md");
    }

    private static List<String> messages(List<SynthesisMessage> found) {
        return found.stream()
                .map(m -> m.getId() + ": " + m.getEntry().getData())
                .toList();
    }
}
