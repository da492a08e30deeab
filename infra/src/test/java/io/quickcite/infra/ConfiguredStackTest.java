package io.quickcite.infra;

import static io.quickcite.infra.TestInputs.logicalId;
import static io.quickcite.infra.TestInputs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The stack for a config that sets every option: each option lands where the README says it does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfiguredStackTest {

    static final String HOST = "answers.example.org";
    static final String CERTIFICATE =
            "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";
    static final String SCRIPT = "https://" + HOST + "/widget/" + QuickciteStackTest.WIDGET_VERSION + "/quickcite.js";

    @TempDir
    static Path dir;

    QuickciteStack stack;
    Template template;

    @BeforeAll
    void synthesizeOnce() {
        stack = TestInputs.stack(dir, ConfigReaderTest.FULL);
        template = Template.fromStack(stack);
    }

    @Test
    void synthesizesWithoutWarningsOrErrors() {
        Annotations annotations = Annotations.fromStack(stack);
        annotations.hasNoWarning("*", Match.anyValue());
        annotations.hasNoError("*", Match.anyValue());
        assertEquals("quickcite-staging", stack.getStackName());
    }

    @Test
    void functionGetsEverySiteTheDefaultSiteAndCacheSeconds() {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName",
                        "quickcite-staging",
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectEquals(Map.of(
                                        "QUICKCITE_SITES",
                                                "docs=https://docs.example.org,https://www.example.org:8443;"
                                                        + "partner-blog=https://blog.partner.example",
                                        "QUICKCITE_DEFAULT_SITE", "partner-blog",
                                        "QUICKCITE_CACHE_SECONDS", "120",
                                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")))));
    }

    @Test
    void tracingAndReservedConcurrencyFollowTheConfig() {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName",
                        "quickcite-staging",
                        "TracingConfig",
                        Map.of("Mode", "Active"),
                        "ReservedConcurrentExecutions",
                        10));
    }

    @Test
    void logRetentionFollowsTheConfig() {
        template.hasResourceProperties(
                "AWS::Logs::LogGroup",
                Match.objectEquals(Map.of("LogGroupName", "/aws/lambda/quickcite-staging", "RetentionInDays", 90)));
    }

    @Test
    void stageThrottleFollowsTheConfig() {
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Stage",
                Map.of(
                        "StageName",
                        "$default",
                        "DefaultRouteSettings",
                        Match.objectEquals(Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40))));
    }

    @Test
    void latencyAlarmUsesTheConfiguredThreshold() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "AlarmName", "quickcite-staging-latency-p99",
                        "ExtendedStatistic", "p99",
                        "ComparisonOperator", "GreaterThanThreshold",
                        "Threshold", 1500));
    }

    @Test
    void alarmsAreMailedToTheConfiguredAddress() {
        template.resourceCountIs("AWS::SNS::Subscription", 1);
        template.hasResourceProperties(
                "AWS::SNS::Subscription",
                Match.objectEquals(Map.of(
                        "Protocol", "email",
                        "Endpoint", "ops@example.org",
                        "TopicArn", ref(logicalId(stack, stack.monitoring.topic)))));
    }

    @Test
    void distributionAnswersOnTheCustomDomainWithModernTls() {
        template.hasResourceProperties(
                "AWS::CloudFront::Distribution",
                Map.of(
                        "DistributionConfig",
                        Map.of(
                                "Aliases", List.of(HOST),
                                "ViewerCertificate",
                                        Match.objectEquals(Map.of(
                                                "AcmCertificateArn", CERTIFICATE,
                                                "SslSupportMethod", "sni-only",
                                                "MinimumProtocolVersion", "TLSv1.2_2025")))));
    }

    @Test
    void cdkNagLeavesNothingUnsuppressed() {
        NagReport report = SecurityAssertions.assertNoUnsuppressedNagFindings(stack, dir.resolve("cdk.out"));
        // With a custom domain the viewer TLS finding (CFR4) is fixed, not suppressed; X-Ray needs Resource '*'.
        assertEquals(
                new TreeSet<>(Set.of(
                        "AwsSolutions-APIG4 Api/Http/DefaultRoute/Resource",
                        "AwsSolutions-S1 Cdn/WidgetBucket/Resource",
                        "AwsSolutions-CFR1 Cdn/Distribution/Resource",
                        "AwsSolutions-CFR2 Cdn/Distribution/Resource",
                        "AwsSolutions-CFR3 Cdn/Distribution/Resource",
                        "AwsSolutions-IAM5 Answers/Role/DefaultPolicy/Resource",
                        "AwsSolutions-L1 " + QuickciteStackTest.UPLOAD + "/Resource",
                        "AwsSolutions-IAM4 " + QuickciteStackTest.UPLOAD + "/ServiceRole/Resource",
                        "AwsSolutions-IAM5 " + QuickciteStackTest.UPLOAD + "/ServiceRole/DefaultPolicy/Resource")),
                SecurityAssertions.nagSuppressions(report, stack));
        SecurityAssertions.assertDocumented(SecurityAssertions.nagSuppressions(report, stack));
    }

    @Test
    void cfnGuardLeavesNothingUnsuppressed() {
        Guard.Result result = SecurityAssertions.assertGuardPasses(stack, dir.resolve("cdk.out"));
        assertTrue(
                result.passed()
                        .containsAll(Set.of(
                                "cloudfront_custom_ssl_certificate_check",
                                "cloudfront_sni_enabled_check",
                                "cloudfront_security_policy_check")),
                "passed: " + result.passed());
        Set<String> suppressed = SecurityAssertions.guardSuppressions(result);
        assertEquals(18, suppressed.size(), suppressed.toString());
        assertTrue(
                suppressed.stream()
                        .noneMatch(s -> s.startsWith("cloudfront_custom_ssl_certificate_check")
                                || s.startsWith("cloudfront_sni_enabled_check")
                                || s.startsWith("cloudfront_security_policy_check")),
                suppressed.toString());
        SecurityAssertions.assertDocumented(suppressed);
    }

    @Test
    void outputsUseTheCustomDomainAndGiveOneSnippetPerSiteWithItsTheme() {
        assertEquals(
                Set.of(
                        "ApiUrl",
                        "WidgetScriptUrl",
                        "CdnDomainName",
                        "FunctionName",
                        "EmbedSnippetDocs",
                        "EmbedSnippetPartnerBlog"),
                template.findOutputs("*").keySet());
        template.hasOutput("ApiUrl", Map.of("Value", "https://" + HOST));
        template.hasOutput("WidgetScriptUrl", Map.of("Value", SCRIPT));
        template.hasOutput(
                "EmbedSnippetDocs",
                Map.of(
                        "Value",
                        "<script src=\"" + SCRIPT
                                + "\" data-api=\"https://answers.example.org\" data-site=\"docs\" async></script>"
                                + "<quickcite-box site=\"docs\" theme=\"light\"></quickcite-box>"));
        template.hasOutput(
                "EmbedSnippetPartnerBlog",
                Map.of(
                        "Value",
                        "<script src=\"" + SCRIPT
                                + "\" data-api=\"https://answers.example.org\" data-site=\"partner-blog\" async></script>"
                                + "<quickcite-box site=\"partner-blog\" theme=\"dark\"></quickcite-box>"));
    }
}
