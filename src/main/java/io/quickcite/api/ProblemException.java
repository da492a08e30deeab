package io.quickcite.api;

import io.micronaut.http.HttpStatus;

/** A client error to report as RFC 9457 problem+json; {@code detail} is shown to the client verbatim. */
public final class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    public ProblemException(HttpStatus status, String type, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
    }

    /** A 400 with problem type {@code type}. */
    public static ProblemException badRequest(String type, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, type, detail);
    }

    public HttpStatus status() {
        return status;
    }

    /** A short problem slug such as "invalid-question". */
    public String type() {
        return type;
    }
}
