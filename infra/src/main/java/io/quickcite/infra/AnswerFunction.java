package io.quickcite.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/** The answering function: SnapStart on published versions, reached only through its alias {@code live}. */
final class AnswerFunction extends Construct {

    static final String HANDLER = "io.quickcite.api.LambdaHandler";
    /**
     * 1769 MB is where Lambda grants one full vCPU; below it CPU is throttled in proportion, which slows the
     * class loading and JIT work right after a SnapStart restore that dominates our latency. Answering is
     * single-threaded per request, so a second vCPU (more memory) would cost more without answering faster,
     * and the in-memory index stays far below the heap this gives.
     */
    static final int MEMORY_MB = 1769;
    /**
     * An answer is an in-memory lookup of milliseconds; the slowest call is the first after a restore (about a
     * second). 10 s leaves room for that and caps the cost of a stuck call well under API Gateway's 30 s limit.
     */
    static final int TIMEOUT_SECONDS = 10;
    /** Where the function's JVM flags are, with why: a resource the benches read too (bench/lib.sh). */
    static final String JVM_FLAGS = "jvm-flags.txt";
    /** The function's JAVA_TOOL_OPTIONS: the flags of {@link #JVM_FLAGS}, separated by spaces. */
    static final String JAVA_TOOL_OPTIONS = jvmFlags();

    private static final Map<Integer, RetentionDays> RETENTION = Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS),
            Map.entry(5, RetentionDays.FIVE_DAYS), Map.entry(7, RetentionDays.ONE_WEEK),
            Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS),
            Map.entry(120, RetentionDays.FOUR_MONTHS), Map.entry(150, RetentionDays.FIVE_MONTHS),
            Map.entry(180, RetentionDays.SIX_MONTHS), Map.entry(365, RetentionDays.ONE_YEAR),
            Map.entry(400, RetentionDays.THIRTEEN_MONTHS), Map.entry(545, RetentionDays.EIGHTEEN_MONTHS),
            Map.entry(731, RetentionDays.TWO_YEARS), Map.entry(1096, RetentionDays.THREE_YEARS),
            Map.entry(1827, RetentionDays.FIVE_YEARS), Map.entry(2192, RetentionDays.SIX_YEARS),
            Map.entry(2557, RetentionDays.SEVEN_YEARS), Map.entry(2922, RetentionDays.EIGHT_YEARS),
            Map.entry(3288, RetentionDays.NINE_YEARS), Map.entry(3653, RetentionDays.TEN_YEARS));

    final Function function;
    final Alias live;
    final LogGroup logGroup;
    final Role role;

    AnswerFunction(Construct scope, String id, QuickciteConfig config, Path jar) {
        super(scope, id);
        logGroup = logGroup(this, "Logs", "/aws/lambda/" + config.resourcePrefix(), config);
        // Its own role instead of the managed AWSLambdaBasicExecutionRole, which may write to any log group.
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Quickcite answers (" + config.stage() + "): writes its own log group, nothing else")
                .build();
        logGroup.grantWrite(role);
        function = Function.Builder.create(this, "Function")
                .functionName(config.resourcePrefix())
                .description("Quickcite answers (" + config.stage() + ")")
                // The newest Java runtime (cdk-nag AwsSolutions-L1); the jar targets Java 21 bytecode and the
                // repository's tests run on the newest JDK bin/jdk.sh finds.
                .runtime(Runtime.JAVA_25)
                .role(role)
                .architecture(Architecture.ARM_64)
                .handler(HANDLER)
                .code(Code.fromAsset(jar.toString()))
                .memorySize(MEMORY_MB)
                .timeout(Duration.seconds(TIMEOUT_SECONDS))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                // Old versions stay so that rollback can point the alias back at one.
                .currentVersionOptions(VersionOptions.builder()
                        .removalPolicy(RemovalPolicy.RETAIN)
                        .build())
                .environment(Map.of(
                        "QUICKCITE_SITES", config.sitesVariable(),
                        "QUICKCITE_DEFAULT_SITE", config.defaultSite(),
                        "QUICKCITE_CACHE_SECONDS", Integer.toString(config.cacheSeconds()),
                        "JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS))
                .logGroup(logGroup)
                .loggingFormat(LoggingFormat.JSON)
                .applicationLogLevelV2(ApplicationLogLevel.INFO)
                .systemLogLevelV2(SystemLogLevel.INFO)
                .tracing(config.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .reservedConcurrentExecutions(
                        config.reservedConcurrency().isPresent()
                                ? config.reservedConcurrency().getAsInt()
                                : null)
                .build();
        Annotations.of(function)
                .acknowledgeWarning(
                        "@aws-cdk/aws-lambda:snapStartRequirePublish",
                        "The alias 'live' publishes currentVersion, so SnapStart applies to every deployed version");
        live = Alias.Builder.create(this, "Live")
                .aliasName("live")
                .version(function.getCurrentVersion())
                .build();

        Suppressions.guard(
                function,
                "lambda_inside_vpc_check",
                "Answers come from the index inside the jar and "
                        + "the function calls no private network resource, so a VPC would add cost and cold-start work "
                        + "without isolating anything");
        if (config.tracing()) {
            Suppressions.nag(
                    role.getNode().findChild("DefaultPolicy"),
                    "AwsSolutions-IAM5",
                    "Active X-Ray "
                            + "tracing (config 'tracing'): xray:PutTraceSegments and xray:PutTelemetryRecords support no "
                            + "resource-level permissions, so AWS requires Resource '*' for them",
                    "Resource::*");
        }
    }

    private static String jvmFlags() {
        try (InputStream in = AnswerFunction.class.getResourceAsStream(JVM_FLAGS)) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource " + JVM_FLAGS + " is missing beside " + AnswerFunction.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A log group kept for the configured {@code logRetentionDays}, deleted with the stack: the function's and
     * the API's access log both record visitors' requests, so both follow the same rules.
     */
    static LogGroup logGroup(Construct scope, String id, String name, QuickciteConfig config) {
        LogGroup group = LogGroup.Builder.create(scope, id)
                .logGroupName(name)
                .retention(RETENTION.get(config.logRetentionDays()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Suppressions.guard(
                group,
                "cloudwatch_log_group_encrypted_check",
                "CloudWatch Logs always encrypts log "
                        + "data at rest (AWS-owned keys); a customer managed KMS key would add a monthly key charge and a "
                        + "key policy to maintain without changing who can read the logs, which IAM decides");
        if (config.logRetentionDays() < 365) {
            Suppressions.guard(
                    group,
                    "cloudwatch_log_group_retention_period_check",
                    "Retention is the "
                            + "operator's logRetentionDays (default 30, here " + config.logRetentionDays()
                            + "): the logs "
                            + "hold visitors' questions, so they are kept as long as the operator decides, not a year");
        }
        return group;
    }
}
