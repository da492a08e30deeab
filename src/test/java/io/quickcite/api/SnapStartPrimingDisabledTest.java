package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An operator can turn priming off (quickcite.priming.enabled=false, env QUICKCITE_PRIMING_ENABLED=false). */
@MicronautTest
@Property(name = "quickcite.priming.enabled", value = "false")
class SnapStartPrimingDisabledTest {

    @Inject
    ApplicationContext context;

    @Test
    void noPrimingResource() {
        assertFalse(context.containsBean(SnapStartPriming.class));
    }
}
