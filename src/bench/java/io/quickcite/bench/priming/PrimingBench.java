package io.quickcite.bench.priming;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.crac.OrderedResource;
import io.micronaut.crac.test.DefaultCheckpointSimulator;
import io.quickcite.api.HttpApiEvents;
import io.quickcite.api.LambdaHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One fresh JVM's figures for bench/priming: starts the function as Lambda does ({@code new LambdaHandler()}), runs
 * the CRaC before-checkpoint hooks as SnapStart does before its snapshot when the first argument is "primed", then
 * times the first visitor request (the question given) and the next four. Prints one line:
 * {@code primed|unprimed first X ms, next median Y ms}.
 */
public final class PrimingBench {

    private PrimingBench() {}

    public static void main(String[] args) {
        boolean primed = args[0].equals("primed");
        String rawQuery = "q=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8);
        LambdaHandler handler = new LambdaHandler();
        if (primed) {
            List<OrderedResource> resources =
                    new ArrayList<>(handler.getApplicationContext().getBeansOfType(OrderedResource.class));
            if (resources.isEmpty()) {
                throw new IllegalStateException(
                        "no CRaC resources: run with AWS_LAMBDA_INITIALIZATION_TYPE=snap-start");
            }
            new DefaultCheckpointSimulator(resources).runBeforeCheckpoint();
        }
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.get("/answer", rawQuery), null);
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (response.getStatusCode() != 200) {
                throw new IllegalStateException("status " + response.getStatusCode() + ": " + response.getBody());
            }
        }
        double[] next = java.util.Arrays.copyOfRange(ms, 1, ms.length);
        java.util.Arrays.sort(next);
        System.out.printf(
                Locale.ROOT, "%s first %.1f ms, next median %.2f ms%n", args[0], ms[0], (next[1] + next[2]) / 2);
        handler.close();
    }
}
