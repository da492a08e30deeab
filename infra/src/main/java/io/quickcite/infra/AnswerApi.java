package io.quickcite.infra;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * HTTP API (payload 2.0) that hands every route to the function's {@code live} alias. No CORS here: the
 * function answers preflights and sets Access-Control-Allow-Origin itself, so local and deployed behaviour match.
 */
final class AnswerApi extends Construct {

    final HttpApi api;

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
        // The default stage is declared here because only an explicit stage takes throttle settings.
        api.addStage("DefaultStage", HttpStageOptions.builder()
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(config.rateLimit())
                        .burstLimit(config.burstLimit())
                        .build())
                .build());
    }

    /** Host name of the API's execute-api endpoint, for CloudFront's origin. */
    String endpointHost() {
        return Fn.select(2, Fn.split("/", api.getApiEndpoint()));
    }
}
