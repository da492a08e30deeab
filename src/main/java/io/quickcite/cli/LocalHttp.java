package io.quickcite.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The local server's HTTP side, on Jetty's core server (no servlets): it listens on 127.0.0.1 only, parses requests
 * without holding a thread per connection (a slow client costs a socket, not a worker), and enforces limits and
 * timeouts like those API Gateway has in front of Lambda. Every answer it gives itself (limits, unreadable requests,
 * timeouts) is problem+json with the same security headers as the API's; everything it can parse goes to the
 * handler, so malformed paths and query strings get the Lambda handler's own 4xx problems.
 */
final class LocalHttp {

    /** Largest request body read, in bytes; the API's own limits are smaller. */
    static final int MAX_BODY = 64 * 1024;
    /** A declared body up to this size over the limit is read and dropped before the 413; a larger one is not read. */
    static final int MAX_DISCARD = 1024 * 1024;
    /** Request line and headers together, in bytes: API Gateway's HTTP API limit (10240). Over it: 414 or 431. */
    static final int MAX_HEADER_BYTES = 10_240;

    /**
     * How long a connection may stay silent ({@code idle}), a request's line and headers may take to arrive from
     * their first byte ({@code header}), and its body may take after the headers ({@code read}).
     */
    record Limits(Duration idle, Duration header, Duration read) {
        static final Limits DEFAULT =
                new Limits(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    /** A started server on {@code port}; closing it stops the server. */
    record Running(Server server, int port) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            server.stop();
        }
    }

    private LocalHttp() {}

    static Running start(int port, Limits limits, Handler handler) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("quickcite-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Ambiguous or odd paths (%2F, %00, "\", bad %-escapes) reach the handler, whose router answers them like API
        // Gateway's paths: with a 404 problem, never a page of Jetty's.
        http.setUriCompliance(UriCompliance.UNSAFE);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(limits.idle().toMillis());
        connector.addBean(new HeaderTimeout(connector.getScheduler(), limits.header()));
        server.addConnector(connector);
        server.setErrorHandler(new Problems());
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("cannot start the local server on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        return new Running(server, connector.getLocalPort());
    }

    /** Sends {@code body} with status and content type, the security headers and {@code Cache-Control: no-cache}. */
    static void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            String type,
            byte[] body,
            String... headers) {
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, type);
        fields.put(HttpHeader.CACHE_CONTROL, "no-cache");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            fields.put(headers[i], headers[i + 1]);
        }
        write(request, response, callback, body);
    }

    /** Writes the body (none for HEAD, with the Content-Length GET would have when known) after adding the security headers. */
    static void write(Request request, Response response, Callback callback, byte[] body) {
        HttpFields.Mutable fields = response.getHeaders();
        if (!fields.contains("X-Content-Type-Options")) {
            fields.put("X-Content-Type-Options", "nosniff");
        }
        if (!fields.contains("Referrer-Policy")) {
            fields.put("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        boolean head = request.getMethod().equals("HEAD");
        if (!head || body.length > 0) {
            fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    /** A problem+json answer of the local server's own, shaped as the API's. */
    static void problem(
            Request request, Response response, Callback callback, int status, String title, String detail) {
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        write(request, response, callback, json(status, title, detail));
    }

    /** A 413; {@code close}: the body is still coming, so the connection ends after the answer. */
    static void tooLarge(Request request, Response response, Callback callback, boolean close) {
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        problem(request, response, callback, 413, "Request Entity Too Large", "The request body is too large.");
    }

    /** The problem JSON for {@code status}; title and detail are fixed texts (nothing from the request), so need no escaping. */
    static byte[] json(int status, String title, String detail) {
        return ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Title and detail of what Jetty refuses before a handler runs (unreadable request line, limits, failures). */
    static String[] describe(int status) {
        return switch (status) {
            case 400 -> new String[] {"Bad Request", "The request could not be read."};
            case 408 -> new String[] {"Request Timeout", "The request did not arrive in time."};
            case 413 -> new String[] {"Request Entity Too Large", "The request body is too large."};
            case 414 ->
                new String[] {
                    "Request-URI Too Long",
                    "The request line is too long: request line and headers may have at most " + MAX_HEADER_BYTES
                            + " bytes."
                };
            case 431 ->
                new String[] {
                    "Request Header Fields Too Large",
                    "The request headers are too large: request line and headers may have at most " + MAX_HEADER_BYTES
                            + " bytes."
                };
            case 505 -> new String[] {"HTTP Version Not Supported", "Send HTTP/1.1 or HTTP/1.0."};
            default ->
                status >= 500
                        ? new String[] {"Internal Server Error", "The local server could not handle the request."}
                        : new String[] {"Bad Request", "The request could not be read."};
        };
    }

    /** Jetty's error pages (HTML, with the exception's message) replaced by problem+json, for every method. */
    static final class Problems extends ErrorHandler {

        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateResponse(
                Request request, Response response, int code, String message, Throwable cause, Callback callback) {
            int status = code >= 400 && code <= 599 ? code : 500;
            String[] text = describe(status);
            problem(request, response, callback, status, text[0], text[1]);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            String[] text = describe(status);
            fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            fields.put(HttpHeader.CACHE_CONTROL, "no-store");
            fields.put("X-Content-Type-Options", "nosniff");
            fields.put("Referrer-Policy", "strict-origin-when-cross-origin");
            return ByteBuffer.wrap(json(status, text[0], text[1]));
        }
    }

    /**
     * Closes a connection whose request line and headers are still incomplete {@code limit} after their first byte
     * (the idle timeout alone lets a client that sends a byte now and then hold a connection for ever). Checked four
     * times per limit, so a connection goes between 1 and 1.25 limits after its headers began.
     */
    static final class HeaderTimeout implements Connection.Listener {

        private final Scheduler scheduler;
        private final long limitMs;

        HeaderTimeout(Scheduler scheduler, Duration limit) {
            this.scheduler = scheduler;
            this.limitMs = limit.toMillis();
        }

        @Override
        public void onOpened(Connection connection) {
            if (connection instanceof HttpConnection http) {
                scheduler.schedule(new Watch(http), Math.max(1, limitMs / 4), TimeUnit.MILLISECONDS);
            }
        }

        private final class Watch implements Runnable {
            private final HttpConnection http;
            private long partialSince = -1;
            private long partialMessage = -1;

            Watch(HttpConnection http) {
                this.http = http;
            }

            @Override
            public void run() {
                if (!http.getEndPoint().isOpen()) {
                    return;
                }
                long now = System.nanoTime();
                boolean partial =
                        http.getParser().inHeaderState() && !http.getParser().isStart();
                if (!partial) {
                    partialSince = -1;
                } else if (partialSince < 0 || partialMessage != http.getMessagesIn()) {
                    partialSince = now;
                    partialMessage = http.getMessagesIn();
                } else if (now - partialSince >= TimeUnit.MILLISECONDS.toNanos(limitMs)) {
                    http.getEndPoint().close();
                    return;
                }
                scheduler.schedule(this, Math.max(1, limitMs / 4), TimeUnit.MILLISECONDS);
            }
        }
    }
}
