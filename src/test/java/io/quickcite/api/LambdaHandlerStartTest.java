package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.crac.OrderedResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handler as Lambda creates it (no-argument constructor): CRaC hooks only in a SnapStart init. */
class LambdaHandlerStartTest {

    @Test
    void snapStartIsReadFromLambdasInitializationType() {
        assertTrue(LambdaHandler.snapStart(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
        assertFalse(LambdaHandler.snapStart(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")));
        assertFalse(LambdaHandler.snapStart(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")));
        assertFalse(LambdaHandler.snapStart(Map.of()));
    }

    @Test
    void outsideSnapStartNoCracHooksAreRegisteredAndTheFunctionAnswers() {
        try (LambdaHandler handler = new LambdaHandler()) {
            assertFalse(handler.getApplicationContext().containsBean(SnapStartPriming.class));
            assertEquals(
                    0,
                    handler.getApplicationContext()
                            .getBeansOfType(OrderedResource.class)
                            .size());
            LambdaClient.Response r =
                    new LambdaClient(handler.getApplicationContext()).get("/answer", "q=What+does+AISC+stand+for%3F");
            assertEquals(200, r.status());
            assertTrue(r.body().contains("\"answered\":true"), r.body());
        }
    }
}
