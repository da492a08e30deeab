package io.quickcite.infra;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.CfnPermission;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * HTTP API (payload 2.0) that hands every route to the function's {@code live} alias. No CORS here: the
 * function answers preflights and sets Access-Control-Allow-Origin itself, so local and deployed behaviour match.
 */
final class AnswerApi extends Construct {

    /**
     * One JSON line per request, including those that never reach the function (throttled, integration
     * errors). Through CloudFront, sourceIp and userAgent are CloudFront's; they show who calls the
     * execute-api URL directly.
     */
    static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\","
            + "\"time\":\"$context.requestTime\",\"method\":\"$context.httpMethod\",\"path\":\"$context.path\","
            + "\"status\":\"$context.status\",\"bytes\":\"$context.responseLength\","
            + "\"latencyMs\":\"$context.responseLatency\",\"integrationLatencyMs\":\"$context.integrationLatency\","
            + "\"integrationStatus\":\"$context.integrationStatus\",\"error\":\"$context.error.message\","
            + "\"integrationError\":\"$context.integrationErrorMessage\",\"sourceIp\":\"$context.identity.sourceIp\","
            + "\"userAgent\":\"$context.identity.userAgent\"}";

    final HttpApi api;
    final LogGroup accessLogs;

    AnswerApi(Construct scope, String id, QuickciteConfig config, IFunction live) {
        super(scope, id);
        api = HttpApi.Builder.create(this, "Http")
                .apiName(config.resourcePrefix())
                .description("Quickcite answer API (" + config.stage() + ")")
                .createDefaultStage(false)
                .defaultIntegration(HttpLambdaIntegration.Builder.create("Live", live)
                        .payloadFormatVersion(PayloadFormatVersion.VERSION_2_0)
                        .build())
                .build();
        accessLogs = AnswerFunction.logGroup(
                this, "AccessLogs", "/aws/apigateway/" + config.resourcePrefix() + "/access", config);
        // The default stage is declared here because only an explicit stage takes throttle settings.
        api.addStage(
                "DefaultStage",
                HttpStageOptions.builder()
                        .stageName("$default")
                        .autoDeploy(true)
                        .throttle(ThrottleSettings.builder()
                                .rateLimit(config.rateLimit())
                                .burstLimit(config.burstLimit())
                                .build())
                        .accessLogSettings(new IAccessLogSettings() {
                            @Override
                            public IAccessLogDestination getDestination() {
                                return new LogGroupLogDestination(accessLogs);
                            }

                            @Override
                            public AccessLogFormat getFormat() {
                                return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
                            }
                        })
                        .build());

        String anonymous = "A public, anonymous API for the widget on partner pages, whose visitors have no "
                + "credentials: the function serves only configured sites and origins, and stage throttling caps "
                + "the request rate";
        // HttpApi adds the route for its default integration as "DefaultRoute", with the function's permission.
        IConstruct route = api.getNode().findChild("DefaultRoute");
        Suppressions.nag(route, "AwsSolutions-APIG4", anonymous);
        Suppressions.guard(route, "api_gw_v2_authorization_type_configured_check", anonymous);
        route.getNode().findAll().stream()
                .filter(CfnPermission.class::isInstance)
                .forEach(permission -> Suppressions.guard(
                        permission,
                        "lambda_function_public_access_prohibited_check",
                        "SourceArn "
                                + "limits invocation to this stack's HTTP API (its execute-api ARN, built with Fn::Join, "
                                + "which the rule cannot read), so no other caller can invoke the alias"));
    }

    /** Host name of the API's execute-api endpoint, for CloudFront's origin. */
    String endpointHost() {
        return Fn.select(2, Fn.split("/", api.getApiEndpoint()));
    }
}
