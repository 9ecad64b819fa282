package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * A plugin whose calls outlive their time limit and ignore interruption (the misbehaving plugin's
 * stubborn validator, held until the test creates its release file) must not pile up threads: it is
 * degraded and not called until its stuck call ends. Each organisation's instance of a plugin has
 * threads of its own, so only that instance is.
 */
class StuckCallsTest {
    private static final String STUBBORN = "nl.triade.plugins.misbehaving.StubbornValidator";

    @Test
    void aPluginWithAStuckCallIsDegradedAndNotCalledAgainUntilTheCallEnds() throws IOException {
        Path release = Files.createTempDirectory("stubborn").resolve("release");
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "300",
                "TRIADE_PLUGIN_MISBEHAVING_STUBBORN", release.toString()), "misbehaving")) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            ApiClient author = parties.as("patienten", "org-admin");
            String validations = "/api/v1/documents/" + author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Proef"))
                    .json().get("id").asText() + "/validations";

            assertTrue(failures(author, validations).stream().anyMatch(message -> message.contains("did not answer within 300 ms")));
            for (int round = 0; round < 10; round++) {
                List<String> failures = failures(author, validations);
                assertTrue(failures.stream().allMatch(message -> message.contains("is degraded")), failures.toString());
            }
            assertEquals(1, threadsRunning(STUBBORN), "one stuck call, not one per validation");
            JsonNode degraded = misbehaving(registry);
            assertTrue(degraded.get("degraded").asBoolean(), degraded.toString());
            assertEquals(1, degraded.get("stuckCalls").asInt());
            assertTrue(degraded.get("timedOutCalls").asInt() >= 1, degraded.toString());
            assertEquals(200, registry.anonymous().get("/health").status());

            Files.createFile(release);
            Eventually.until("the plugin is no longer degraded", () -> !misbehaving(registry).get("degraded").asBoolean());
            JsonNode recovered = misbehaving(registry);
            assertFalse(recovered.get("degraded").asBoolean(), "the stuck call ended: " + recovered);
            assertEquals(0, recovered.get("stuckCalls").asInt());
            assertTrue(failures(author, validations).stream().anyMatch(message -> message.contains("deliberately broken")),
                    "called again once the stuck call ended");
        } finally {
            if (!Files.exists(release)) {
                Files.createFile(release);
            }
        }
    }

    @Test
    void oneOrganisationsStuckInstanceLeavesAnotherOrganisationsInstanceOfThePluginAlone() throws IOException {
        Path release = Files.createTempDirectory("stubborn").resolve("release");
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "300",
                "TRIADE_PLUGIN_MISBEHAVING_AT_PATIENTEN__STUBBORN", release.toString(),
                "TRIADE_PLUGIN_MISBEHAVING_ORGANISATIONS", "artsen"), "misbehaving")) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            parties.organisation("artsen", "provider");
            ApiClient author = parties.as("patienten", "org-admin");
            String validations = "/api/v1/documents/" + author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Proef"))
                    .json().get("id").asText() + "/validations";
            author.post(validations, Map.of());

            JsonNode report = author.post(validations, Map.of()).json();
            List<String> patienten = new ArrayList<>();
            List<String> artsen = new ArrayList<>();
            report.get("findings").forEach(finding -> (finding.get("organisation").asText().equals("patienten") ? patienten : artsen)
                    .add(finding.get("message").asText()));
            assertTrue(patienten.stream().allMatch(message -> message.contains("is degraded")), patienten.toString());
            assertTrue(artsen.stream().anyMatch(message -> message.contains("deliberately broken")), artsen.toString());
            assertTrue(artsen.stream().noneMatch(message -> message.contains("is degraded")), artsen.toString());
            Map<String, Boolean> degraded = new TreeMap<>();
            registry.admin().get("/api/v1/plugins").json().get("items").forEach(instance -> degraded.put(
                    instance.get("organisation").asText(), instance.get("degraded").asBoolean()));
            assertEquals(Map.of("patienten", true, "artsen", false, "null", false), degraded,
                    "the plugin's submitter serves the installation, as an instance without organisation");
        } finally {
            if (!Files.exists(release)) {
                Files.createFile(release);
            }
        }
    }

    private static List<String> failures(ApiClient author, String validations) {
        List<String> messages = new ArrayList<>();
        JsonNode report = author.post(validations, Map.of()).json();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("plugin-failed")) {
                messages.add(finding.get("message").asText());
            }
        });
        return messages;
    }

    private static JsonNode misbehaving(RunningRegistry registry) {
        return registry.admin().get("/api/v1/plugins").json().get("items").get(0);
    }

    /** Threads of this JVM (the registry runs in it) currently inside {@code type}. */
    private static long threadsRunning(String type) {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(type)))
                .count();
    }
}
