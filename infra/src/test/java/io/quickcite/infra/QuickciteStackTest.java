package io.quickcite.infra;

import static io.quickcite.infra.TestInputs.getAtt;
import static io.quickcite.infra.TestInputs.logicalId;
import static io.quickcite.infra.TestInputs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
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
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The stack for the minimal config: every resource's properties, with the documented defaults. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickciteStackTest {

    static final String WIDGET_VERSION = "d849a77232df";
    /** The handlers aws-cdk-lib adds for BucketDeployment and autoDeleteObjects (fixed ids in aws-cdk-lib). */
    static final String UPLOAD = "Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C";

    static final String UPLOAD_FUNCTION = "CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C81C01536";
    static final String BUCKET_EMPTIER_FUNCTION = "CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F";

    @TempDir
    static Path dir;

    QuickciteStack stack;
    Template template;
    String function;
    String alias;
    String logs;
    String api;
    String distribution;
    String bucket;
    String topic;

    @BeforeAll
    void synthesizeOnce() {
        stack = TestInputs.stack(dir, ConfigReaderTest.MINIMAL);
        template = Template.fromStack(stack);
        function = logicalId(stack, stack.answers.function);
        alias = logicalId(stack, stack.answers.live);
        logs = logicalId(stack, stack.answers.logGroup);
        api = logicalId(stack, stack.api.api);
        distribution = logicalId(stack, stack.cdn.distribution);
        bucket = logicalId(stack, stack.cdn.bucket);
        topic = logicalId(stack, stack.monitoring.topic);
    }

    @Test
    void synthesizesWithoutWarningsOrErrors() {
        Annotations annotations = Annotations.fromStack(stack);
        annotations.hasNoWarning("*", Match.anyValue());
        annotations.hasNoError("*", Match.anyValue());
        assertEquals("quickcite-prod", stack.getStackName());
    }

    @Test
    void functionRunsTheJarOnJava25Arm64() throws Exception {
        Capture key = new Capture();
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName",
                        "quickcite-prod",
                        "Description",
                        "Quickcite answers (prod)",
                        "Runtime",
                        "java25",
                        "Architectures",
                        List.of("arm64"),
                        "Handler",
                        "io.quickcite.api.LambdaHandler",
                        "MemorySize",
                        1769,
                        "Timeout",
                        10,
                        "Code",
                        Map.of("S3Bucket", Match.anyValue(), "S3Key", key)));

        // The jar is uploaded as it is, not re-zipped: the staged asset holds the same bytes.
        Path staged = dir.resolve("cdk.out").resolve("asset." + key.asString());
        assertEquals(-1L, Files.mismatch(staged, dir.resolve("quickcite.jar")));
    }

    @Test
    void functionEnvironmentCarriesSitesAndCacheSettings() {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName",
                        "quickcite-prod",
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectEquals(Map.of(
                                        "QUICKCITE_SITES", "default=https://www.example.com",
                                        "QUICKCITE_DEFAULT_SITE", "default",
                                        "QUICKCITE_CACHE_SECONDS", "300",
                                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")))));
    }

    @Test
    void snapStartAppliesToPublishedVersionsBehindAliasLive() {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of("FunctionName", "quickcite-prod", "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
        Map<String, Map<String, Object>> versions = template.findResources("AWS::Lambda::Version");
        assertEquals(1, versions.size());
        String version = versions.keySet().iterator().next();
        // Retained, so a rollback can point the alias back at an earlier version.
        template.hasResource(
                "AWS::Lambda::Version",
                Map.of(
                        "Properties", Match.objectEquals(Map.of("FunctionName", ref(function))),
                        "DeletionPolicy", "Retain",
                        "UpdateReplacePolicy", "Retain"));
        template.resourceCountIs("AWS::Lambda::Alias", 1);
        template.hasResourceProperties(
                "AWS::Lambda::Alias",
                Match.objectEquals(Map.of(
                        "Name", "live",
                        "FunctionName", ref(function),
                        "FunctionVersion", getAtt(version, "Version"))));
    }

    @Test
    void functionLogsAsJsonIntoARetainedForAMonthGroup() {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName",
                        "quickcite-prod",
                        "LoggingConfig",
                        Match.objectEquals(Map.of(
                                "LogFormat", "JSON",
                                "ApplicationLogLevel", "INFO",
                                "SystemLogLevel", "INFO",
                                "LogGroup", ref(logs)))));
        template.hasResource(
                "AWS::Logs::LogGroup",
                Map.of(
                        "Properties",
                        Match.objectEquals(Map.of("LogGroupName", "/aws/lambda/quickcite-prod", "RetentionInDays", 30)),
                        "DeletionPolicy",
                        "Delete"));
    }

    @Test
    void functionRoleMayOnlyWriteItsOwnLogGroup() {
        String role = logicalId(stack, stack.answers.role);
        template.hasResourceProperties(
                "AWS::Lambda::Function", Map.of("FunctionName", "quickcite-prod", "Role", getAtt(role, "Arn")));
        template.hasResourceProperties(
                "AWS::IAM::Role",
                Map.of(
                        "AssumeRolePolicyDocument",
                                Map.of(
                                        "Statement",
                                        List.of(Map.of(
                                                "Action",
                                                "sts:AssumeRole",
                                                "Effect",
                                                "Allow",
                                                "Principal",
                                                Map.of("Service", "lambda.amazonaws.com")))),
                        "ManagedPolicyArns", Match.absent()));
        template.hasResourceProperties(
                "AWS::IAM::Policy",
                Map.of(
                        "Roles", List.of(ref(role)),
                        "PolicyDocument",
                                Map.of(
                                        "Statement",
                                        List.of(Match.objectEquals(Map.of(
                                                "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                                                "Effect", "Allow",
                                                "Resource", getAtt(logs, "Arn")))))));
    }

    @Test
    void tracingAndReservedConcurrencyAreOffByDefault() {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName", "quickcite-prod",
                        "TracingConfig", Match.absent(),
                        "ReservedConcurrentExecutions", Match.absent()));
    }

    @Test
    void httpApiSendsEveryRouteToAliasLiveWithPayload2() {
        template.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Api",
                Map.of(
                        "Name", "quickcite-prod",
                        "ProtocolType", "HTTP",
                        "CorsConfiguration", Match.absent()));
        template.resourceCountIs("AWS::ApiGatewayV2::Integration", 1);
        Capture integration = new Capture();
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Integration",
                Match.objectEquals(Map.of(
                        "ApiId",
                        ref(api),
                        "IntegrationType",
                        "AWS_PROXY",
                        "IntegrationUri",
                        ref(alias),
                        "PayloadFormatVersion",
                        "2.0")));
        template.resourceCountIs("AWS::ApiGatewayV2::Route", 1);
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Route",
                Map.of(
                        "ApiId",
                        ref(api),
                        "RouteKey",
                        "$default",
                        "AuthorizationType",
                        "NONE",
                        "Target",
                        Map.of("Fn::Join", List.of("", List.of("integrations/", Map.of("Ref", integration))))));
        assertEquals(template.findResources("AWS::ApiGatewayV2::Integration").keySet(), Set.of(integration.asString()));
        template.hasResourceProperties(
                "AWS::Lambda::Permission",
                Map.of(
                        "Action", "lambda:InvokeFunction",
                        "FunctionName", ref(alias),
                        "Principal", "apigateway.amazonaws.com"));
    }

    @Test
    void defaultStageThrottlesAtConfiguredRateAndBurstAndLogsEveryRequest() {
        String accessLogs = logicalId(stack, stack.api.accessLogs);
        template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1);
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Stage",
                Match.objectEquals(Map.of(
                        "ApiId", ref(api),
                        "StageName", "$default",
                        "AutoDeploy", true,
                        "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100),
                        "AccessLogSettings",
                                Map.of(
                                        "DestinationArn",
                                        getAtt(accessLogs, "Arn"),
                                        "Format",
                                        AnswerApi.ACCESS_LOG_FORMAT))));
        template.hasResource(
                "AWS::Logs::LogGroup",
                Map.of(
                        "Properties",
                        Match.objectEquals(
                                Map.of("LogGroupName", "/aws/apigateway/quickcite-prod/access", "RetentionInDays", 30)),
                        "DeletionPolicy",
                        "Delete"));
    }

    @Test
    void accessLogFormatIsOneJsonObjectPerLine() throws Exception {
        Map<?, ?> fields = new ObjectMapper().readValue(AnswerApi.ACCESS_LOG_FORMAT, Map.class);
        assertEquals(
                Set.of(
                        "requestId",
                        "time",
                        "method",
                        "path",
                        "status",
                        "bytes",
                        "latencyMs",
                        "integrationLatencyMs",
                        "integrationStatus",
                        "error",
                        "integrationError",
                        "sourceIp",
                        "userAgent"),
                fields.keySet());
        assertEquals(-1, AnswerApi.ACCESS_LOG_FORMAT.indexOf('\n'));
    }

    @Test
    void answerCacheIsKeyedOnQuestionSiteLanguageAndOrigin() {
        template.hasResourceProperties(
                "AWS::CloudFront::CachePolicy",
                Map.of(
                        "CachePolicyConfig",
                        Map.of(
                                "MinTTL", 0,
                                "DefaultTTL", 60,
                                "MaxTTL", 86400,
                                "ParametersInCacheKeyAndForwardedToOrigin",
                                        Match.objectEquals(Map.of(
                                                "QueryStringsConfig",
                                                        Map.of(
                                                                "QueryStringBehavior",
                                                                "whitelist",
                                                                "QueryStrings",
                                                                List.of("q", "site", "lang")),
                                                "HeadersConfig",
                                                        Map.of(
                                                                "HeaderBehavior",
                                                                "whitelist",
                                                                "Headers",
                                                                List.of("Origin")),
                                                "CookiesConfig", Map.of("CookieBehavior", "none"),
                                                "EnableAcceptEncodingGzip", true,
                                                "EnableAcceptEncodingBrotli", true)))));
    }

    @Test
    void apiOriginGetsOnlyPreflightAndFeedbackHeaders() {
        template.hasResourceProperties(
                "AWS::CloudFront::OriginRequestPolicy",
                Map.of(
                        "OriginRequestPolicyConfig",
                        Map.of(
                                "HeadersConfig",
                                        Match.objectEquals(Map.of(
                                                "HeaderBehavior",
                                                "whitelist",
                                                "Headers",
                                                List.of(
                                                        "Access-Control-Request-Method",
                                                        "Access-Control-Request-Headers",
                                                        "Content-Type"))),
                                "QueryStringsConfig", Match.objectEquals(Map.of("QueryStringBehavior", "none")),
                                "CookiesConfig", Match.objectEquals(Map.of("CookieBehavior", "none")))));
    }

    @Test
    void distributionServesAnswersFromTheApi() {
        String cachePolicy = only("AWS::CloudFront::CachePolicy");
        String requestPolicy = only("AWS::CloudFront::OriginRequestPolicy");
        Capture origin = new Capture();
        template.resourceCountIs("AWS::CloudFront::Distribution", 1);
        template.hasResourceProperties(
                "AWS::CloudFront::Distribution",
                Map.of(
                        "DistributionConfig",
                        Map.of(
                                "Enabled",
                                true,
                                "PriceClass",
                                "PriceClass_100",
                                "HttpVersion",
                                "http2and3",
                                "IPV6Enabled",
                                true,
                                "Aliases",
                                Match.absent(),
                                "ViewerCertificate",
                                Match.absent(),
                                "DefaultCacheBehavior",
                                Match.objectEquals(Map.of(
                                        "TargetOriginId", origin,
                                        "ViewerProtocolPolicy", "https-only",
                                        "AllowedMethods",
                                                List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"),
                                        "CachedMethods", List.of("GET", "HEAD"),
                                        "CachePolicyId", ref(cachePolicy),
                                        "OriginRequestPolicyId", ref(requestPolicy),
                                        "ResponseHeadersPolicyId", ref(logicalId(stack, stack.cdn.apiHeaders)),
                                        "Compress", true)))));
        template.hasResourceProperties(
                "AWS::CloudFront::Distribution",
                Map.of(
                        "DistributionConfig",
                        Map.of(
                                "Origins",
                                Match.arrayWith(List.of(Match.objectEquals(Map.of(
                                        "Id", origin.asString(),
                                        "DomainName",
                                                Map.of(
                                                        "Fn::Select",
                                                        List.of(
                                                                2,
                                                                Map.of(
                                                                        "Fn::Split",
                                                                        List.of("/", getAtt(api, "ApiEndpoint"))))),
                                        "CustomOriginConfig",
                                                Map.of(
                                                        "OriginProtocolPolicy",
                                                        "https-only",
                                                        "OriginSSLProtocols",
                                                        List.of("TLSv1.2")))))))));
    }

    @Test
    void distributionServesTheWidgetFromThePrivateBucketThroughOriginAccessControl() {
        String accessControl = only("AWS::CloudFront::OriginAccessControl");
        Capture origin = new Capture();
        template.hasResourceProperties(
                "AWS::CloudFront::Distribution",
                Map.of(
                        "DistributionConfig",
                        Map.of(
                                "CacheBehaviors",
                                List.of(Match.objectEquals(Map.of(
                                        "PathPattern",
                                        "/widget/*",
                                        "TargetOriginId",
                                        origin,
                                        "ViewerProtocolPolicy",
                                        "redirect-to-https",
                                        "AllowedMethods",
                                        List.of("GET", "HEAD"),
                                        "CachedMethods",
                                        List.of("GET", "HEAD"),
                                        // The managed CachingOptimized policy.
                                        "CachePolicyId",
                                        "658327ea-f89d-4fab-a63d-7e88639e58f6",
                                        "ResponseHeadersPolicyId",
                                        ref(logicalId(stack, stack.cdn.widgetHeaders)),
                                        "Compress",
                                        true))))));
        template.hasResourceProperties(
                "AWS::CloudFront::Distribution",
                Map.of(
                        "DistributionConfig",
                        Map.of(
                                "Origins",
                                Match.arrayWith(List.of(Match.objectEquals(Map.of(
                                        "Id", origin.asString(),
                                        "DomainName", getAtt(bucket, "RegionalDomainName"),
                                        "OriginAccessControlId", getAtt(accessControl, "Id"),
                                        "S3OriginConfig", Map.of("OriginAccessIdentity", ""))))))));
        template.hasResourceProperties(
                "AWS::CloudFront::OriginAccessControl",
                Map.of(
                        "OriginAccessControlConfig",
                        Map.of(
                                "OriginAccessControlOriginType", "s3",
                                "SigningBehavior", "always",
                                "SigningProtocol", "sigv4")));
    }

    /** HSTS, nosniff and a referrer policy on everything CloudFront serves, whatever the origin sent (issue 17). */
    private static Map<String, Object> securityHeaders() {
        return Map.of(
                "StrictTransportSecurity",
                        Map.of("AccessControlMaxAgeSec", 63_072_000, "IncludeSubdomains", true, "Override", true),
                "ContentTypeOptions", Map.of("Override", true),
                "ReferrerPolicy", Map.of("ReferrerPolicy", "strict-origin-when-cross-origin", "Override", false));
    }

    private static Map<String, Object> corp(String value) {
        return Map.of(
                "Items", List.of(Map.of("Header", "Cross-Origin-Resource-Policy", "Value", value, "Override", true)));
    }

    @Test
    void answersGetSecurityHeadersAtTheEdge() {
        template.resourceCountIs("AWS::CloudFront::ResponseHeadersPolicy", 2);
        template.hasResourceProperties(
                "AWS::CloudFront::ResponseHeadersPolicy",
                Map.of(
                        "ResponseHeadersPolicyConfig",
                        Match.objectLike(Map.of(
                                "SecurityHeadersConfig", Match.objectEquals(securityHeaders()),
                                "CustomHeadersConfig", corp("same-origin"),
                                "CorsConfig", Match.absent()))));
    }

    @Test
    void theWidgetGetsSecurityHeadersCorsForEveryOriginAndCorpCrossOrigin() {
        template.hasResourceProperties(
                "AWS::CloudFront::ResponseHeadersPolicy",
                Map.of(
                        "ResponseHeadersPolicyConfig",
                        Match.objectLike(Map.of(
                                "SecurityHeadersConfig", Match.objectEquals(securityHeaders()),
                                "CustomHeadersConfig", corp("cross-origin"),
                                "CorsConfig",
                                        Match.objectEquals(Map.of(
                                                "AccessControlAllowOrigins", Map.of("Items", List.of("*")),
                                                "AccessControlAllowMethods", Map.of("Items", List.of("GET", "HEAD")),
                                                "AccessControlAllowHeaders", Map.of("Items", List.of("*")),
                                                "AccessControlAllowCredentials", false,
                                                "OriginOverride", true))))));
    }

    @Test
    void originErrorsAreNeverCached() {
        template.hasResourceProperties(
                "AWS::CloudFront::Distribution",
                Map.of(
                        "DistributionConfig",
                        Map.of(
                                "CustomErrorResponses",
                                List.of(
                                        Map.of("ErrorCode", 500, "ErrorCachingMinTTL", 0),
                                        Map.of("ErrorCode", 502, "ErrorCachingMinTTL", 0),
                                        Map.of("ErrorCode", 503, "ErrorCachingMinTTL", 0),
                                        Map.of("ErrorCode", 504, "ErrorCachingMinTTL", 0)))));
    }

    @Test
    void widgetBucketIsPrivateAndReadableOnlyByTheDistribution() {
        template.resourceCountIs("AWS::S3::Bucket", 1);
        template.hasResourceProperties(
                "AWS::S3::Bucket",
                Map.of(
                        "PublicAccessBlockConfiguration",
                                Match.objectEquals(Map.of(
                                        "BlockPublicAcls",
                                        true,
                                        "BlockPublicPolicy",
                                        true,
                                        "IgnorePublicAcls",
                                        true,
                                        "RestrictPublicBuckets",
                                        true)),
                        "BucketEncryption",
                                Map.of(
                                        "ServerSideEncryptionConfiguration",
                                        List.of(Map.of(
                                                "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                        "WebsiteConfiguration", Match.absent()));
        template.hasResourceProperties(
                "AWS::S3::BucketPolicy",
                Map.of(
                        "Bucket", ref(bucket),
                        "PolicyDocument",
                                Map.of(
                                        "Statement",
                                        Match.arrayWith(
                                                List.of(
                                                        Match.objectLike(Map.of(
                                                                "Effect", "Deny",
                                                                "Principal", Map.of("AWS", "*"),
                                                                "Condition",
                                                                        Map.of(
                                                                                "Bool",
                                                                                Map.of(
                                                                                        "aws:SecureTransport",
                                                                                        "false")))),
                                                        Match.objectLike(
                                                                Map.of(
                                                                        "Effect",
                                                                        "Allow",
                                                                        "Action",
                                                                        "s3:GetObject",
                                                                        "Principal",
                                                                        Map.of("Service", "cloudfront.amazonaws.com"),
                                                                        "Condition",
                                                                        Map.of(
                                                                                "StringEquals",
                                                                                Map.of(
                                                                                        "AWS:SourceArn",
                                                                                        Map.of(
                                                                                                "Fn::Join",
                                                                                                List.of(
                                                                                                        "",
                                                                                                        Match.arrayWith(
                                                                                                                List.of(
                                                                                                                        ref(
                                                                                                                                distribution))))))))))))));
    }

    @Test
    void widgetIsUploadedUnderItsVersionWithImmutableCaching() {
        template.hasResourceProperties(
                "Custom::CDKBucketDeployment",
                Map.of(
                        "DestinationBucketName", ref(bucket),
                        "DestinationBucketKeyPrefix", "widget/" + WIDGET_VERSION + "/",
                        "Prune", false,
                        "RetainOnDelete", true,
                        "Exclude", List.of("*"),
                        "Include", List.of("*.js", "*.mjs"),
                        "SystemMetadata",
                                Match.objectEquals(Map.of(
                                        "cache-control", "public, max-age=31536000, immutable",
                                        "content-type", "text/javascript; charset=utf-8"))));
    }

    @Test
    void alarmsWatchErrorsThrottles5xxAndP99Latency() {
        template.resourceCountIs("AWS::CloudWatch::Alarm", 4);
        List<Object> functionDimension = List.of(Map.of("Name", "FunctionName", "Value", ref(function)));
        List<Object> apiDimension = List.of(Map.of("Name", "ApiId", "Value", ref(api)));
        alarm(
                "quickcite-prod-function-errors",
                "AWS/Lambda",
                "Errors",
                functionDimension,
                "Statistic",
                "Sum",
                "GreaterThanOrEqualToThreshold",
                1,
                1);
        alarm(
                "quickcite-prod-function-throttles",
                "AWS/Lambda",
                "Throttles",
                functionDimension,
                "Statistic",
                "Sum",
                "GreaterThanOrEqualToThreshold",
                1,
                1);
        alarm(
                "quickcite-prod-api-5xx",
                "AWS/ApiGateway",
                "5xx",
                apiDimension,
                "Statistic",
                "Sum",
                "GreaterThanOrEqualToThreshold",
                1,
                1);
        alarm(
                "quickcite-prod-latency-p99",
                "AWS/ApiGateway",
                "Latency",
                apiDimension,
                "ExtendedStatistic",
                "p99",
                "GreaterThanThreshold",
                2000,
                3);
        template.resourceCountIs("AWS::SNS::Topic", 1);
        template.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void alarmTopicRefusesPublishersWithoutTls() {
        template.hasResourceProperties(
                "AWS::SNS::TopicPolicy",
                Map.of(
                        "Topics", List.of(ref(topic)),
                        "PolicyDocument",
                                Map.of(
                                        "Statement",
                                        Match.arrayWith(List.of(Match.objectLike(Map.of(
                                                "Effect", "Deny",
                                                "Action", "sns:Publish",
                                                "Condition",
                                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void logsInsightsQueriesFindUnansweredQuestionsAndUnhelpfulAnswers() {
        template.resourceCountIs("AWS::Logs::QueryDefinition", 2);
        template.hasResourceProperties(
                "AWS::Logs::QueryDefinition",
                Match.objectEquals(Map.of(
                        "Name", "quickcite-prod/unanswered questions",
                        "LogGroupNames", List.of(ref(logs)),
                        "QueryString", """
                        filter event = "answer"
                        | filter answered = 0
                        | stats count(*) as asked, max(confidence) as bestConfidence by site, q
                        | sort asked desc
                        | limit 100""")));
        template.hasResourceProperties(
                "AWS::Logs::QueryDefinition",
                Match.objectEquals(Map.of(
                        "Name", "quickcite-prod/unhelpful answers",
                        "LogGroupNames", List.of(ref(logs)),
                        "QueryString", """
                        filter event = "feedback"
                        | filter helpful = 0
                        | stats count(*) as unhelpful by site, answerId, q
                        | sort unhelpful desc
                        | limit 100""")));
    }

    @Test
    void outputsGiveApiUrlWidgetUrlAndAReadyEmbedSnippet() {
        Map<String, Object> host = getAtt(distribution, "DomainName");
        assertEquals(
                Set.of("ApiUrl", "WidgetScriptUrl", "CdnDomainName", "FunctionName", "EmbedSnippetDefault"),
                template.findOutputs("*").keySet());
        template.hasOutput("ApiUrl", Map.of("Value", join("https://", host)));
        template.hasOutput(
                "WidgetScriptUrl",
                Map.of("Value", join("https://", host, "/widget/" + WIDGET_VERSION + "/quickcite.js")));
        template.hasOutput("CdnDomainName", Map.of("Value", host));
        template.hasOutput("FunctionName", Map.of("Value", ref(function)));
        template.hasOutput(
                "EmbedSnippetDefault",
                Map.of(
                        "Value",
                        join(
                                "<script src=\"https://",
                                host,
                                "/widget/" + WIDGET_VERSION + "/quickcite.js\" data-api=\"https://",
                                host,
                                "\" data-site=\"default\" async></script><quickcite-box site=\"default\" theme=\"auto\"></quickcite-box>")));
    }

    @Test
    void cdkNagLeavesNothingUnsuppressed() {
        NagReport report = SecurityAssertions.assertNoUnsuppressedNagFindings(stack, dir.resolve("cdk.out"));
        // Each one is deliberate and explained in README.md; a new one must be added here on purpose.
        assertEquals(
                new TreeSet<>(Set.of(
                        "AwsSolutions-APIG4 Api/Http/DefaultRoute/Resource",
                        "AwsSolutions-S1 Cdn/WidgetBucket/Resource",
                        "AwsSolutions-CFR1 Cdn/Distribution/Resource",
                        "AwsSolutions-CFR2 Cdn/Distribution/Resource",
                        "AwsSolutions-CFR3 Cdn/Distribution/Resource",
                        "AwsSolutions-CFR4 Cdn/Distribution/Resource",
                        "AwsSolutions-L1 " + UPLOAD + "/Resource",
                        "AwsSolutions-IAM4 " + UPLOAD + "/ServiceRole/Resource",
                        "AwsSolutions-IAM5 " + UPLOAD + "/ServiceRole/DefaultPolicy/Resource")),
                SecurityAssertions.nagSuppressions(report, stack));
    }

    @Test
    void cfnGuardLeavesNothingUnsuppressed() {
        Guard.Result result = SecurityAssertions.assertGuardPasses(stack, dir.resolve("cdk.out"));
        assertEquals(
                new TreeSet<>(Set.of(
                        "api_gw_v2_authorization_type_configured_check ApiHttpDefaultRoute41824AB3",
                        "lambda_function_public_access_prohibited_check ApiHttpDefaultRouteLivePermissionC235F60A",
                        "cloudwatch_log_group_encrypted_check " + logs,
                        "cloudwatch_log_group_encrypted_check ApiAccessLogs50B185DB",
                        "cloudwatch_log_group_retention_period_check " + logs,
                        "cloudwatch_log_group_retention_period_check ApiAccessLogs50B185DB",
                        "lambda_inside_vpc_check " + function,
                        "lambda_inside_vpc_check " + UPLOAD_FUNCTION,
                        "lambda_inside_vpc_check " + BUCKET_EMPTIER_FUNCTION,
                        "cloudfront_access_logs_enabled_check " + distribution,
                        "cloudfront_default_root_object_configured_check " + distribution,
                        "cloudfront_origin_failover_enabled_check " + distribution,
                        "cloudfront_custom_ssl_certificate_check " + distribution,
                        "cloudfront_sni_enabled_check " + distribution,
                        "cloudfront_security_policy_check " + distribution,
                        "s3_bucket_logging_enabled_check " + bucket,
                        "s3_bucket_default_encryption_kms_check " + bucket,
                        "s3_bucket_versioning_enabled_check " + bucket,
                        "s3_event_notifications_enabled_check " + bucket,
                        "s3_lifecycle_policy_check " + bucket,
                        "s3_bucket_object_lock_enabled_check " + bucket)),
                SecurityAssertions.guardSuppressions(result));
    }

    @Test
    void everySuppressionIsExplainedInTheReadme() {
        Path outdir = dir.resolve("cdk.out");
        SecurityAssertions.assertDocumented(SecurityAssertions.nagSuppressions(
                NagReport.read(NagReport.file(outdir, stack.getStackName())), stack));
        SecurityAssertions.assertDocumented(SecurityAssertions.guardSuppressions(
                Guard.validate(Guard.locate(Path.of("node_modules")), outdir.resolve("quickcite-prod.template.json"))));
    }

    @Test
    void securityReportPassesOnTheCloudAssembly() {
        assertTrue(SecurityReport.report(dir.resolve("cdk.out")));
    }

    private void alarm(
            String name,
            String namespace,
            String metric,
            List<Object> dimensions,
            String statisticKey,
            String statistic,
            String comparison,
            int threshold,
            int periods) {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Match.objectEquals(Map.ofEntries(
                        Map.entry("AlarmName", name),
                        Map.entry("AlarmDescription", Match.anyValue()),
                        Map.entry("Namespace", namespace),
                        Map.entry("MetricName", metric),
                        Map.entry("Dimensions", dimensions),
                        Map.entry(statisticKey, statistic),
                        Map.entry("Period", 300),
                        Map.entry("ComparisonOperator", comparison),
                        Map.entry("Threshold", threshold),
                        Map.entry("EvaluationPeriods", periods),
                        Map.entry("DatapointsToAlarm", periods),
                        Map.entry("TreatMissingData", "notBreaching"),
                        Map.entry("AlarmActions", List.of(ref(topic))),
                        Map.entry("OKActions", List.of(ref(topic))))));
    }

    private String only(String type) {
        Set<String> ids = template.findResources(type).keySet();
        assertEquals(1, ids.size(), type);
        return ids.iterator().next();
    }

    static Map<String, Object> join(Object... parts) {
        return Map.of("Fn::Join", List.of("", List.of(parts)));
    }
}
