package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.triade.registry.http.submission.FinalDocuments;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics}: what an operator's Prometheus reads after real traffic, and who may read it. */
class MetricsApiTest {
    /** In a folder that does not exist: the event listener fails on every event, and falls behind the chain. */
    private static final Path UNWRITABLE = Path.of(System.getProperty("java.io.tmpdir"), "triade-metrics-" + UUID.randomUUID(),
            "missing", "events.txt");

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_EVENT_RECORDER_FILE",
            UNWRITABLE.toString(), "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off"),
            "toetsingskader", "patient-perspective", "event-recorder");

    @Test
    void anonymousCallersAreAskedForATokenAndOnlyAdministratorsMayRead() {
        ApiResponse anonymous = registry.anonymous().get("/metrics");
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.header("Content-Type").startsWith("application/problem+json"));
        Parties parties = new Parties(registry);
        parties.organisation("meters-lezers", "patient");
        for (String role : new String[] {"member", "org-admin"}) {
            ApiResponse refused = parties.as("meters-lezers", role).get("/metrics");
            assertEquals(403, refused.status(), role + ": " + refused.body());
            assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        }
    }

    @Test
    void requestsAreCountedByRouteTemplateNeverByPath() {
        ApiClient author = new Parties(registry).as(organisation("meters-schrijvers"), "org-admin");
        String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Gemeten")).json().get("id").asText();
        assertEquals(200, author.get("/api/v1/documents/" + id).status());
        assertEquals(200, author.get("/api/v1/documents/" + id).status());
        assertEquals(404, author.get("/api/v1/documents/" + id + "x").status());

        PrometheusScrape scrape = PrometheusScrape.of(registry.admin().get("/metrics"));

        Map<String, String> reads = Map.of("method", "GET", "uri", "/api/v1/documents/{id}", "status", "200", "outcome", "SUCCESS");
        assertTrue(scrape.value("http_server_requests_seconds_count", reads) >= 2, scrape.text());
        assertTrue(scrape.value("http_server_requests_seconds_count", Map.of("uri", "/api/v1/documents/{id}", "status", "404",
                "outcome", "CLIENT_ERROR")) >= 1);
        assertTrue(scrape.value("http_server_requests_seconds_count", Map.of("method", "POST", "uri", "/api/v1/documents",
                "status", "201")) >= 1);
        Map<String, String> slowest = Map.of("uri", "/api/v1/documents/{id}", "status", "200", "le", "+Inf");
        assertEquals(scrape.value("http_server_requests_seconds_count", reads),
                scrape.value("http_server_requests_seconds_bucket", slowest), "every read is in the histogram");
        assertFalse(scrape.text().contains(id), "no label names a document");
        assertTrue(scrape.labelValues("http_server_requests_seconds_count", "uri").stream()
                .allMatch(uri -> uri.startsWith("/") || uri.equals("NOT_FOUND") || uri.equals("UNMATCHED")));
    }

    @Test
    void thePoolsAndTheJvmAreMeasured() {
        PrometheusScrape scrape = PrometheusScrape.of(registry.admin().get("/metrics"));

        assertEquals(1.0, scrape.value("hikaricp_connections_max", Map.of("pool", "triade-writer")));
        assertEquals(4.0, scrape.value("hikaricp_connections_max", Map.of("pool", "triade-reader")));
        assertTrue(scrape.value("hikaricp_connections_acquire_seconds_count", Map.of("pool", "triade-reader")) > 0);
        assertFalse(scrape.samples("hikaricp_connections_active", Map.of("pool", "triade-writer")).isEmpty());
        assertFalse(scrape.samples("jvm_memory_used_bytes", Map.of("area", "heap")).isEmpty());
        assertTrue(scrape.value("process_uptime_seconds", Map.of()) > 0);
    }

    @Test
    void aValidationRunIsTimedPerShippedPlugin() {
        ApiClient author = new Parties(registry).as(organisation("meters-toetsers"), "org-admin");
        String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Getoetst")).json().get("id").asText();
        assertEquals(201, author.post("/api/v1/documents/" + id + "/validations", Map.of()).status());

        PrometheusScrape scrape = PrometheusScrape.of(registry.admin().get("/metrics"));

        for (String plugin : new String[] {"toetsingskader", "patient-perspective"}) {
            assertTrue(scrape.value("triade_plugin_calls_seconds_count", Map.of("plugin", plugin, "extension", "DocumentValidator",
                    "outcome", "answered")) >= 1, plugin);
        }
    }

    @Test
    void anEventListenerThatFailsFallsBehindAndItsFailuresAreCounted() {
        organisation("meters-luisteraars");
        organisation("meters-sprekers");

        PrometheusScrape scrape = Eventually.found("the listener failed on an event", () -> {
            PrometheusScrape now = PrometheusScrape.of(registry.admin().get("/metrics"));
            return now.samples("triade_plugin_calls_seconds_count", Map.of("plugin", "event-recorder", "extension", "EventListener",
                    "outcome", "failed")).isEmpty() ? Optional.empty() : Optional.of(now);
        });

        assertTrue(scrape.value("triade_event_listener_lag", Map.of("plugin", "event-recorder")) >= 2,
                "both organisations are events it has not accepted: " + scrape.text());
    }

    @Test
    void aSubmissionWaitingForDeliveryIsCountedWithItsAge() throws IOException {
        try (RunningRegistry unreachable = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT",
                "http://127.0.0.1:" + closedPort() + "/register", "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true",
                "TRIADE_SUBMISSION_BACKOFF_MS", "600000"), "register-http")) {
            PrometheusScrape before = PrometheusScrape.of(unreachable.admin().get("/metrics"));
            assertEquals(0.0, before.value("triade_outbox_depth", Map.of()));
            assertEquals(0.0, before.value("triade_outbox_oldest_age_seconds", Map.of()));

            FinalDocuments.FinalDocument document = FinalDocuments.create(unreachable);
            ApiResponse submitted = unreachable.admin().post(document.path() + "/submissions", Map.of("channel", "register-http"));
            assertEquals(201, submitted.status(), submitted.body());
            unreachable.clock().advance(Duration.ofMinutes(5));

            PrometheusScrape waiting = PrometheusScrape.of(unreachable.admin().get("/metrics"));
            assertEquals(1.0, waiting.value("triade_outbox_depth", Map.of()));
            assertTrue(waiting.value("triade_outbox_oldest_age_seconds", Map.of()) >= 300, waiting.text());
        }
    }

    private static String organisation(String slug) {
        new Parties(registry).organisation(slug, "patient");
        return slug;
    }

    /** A port nothing listens on: every delivery attempt is refused, and retried ten minutes later. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
