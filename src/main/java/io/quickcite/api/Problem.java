package io.quickcite.api;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every error response (RFC 9457). */
@Serdeable
public record Problem(String type, String title, int status, String detail) {

    /** Media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:quickcite:problem:";

    /** A problem with a Quickcite type URI built from {@code slug}, or about:blank for a null slug. */
    public static Problem of(int status, String title, String slug, String detail) {
        return new Problem(slug == null ? "about:blank" : TYPE_BASE + slug, title, status, detail);
    }
}
