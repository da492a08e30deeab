package io.quickcite.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;
import java.util.Locale;
import java.util.Set;

/**
 * What every response gets at the edge: per-site CORS (only the site's configured origins, preflight answered
 * for them), security headers, and Cache-Control (public for successful GET answers, no-store otherwise).
 * It replaces Micronaut's CORS filter, whose origins are global rather than per site.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(CorsFilter.class)
public final class EdgeFilter {

    private static final Set<String> METHODS = Set.of("GET", "POST");
    private static final Set<String> HEADERS = Set.of("content-type", "accept", "accept-language");

    private static final String FORBIDDEN =
            "{\"type\":\"urn:quickcite:problem:cors-rejected\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"This origin, method or header is not allowed for the site.\"}";

    private final Sites sites;
    private final int cacheSeconds;

    public EdgeFilter(Sites sites, @Value("${quickcite.cache-seconds:300}") int cacheSeconds) {
        this.sites = sites;
        this.cacheSeconds = cacheSeconds;
    }

    /** Answers a CORS preflight: 204 with CORS headers for an allowed origin, method and headers; 403 otherwise. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> preflight(HttpRequest<?> request) {
        String requested = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.getMethod() != HttpMethod.OPTIONS || requested == null) {
            return null;
        }
        String origin = allowedOrigin(request);
        boolean headersOk = true;
        String wanted = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (wanted != null) {
            for (String h : wanted.split(",")) {
                if (!h.isBlank() && !HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                    headersOk = false;
                }
            }
        }
        if (origin == null || !METHODS.contains(requested.strip()) || !headersOk) {
            return secure(HttpResponse.status(HttpStatus.FORBIDDEN)
                            .body(FORBIDDEN)
                            .contentType(Problem.MEDIA_TYPE))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return secure(HttpResponse.noContent())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Accept, Accept-Language")
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
    }

    /** Adds CORS, security and caching headers to every response. */
    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = allowedOrigin(request);
        if (origin != null) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        secure(response);
        boolean head = request.getMethod() == HttpMethod.HEAD;
        if (head && response.getContentType().isEmpty() && response.code() != 204) {
            // HEAD runs the GET route, whose body (and with it the content type) the framework then drops
            response.contentType(
                    response.code() < 400 ? MediaType.APPLICATION_JSON_TYPE : MediaType.of(Problem.MEDIA_TYPE));
        }
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            boolean read = request.getMethod() == HttpMethod.GET || head;
            boolean cacheable =
                    read && response.code() == 200 && !request.getPath().equals("/health");
            response.header(HttpHeaders.CACHE_CONTROL, cacheable ? "public, max-age=" + cacheSeconds : "no-store");
        }
    }

    /** Sets (never adds a second) Vary: Origin and the security headers. */
    private static <T> MutableHttpResponse<T> secure(MutableHttpResponse<T> response) {
        response.getHeaders().set(HttpHeaders.VARY, "Origin");
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Referrer-Policy", "strict-origin-when-cross-origin");
        return response;
    }

    /**
     * The request's Origin when the requested site allows it, else null. A request to /feedback whose query names no
     * site may name it in its body, which a preflight does not carry: for it, an origin of any configured site is
     * allowed (the controller still checks the site it names).
     */
    private String allowedOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return null;
        }
        String id;
        try {
            id = QueryParams.of(request).single("site");
        } catch (ProblemException e) {
            return null;
        }
        if (id == null && request.getPath().equals("/feedback")) {
            return sites.anyAllows(origin) ? origin : null;
        }
        Sites.Site site = sites.find(id);
        return site != null && site.origins().contains(origin) ? origin : null;
    }
}
