package nl.triade.registry.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every request the app answers, as Micrometer's {@code http.server.requests} (Prometheus:
 * {@code http_server_requests_seconds}), tagged with the method, the route's template ({@code uri}, e.g.
 * {@code /api/v1/documents/{id}}: never the path itself, so no id ever becomes a series of its own),
 * the status code, and its class ({@code outcome}, as Micrometer names them). A request no route matched
 * is {@code NOT_FOUND} when answered 404, else {@code UNMATCHED} (the webjars' files, a 405); a method
 * outside HTTP's usual ones is {@code other}. Called by Javalin's request logger, after the answer's
 * last byte is written, with the time since the request began.
 */
final class RequestMeters {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** From a read served from memory to the longest wait for the database and beyond. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private final Meter.MeterProvider<Timer> requests;

    RequestMeters(MeterRegistry registry) {
        this.requests = Timer.builder("http.server.requests")
                .description("Requests answered, by method, route template and status")
                .serviceLevelObjectives(BUCKETS)
                .withRegistry(registry);
    }

    void record(Context ctx, Float milliseconds) {
        int status = ctx.statusCode();
        String method = ctx.method().name();
        requests.withTags("method", METHODS.contains(method) ? method : "other", "uri", route(ctx, status),
                        "status", Integer.toString(status), "outcome", outcome(status))
                .record(Math.round(milliseconds * 1000.0), TimeUnit.MICROSECONDS);
    }

    private static String route(Context ctx, int status) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return status == 404 ? "NOT_FOUND" : "UNMATCHED";
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }
}
