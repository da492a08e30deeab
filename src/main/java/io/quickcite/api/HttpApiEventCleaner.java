package io.quickcite.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes an API Gateway (payload 2.0) event one Micronaut's handler can read, before {@link LambdaHandler} passes it on.
 * <p>
 * Micronaut parses the event's path (requestContext.http.path, which API Gateway gives percent-decoded) as a URI
 * path: "/a%20b" or "/%7B" arrive as "/a b" and "/{" and make the handler throw, which API Gateway answers with a
 * bare 500. So the path is re-encoded where it is not a valid URI path (routes are plain ASCII and unaffected).
 * <p>
 * Micronaut also validates every request header each time the request's headers are read (filters, routing, error
 * routing): one header whose name is not an RFC 9110 token, or whose value starts with a space or holds a control
 * character, makes every read throw, and the request ends in a 500 with a warning logged ("Failed to encode error
 * response"). So optional whitespace around values is trimmed (it is not part of the value) and a header or cookie
 * that is still malformed is dropped, as a lenient proxy would. A dropped Content-Type then gives a 415, a dropped
 * Origin no CORS headers: never more than the request would get without it.
 */
final class HttpApiEventCleaner {

    private HttpApiEventCleaner() {}

    /**
     * {@code event} with a path Micronaut can parse, its malformed headers and cookies dropped and the others trimmed of
     * optional whitespace.
     */
    static APIGatewayV2HTTPEvent clean(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            return null;
        }
        APIGatewayV2HTTPEvent.RequestContext.Http http = event.getRequestContext() == null
                ? null
                : event.getRequestContext().getHttp();
        if (http != null && http.getPath() != null) {
            String path = uriPath(http.getPath());
            if (!path.equals(http.getPath())) {
                http.setPath(path);
            }
        }
        Map<String, String> headers = event.getHeaders();
        if (headers != null) {
            Map<String, String> kept = new LinkedHashMap<>();
            headers.forEach((name, value) -> {
                String v = value == null ? "" : trim(value);
                if (name != null && isToken(name) && isFieldValue(v)) {
                    kept.put(name, v);
                }
            });
            if (!kept.equals(headers)) {
                event.setHeaders(kept);
            }
        }
        List<String> cookies = event.getCookies();
        if (cookies != null) {
            List<String> kept = new ArrayList<>();
            for (String cookie : cookies) {
                String c = cookie == null ? "" : trim(cookie);
                if (!c.isEmpty() && isFieldValue(c)) {
                    kept.add(c);
                }
            }
            if (!kept.equals(cookies)) {
                event.setCookies(kept);
            }
        }
        return event;
    }

    /**
     * {@code path} as a valid URI path (RFC 3986): starting with "/", and every character a path may not hold as it is
     * (space, quote, braces, "?", "#", a "%" that starts no escape, non-ASCII...) percent-encoded as UTF-8. Valid paths,
     * and so every route, are left as they are.
     */
    static String uriPath(String path) {
        StringBuilder b = new StringBuilder(path.length() + 1);
        if (!path.startsWith("/")) {
            b.append('/');
        }
        for (int i = 0; i < path.length(); ) {
            int cp = path.codePointAt(i);
            boolean escape =
                    cp == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2));
            if (escape || cp < 0x80 && (Character.isLetterOrDigit(cp) || "-._~!$&'()*+,;=:@/".indexOf(cp) >= 0)) {
                b.append((char) cp);
            } else {
                String c = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE
                        ? "\uFFFD"
                        : new String(Character.toChars(cp));
                for (byte x : c.getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** RFC 9110 token: ASCII letters, digits and {@code !#$%&'*+-.^_`|~}, at least one. */
    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A field value Micronaut accepts: no control character but horizontal tab, no DEL, not starting with whitespace. */
    static boolean isFieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && (c != '\t' || i == 0) || c == 0x7F || i == 0 && c == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Without leading and trailing spaces and tabs (RFC 9110 optional whitespace). */
    private static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }
}
