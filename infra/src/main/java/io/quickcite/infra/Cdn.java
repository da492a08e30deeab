package io.quickcite.infra;

import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CacheCookieBehavior;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.CachedMethods;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestCookieBehavior;
import software.amazon.awscdk.services.cloudfront.OriginRequestHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeader;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersCorsBehavior;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.CacheControl;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * One CloudFront distribution: answers from the API, cached per question as the function's Cache-Control
 * allows, and the widget from a private bucket under an immutable, versioned path.
 */
final class Cdn extends Construct {

    static final String WIDGET_PATH = "widget";
    /** Query parameters that change an answer (see shared/api.md); everything else is left out of the cache key. */
    static final List<String> CACHE_KEY_QUERY = List.of("q", "site", "lang");
    /**
     * The function's Access-Control-Allow-Origin depends on the caller's Origin, and CloudFront ignores Vary,
     * so Origin is part of the cache key: otherwise one partner could be served another's CORS answer.
     */
    static final List<String> CACHE_KEY_HEADERS = List.of("Origin");
    /** What preflights and POST /feedback need beyond the cache key. */
    static final List<String> FORWARDED_HEADERS =
            List.of("Access-Control-Request-Method", "Access-Control-Request-Headers", "Content-Type");

    static final String WIDGET_CONTENT_TYPE = "text/javascript; charset=utf-8";
    /** Origin errors CloudFront must not cache (error caching minimum TTL 0): a failure is never served again. */
    static final List<Number> NOT_CACHED = List.of(500, 502, 503, 504);
    /** HSTS max-age: two years, as the preload list asks (the stack does not submit the name to it). */
    static final Duration HSTS_MAX_AGE = Duration.days(730);

    final Bucket bucket;
    final Distribution distribution;
    final ResponseHeadersPolicy apiHeaders;
    final ResponseHeadersPolicy widgetHeaders;
    private final String host;
    private final String widgetPrefix;

    Cdn(Construct scope, String id, QuickciteConfig config, Artefacts artefacts, String apiHost) {
        super(scope, id);
        bucket = Bucket.Builder.create(this, "WidgetBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                // Holds only build output that deploy.sh recreates, so teardown may delete it.
                .removalPolicy(RemovalPolicy.DESTROY)
                .autoDeleteObjects(true)
                .build();

        CachePolicy answers = CachePolicy.Builder.create(this, "AnswerCache")
                .comment("Quickcite answers: keyed on q, site, lang and Origin; TTL from the function's Cache-Control")
                .minTtl(Duration.seconds(0))
                .defaultTtl(Duration.seconds(60))
                .maxTtl(Duration.days(1))
                .queryStringBehavior(CacheQueryStringBehavior.allowList(CACHE_KEY_QUERY.toArray(String[]::new)))
                .headerBehavior(CacheHeaderBehavior.allowList(CACHE_KEY_HEADERS.toArray(String[]::new)))
                .cookieBehavior(CacheCookieBehavior.none())
                .enableAcceptEncodingGzip(true)
                .enableAcceptEncodingBrotli(true)
                .build();
        OriginRequestPolicy toApi = OriginRequestPolicy.Builder.create(this, "ApiRequest")
                .comment("Quickcite answers: CORS preflight and feedback headers")
                .headerBehavior(OriginRequestHeaderBehavior.allowList(FORWARDED_HEADERS.toArray(String[]::new)))
                .queryStringBehavior(OriginRequestQueryStringBehavior.none())
                .cookieBehavior(OriginRequestCookieBehavior.none())
                .build();

        apiHeaders = ResponseHeadersPolicy.Builder.create(this, "ApiHeaders")
                .comment(
                        "Quickcite answers: HSTS, nosniff, referrer policy, CORP same-origin (CORS reads are unaffected)")
                .securityHeadersBehavior(securityHeaders())
                .customHeadersBehavior(corp("same-origin"))
                .build();
        // The widget is a script partner pages load from another origin (with CORS for the module build), so it
        // allows every origin and says CORP cross-origin, which pages isolated with COEP require.
        widgetHeaders = ResponseHeadersPolicy.Builder.create(this, "WidgetHeaders")
                .comment("Quickcite widget: CORS for every origin, HSTS, nosniff, referrer policy, CORP cross-origin")
                .corsBehavior(ResponseHeadersCorsBehavior.builder()
                        .accessControlAllowOrigins(List.of("*"))
                        .accessControlAllowMethods(List.of("GET", "HEAD"))
                        .accessControlAllowHeaders(List.of("*"))
                        .accessControlAllowCredentials(false)
                        .originOverride(true)
                        .build())
                .securityHeadersBehavior(securityHeaders())
                .customHeadersBehavior(corp("cross-origin"))
                .build();

        BehaviorOptions api = BehaviorOptions.builder()
                .origin(HttpOrigin.Builder.create(apiHost)
                        .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                        .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2))
                        .build())
                .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                .allowedMethods(AllowedMethods.ALLOW_ALL)
                .cachedMethods(CachedMethods.CACHE_GET_HEAD)
                .cachePolicy(answers)
                .originRequestPolicy(toApi)
                .responseHeadersPolicy(apiHeaders)
                .compress(true)
                .build();
        // Module scripts are fetched with CORS, so the widget files allow every origin; they are public anyway.
        BehaviorOptions widget = BehaviorOptions.builder()
                .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                .cachedMethods(CachedMethods.CACHE_GET_HEAD)
                .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                .responseHeadersPolicy(widgetHeaders)
                .compress(true)
                .build();

