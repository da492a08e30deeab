package io.quickcite.infra;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One validated deployment: what an operator may change without touching code.
 * Built only by {@link ConfigReader}, so every instance has passed validation.
 */
record QuickciteConfig(
        String stage,
        List<Site> sites,
        String defaultSite,
        int cacheSeconds,
        int rateLimit,
        int burstLimit,
        OptionalInt reservedConcurrency,
        boolean tracing,
        int logRetentionDays,
        int latencyAlarmMs,
        Optional<String> alarmEmail,
        Optional<Domain> domain) {

    /** A partner site: its id, the https origins allowed to call the API for it, and its widget theme. */
    record Site(String id, List<String> origins, String theme) {
        Site {
            origins = List.copyOf(origins);
        }
    }

    /** A custom domain for the CloudFront distribution; the certificate must be in us-east-1. */
    record Domain(String name, String certificateArn) {}

    QuickciteConfig {
        sites = List.copyOf(sites);
    }

    /** The function's {@code QUICKCITE_SITES} value: {@code id=origin,origin;id=origin}. */
    String sitesVariable() {
        return sites.stream()
                .map(site -> site.id() + "=" + String.join(",", site.origins()))
                .collect(Collectors.joining(";"));
    }

    /** Name prefix for resources an operator looks up by hand (function, alarms, queries). */
    String resourcePrefix() {
        return "quickcite-" + stage;
    }
}
