package io.quickcite.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every error, ours and the framework's (404, 405, unreadable body, ...), as problem+json. Details come
 * only from {@link ProblemException}s or fixed texts, so no exception message or internal name reaches a client.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemResponseProcessor implements ErrorResponseProcessor<String> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    private final JsonMapper json;

    public ProblemResponseProcessor(JsonMapper json) {
        this.json = json;
    }

    @Override
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Problem problem = context.getRootCause()
                .filter(ProblemException.class::isInstance)
                .map(ProblemException.class::cast)
                .map(p -> Problem.of(p.status().getCode(), p.status().getReason(), p.type(), p.getMessage()))
                .orElseGet(() -> generic(status, context));
        try {
            return response.body(json.writeValueAsString(problem)).contentType(Problem.MEDIA_TYPE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a problem response", e);
        }
    }

    private static Problem generic(int status, ErrorContext context) {
        String path = context.getRequest().getPath();
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        String detail = switch (status) {
            case 404 ->
                "There is no route " + safe(path) + ". Routes: /answer, /suggest, /faq, /site, /feedback, /health.";
            case 405 -> "Method " + context.getRequest().getMethodName() + " is not allowed on " + safe(path) + ".";
            case 406 ->
                "Responses are application/json (errors application/problem+json); the Accept header allows neither.";
            case 415 -> "The request body must be application/json.";
            case 413 -> "The request body is too large.";
            case 400 ->
                context.getRootCause().filter(CodecException.class::isInstance).isPresent()
                        ? "The request body is empty or not valid JSON."
                        : "The request could not be read.";
            default -> status >= 500 ? "The service failed to answer; it has been logged." : httpStatus.getReason();
        };
        if (status >= 500) {
            LOG.error("request to {} failed", safe(path), context.getRootCause().orElse(null));
        }
        return Problem.of(status, httpStatus.getReason(), status >= 500 ? "internal" : null, detail);
    }

    /** The path, cut to 100 characters (whole ones) and without control characters, for echoing in a detail. */
    private static String safe(String path) {
        return path == null ? "/" : Text.clip(path, 100);
    }
}
