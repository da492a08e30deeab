package io.quickcite.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.quickcite.answer.SiteLoad;
import java.util.Map;

/**
 * The Lambda handler: Micronaut's API Gateway (payload 2.0) handler, given only events it can read
 * ({@link HttpApiEventCleaner} re-encodes paths and drops malformed headers first).
 */
public class LambdaHandler extends APIGatewayV2HTTPEventFunction {

    static {
        // Lambda loads this class first: the index loads on its own thread while the framework starts on this one.
        SiteLoad.start();
    }

    /** The handler Lambda creates: it starts its own application context. */
    public LambdaHandler() {
        super();
    }

    /** A handler on a given context (tests, the local server). */
    public LambdaHandler(ApplicationContext context) {
        super(context);
    }

    /**
     * CRaC hooks (micronaut-crac, and with it the SnapStart priming) only where Lambda takes a snapshot after the init:
     * anywhere else their beans would only slow the start (by about 100 ms, measured with bench/coldstart).
     */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return super.newApplicationContextBuilder().properties(Map.of("crac.enabled", snapStart(System.getenv())));
    }

    /** True when the environment is Lambda's SnapStart init, which it announces in AWS_LAMBDA_INITIALIZATION_TYPE. */
    static boolean snapStart(Map<String, String> environment) {
        return "snap-start".equals(environment.get("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return super.handleRequest(HttpApiEventCleaner.clean(event), context);
    }
}