        Distribution.Builder cdn = Distribution.Builder.create(this, "Distribution")
                .comment("Quickcite " + config.stage() + ": answers and widget")
                .defaultBehavior(api)
                .additionalBehaviors(Map.of("/" + WIDGET_PATH + "/*", widget))
                // An origin 5xx without Cache-Control would otherwise be cached for CloudFront's default 10 s
                .errorResponses(NOT_CACHED.stream()
                        .map(status -> ErrorResponse.builder()
                                .httpStatus(status)
                                .ttl(Duration.seconds(0))
                                .build())
                        .toList())
                .priceClass(PriceClass.PRICE_CLASS_100)
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .enableIpv6(true);
        // The TLS policy only applies to a custom certificate; the default *.cloudfront.net one has its own.
        config.domain()
                .ifPresent(domain -> cdn.domainNames(List.of(domain.name()))
                        .certificate(Certificate.fromCertificateArn(this, "Certificate", domain.certificateArn()))
                        .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2025));
        distribution = cdn.build();

        widgetPrefix = WIDGET_PATH + "/" + artefacts.widgetVersion() + "/";
        // Neither prune nor a new version's update deletes earlier versions, so embed snippets already on
        // partner pages keep working; teardown empties the bucket.
        BucketDeployment.Builder.create(this, "Widget")
                .sources(List.of(Source.asset(artefacts.widgetDist().toString())))
                .destinationBucket(bucket)
                .destinationKeyPrefix(widgetPrefix)
                .exclude(List.of("*"))
                .include(Artefacts.DEPLOYED_PATTERNS)
                .prune(false)
                .retainOnDelete(true)
                .contentType(WIDGET_CONTENT_TYPE)
                .cacheControl(List.of(
                        CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()))
                .build();
        host = config.domain().map(QuickciteConfig.Domain::name).orElse(distribution.getDistributionDomainName());

        suppressBucketFindings();
        suppressDistributionFindings(config);
        suppressCdkHandlerFindings();
    }

    /**
     * The security headers of every response through the distribution. The function sends nosniff and its referrer
     * policy itself (locally too); CloudFront adds them where it does not (S3, API Gateway's own errors) and HSTS, which
     * only the HTTPS edge can promise.
     */
    private static ResponseSecurityHeadersBehavior securityHeaders() {
        return ResponseSecurityHeadersBehavior.builder()
                .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                        .accessControlMaxAge(HSTS_MAX_AGE)
                        .includeSubdomains(true)
                        .override(true)
                        .build())
                .contentTypeOptions(ResponseHeadersContentTypeOptions.builder()
                        .override(true)
                        .build())
                .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                        .referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)
                        .override(false)
                        .build())
                .build();
    }

    private static ResponseCustomHeadersBehavior corp(String value) {
        return ResponseCustomHeadersBehavior.builder()
                .customHeaders(List.of(ResponseCustomHeader.builder()
                        .header("Cross-Origin-Resource-Policy")
                        .value(value)
                        .override(true)
                        .build()))
                .build();
    }

    private void suppressBucketFindings() {
        String noLogs = "Only CloudFront reads this bucket (origin access control) and only this stack's "
                + "deployment writes to it, and its objects are public JavaScript; server access logs would need a "
                + "second bucket and show nothing CloudFront's metrics and CloudTrail do not";
        Suppressions.nag(bucket, "AwsSolutions-S1", noLogs);
        Suppressions.guard(bucket, "s3_bucket_logging_enabled_check", noLogs);
        Suppressions.guard(
                bucket,
                "s3_bucket_default_encryption_kms_check",
                "The bucket holds only the public "
                        + "widget JavaScript, encrypted at rest with SSE-S3; SSE-KMS would need CloudFront granted use of a "
                        + "key and add KMS charges for no confidentiality gain");
        Suppressions.guard(
                bucket,
                "s3_bucket_versioning_enabled_check",
                "Objects are build output under "
                        + "content-addressed paths (widget/<hash>/) that are never overwritten or pruned and can be rebuilt "
                        + "from the repository, so versions would keep nothing new");
        Suppressions.guard(
                bucket,
                "s3_event_notifications_enabled_check",
                "Nothing reacts to widget uploads; " + "they happen only through this stack's deployment");
        Suppressions.guard(
                bucket,
                "s3_lifecycle_policy_check",
                "Every widget version must stay as long as "
                        + "partner pages embed its URL, so no object may expire; a version is a few kilobytes");
        Suppressions.guard(
                bucket,
                "s3_bucket_object_lock_enabled_check",
                "Object Lock would stop teardown from "
                        + "emptying the bucket; its objects are reproducible build output with no retention requirement");
    }

    private void suppressDistributionFindings(QuickciteConfig config) {
        Suppressions.nag(
                distribution,
                "AwsSolutions-CFR1",
                "A public answer service for partner sites' visitors "
                        + "wherever they are; no country is to be refused");
        Suppressions.nag(
                distribution,
                "AwsSolutions-CFR2",
                "AWS WAF has a fixed monthly charge per web ACL and "
                        + "rule, and this deployment is pay-per-use only; API stage throttling and the optional reserved "
                        + "concurrency cap what abusive traffic can cost");
        String noLogs = "Standard logs need another S3 bucket with ACLs enabled and record every visitor's IP "
                + "address; requests that reach the origin are in the API access log and the function's logs, "
                + "cache hits in CloudFront's metrics";
        Suppressions.nag(distribution, "AwsSolutions-CFR3", noLogs);
        Suppressions.guard(distribution, "cloudfront_access_logs_enabled_check", noLogs);
        Suppressions.guard(
                distribution,
                "cloudfront_default_root_object_configured_check",
                "The default "
                        + "behaviour sends every path, '/' included, to the answer API, which lists nothing; there is no "
                        + "root page to name");
        Suppressions.guard(
                distribution,
                "cloudfront_origin_failover_enabled_check",
                "Each origin exists once "
                        + "(one API, one bucket, in one region), so an origin group would have nothing to fail over to");
        if (config.domain().isEmpty()) {
            String defaultCertificate = "No custom domain is configured (config 'domain'), so the distribution "
                    + "uses CloudFront's default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; "
                    + "with a domain the stack uses SNI and TLSv1.2_2025";
            Suppressions.nag(distribution, "AwsSolutions-CFR4", defaultCertificate);
            Suppressions.guard(distribution, "cloudfront_custom_ssl_certificate_check", defaultCertificate);
            Suppressions.guard(distribution, "cloudfront_sni_enabled_check", defaultCertificate);
            Suppressions.guard(distribution, "cloudfront_security_policy_check", defaultCertificate);
        }
    }

    /** The Lambda handlers aws-cdk-lib adds for the widget upload and for emptying the bucket on teardown. */
    private void suppressCdkHandlerFindings() {
        Stack stack = Stack.of(this);
        IConstruct upload = Suppressions.cdkSingleton(stack, "Custom::CDKBucketDeployment");
        Suppressions.nag(
                upload,
                "AwsSolutions-L1",
                "aws-cdk-lib's BucketDeployment handler: aws-cdk-lib sets "
                        + "its Python runtime, which moves with upgrades of the pinned aws-cdk-lib");
        IConstruct uploadRole = upload.getNode().findChild("ServiceRole");
        Suppressions.nag(
                uploadRole,
                "AwsSolutions-IAM4",
                "aws-cdk-lib's BucketDeployment handler writes its logs "
                        + "through the AWS managed AWSLambdaBasicExecutionRole, which aws-cdk-lib does not let us replace",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        Suppressions.nag(
                uploadRole.getNode().findChild("DefaultPolicy"),
                "AwsSolutions-IAM5",
                "aws-cdk-lib's "
                        + "BucketDeployment handler: reads the staged widget zip in the CDK asset bucket and writes under "
                        + "the widget bucket (aws-cdk-lib's grantRead/grantReadWrite, whose action groups and object keys "
                        + "are wildcards)",
                "Action::s3:GetObject*",
                "Action::s3:GetBucket*",
                "Action::s3:List*",
                "Action::s3:DeleteObject*",
                "Action::s3:Abort*",
                RegexAppliesTo.builder()
                        .regex("/^Resource::arn:<AWS::Partition>:s3:::cdk-[a-z0-9]+-assets-"
                                + "<AWS::AccountId>-<AWS::Region>\\/\\*$/")
                        .build(),
                RegexAppliesTo.builder()
                        .regex("/^Resource::<CdnWidgetBucket[0-9A-F]+\\.Arn>\\/\\*$/")
                        .build());
        String noVpc =
                "aws-cdk-lib's deployment-time handler calls only S3 APIs and reaches no private network " + "resource";
        Suppressions.guard(upload, "lambda_inside_vpc_check", noVpc);
        IConstruct emptier = Suppressions.cdkSingleton(stack, "Custom::S3AutoDeleteObjectsCustomResourceProvider");
        Suppressions.guard(emptier.getNode().findChild("Handler"), "lambda_inside_vpc_check", noVpc);
    }

    /** Base URL partners' widgets call (no trailing slash). */
    String apiUrl() {
        return "https://" + host;
    }

    /** URL of the classic script the embed snippet loads. */
    String widgetScriptUrl() {
        return "https://" + host + "/" + widgetPrefix + "quickcite.js";
    }
}
