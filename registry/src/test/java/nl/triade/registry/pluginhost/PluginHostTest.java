package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.PrometheusScrape;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.spi.TriadeSpi;
import org.junit.jupiter.api.Test;

/** The real plugin jars of this reactor, loaded by the real server from its plugins folder. */
class PluginHostTest {

    private static String draft(RunningRegistry registry, ApiClient author) {
        return author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Proef")).json().get("id").asText();
    }

    private static ApiClient author(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        return parties.as("patienten", "org-admin");
    }

    @Test
    void theToetsingskaderValidatorIsLoadedAndJudgesTheDocument() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of(), "toetsingskader")) {
            JsonNode plugin = registry.admin().get("/api/v1/plugins").json().get("items").get(0);
            assertEquals("toetsingskader", plugin.get("id").asText());
            assertEquals("started", plugin.get("state").asText());
            assertEquals("DocumentValidator", plugin.get("extensions").get(0).get("point").asText());
            assertTrue(plugin.get("configured").asBoolean());

            ApiClient author = author(registry);
            String id = draft(registry, author);
            ApiResponse report = author.post("/api/v1/documents/" + id + "/validations", Map.of());
            assertEquals(201, report.status(), report.body());
            assertFalse(report.json().get("passed").asBoolean());
            List<String> rules = new ArrayList<>();
            report.json().get("findings").forEach(finding -> {
                assertEquals("toetsingskader", finding.get("validator").asText());
                rules.add(finding.get("rule").asText());
            });
            assertTrue(rules.containsAll(List.of("tk-parties", "tk-care-content", "tk-summary")), rules.toString());
            assertEquals(report.json(), author.get("/api/v1/documents/" + id + "/validations/latest").json());
        }
    }

    @Test
    void bothShippedValidatorsReportSideBySide() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of(), "toetsingskader", "patient-perspective")) {
            ApiClient author = author(registry);
            String id = draft(registry, author);
            JsonNode findings = author.post("/api/v1/documents/" + id + "/validations", Map.of()).json().get("findings");
            List<String> validators = new ArrayList<>();
            findings.forEach(finding -> validators.add(finding.get("validator").asText() + ":" + finding.get("rule").asText()));
            assertTrue(validators.contains("patient-perspective:pp-patient-version"), validators.toString());
            assertTrue(validators.contains("toetsingskader:tk-patient-version"), validators.toString());
        }
    }

    @Test
    void aPatientVersionWithALongRunOfPunctuationGetsItsReadabilityFinding() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "2000"),
                "patient-perspective")) {
            ApiClient author = author(registry);
            String patientVersion = "Heeft u pijn" + "?".repeat(20_000) + "Bel de huisarts.";
            String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Proef",
                    "patientVersion", patientVersion)).json().get("id").asText();
            ApiResponse report = author.post("/api/v1/documents/" + id + "/validations", Map.of());
            assertEquals(201, report.status(), report.body());
            List<String> findings = new ArrayList<>();
            report.json().get("findings").forEach(finding -> findings.add(finding.get("rule").asText() + ": "
                    + finding.get("message").asText()));
            assertTrue(findings.contains("pp-readability: Flesch-Douma 111 (B1)."), findings.toString());
            assertTrue(findings.stream().noneMatch(finding -> finding.startsWith("plugin-failed")), findings.toString());
        }
    }

    @Test
    void aMisbehavingPluginIsContainedAndRecordedAsFailures() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "300"), "misbehaving")) {
            ApiClient author = author(registry);
            String id = draft(registry, author);
            long start = System.nanoTime();
            ApiResponse report = author.post("/api/v1/documents/" + id + "/validations", Map.of());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(201, report.status(), report.body());
            assertTrue(millis < 10_000, "the hanging validator was cut off, took " + millis + " ms");
            List<String> messages = new ArrayList<>();
            int flood = 0;
            for (JsonNode finding : report.json().get("findings")) {
                assertEquals("misbehaving", finding.get("validator").asText());
                if (finding.get("rule").asText().equals("flood")) {
                    flood++;
                    assertEquals(4000, finding.get("message").asText().length(), "a flood of text is clipped");
                } else {
                    assertEquals("plugin-failed", finding.get("rule").asText());
                    assertEquals("error", finding.get("severity").asText());
                    messages.add(finding.get("message").asText());
                }
            }
            assertEquals(500, flood, "600 findings are cut to 500");
            assertEquals(4, messages.size(), messages.toString());
            assertTrue(messages.contains("the validator returned 600 findings; the first 500 are kept"), messages.toString());
            assertTrue(messages.stream().anyMatch(message -> message.contains("deliberately broken")), messages.toString());
            assertTrue(messages.stream().anyMatch(message -> message.contains("did not answer within 300 ms")), messages.toString());
            assertTrue(messages.stream().anyMatch(message -> message.contains("returned nothing")), messages.toString());
            PrometheusScrape scrape = PrometheusScrape.of(registry.admin().get("/metrics"));
            Map<String, String> calls = Map.of("plugin", "misbehaving", "extension", "DocumentValidator");
            assertTrue(scrape.value("triade_plugin_calls_seconds_count", with(calls, "outcome", "timed-out")) >= 1, scrape.text());
            assertTrue(scrape.value("triade_plugin_calls_seconds_count", with(calls, "outcome", "failed")) >= 2,
                    "the one that throws and the one that answers nothing: " + scrape.text());
            assertEquals(200, registry.anonymous().get("/health").status(), "the server keeps serving");
            assertEquals(200, author.get("/api/v1/documents/" + id).status());
        }
    }

    private static Map<String, String> with(Map<String, String> labels, String label, String value) {
        Map<String, String> more = new HashMap<>(labels);
        more.put(label, value);
        return more;
    }

    @Test
    void aValidatorWhoseAnswerBreaksWhenReadIsRecordedAsItsFailure() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "300",
                "TRIADE_PLUGIN_MISBEHAVING_BRITTLE", "yes"), "misbehaving")) {
            ApiClient author = author(registry);
            String id = draft(registry, author);
            ApiResponse report = author.post("/api/v1/documents/" + id + "/validations", Map.of());
            assertEquals(201, report.status(), report.body());
            List<String> failures = new ArrayList<>();
            report.json().get("findings").forEach(finding -> {
                if (finding.get("rule").asText().equals("plugin-failed")) {
                    failures.add(finding.get("message").asText());
                }
            });
            assertTrue(failures.contains("the validator failed: IllegalStateException: a list that breaks when read"),
                    failures.toString());
            assertFalse(report.json().get("passed").asBoolean());
        }
    }

    @Test
    void aPluginBuiltForAnotherSpiVersionIsRefusedWithAReason() throws IOException {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of())) {
            copyWithManifest(RunningRegistry.builtPlugin("toetsingskader"), registry.pluginsFolder().resolve("future.jar"),
                    Map.of("Plugin-Id", "future", "Plugin-Requires", ">=2.0.0"));
            registry.restart();
            JsonNode plugin = registry.admin().get("/api/v1/plugins").json().get("items").get(0);
            assertEquals("future", plugin.get("id").asText());
            assertEquals("disabled", plugin.get("state").asText());
            assertTrue(plugin.get("problem").asText().contains(TriadeSpi.VERSION), plugin.toString());
            assertEquals(0, plugin.get("extensions").size());
            ApiClient author = author(registry);
            String id = draft(registry, author);
            assertEquals(0, author.post("/api/v1/documents/" + id + "/validations", Map.of()).json().get("findings").size());
        }
    }

    /** Plugins describe themselves in their manifest (plugins/README.md); a start does not look for {@code plugin.properties}. */
    @Test
    void aPluginDescribedOnlyInPluginPropertiesIsNotLoaded() throws IOException {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of())) {
            copyWithDescriptorInProperties(RunningRegistry.builtPlugin("toetsingskader"),
                    registry.pluginsFolder().resolve("described-in-properties.jar"));
            registry.restart();
            assertEquals(200, registry.anonymous().get("/ready").status());
            assertEquals(0, registry.admin().get("/api/v1/plugins").json().get("items").size());
            ApiClient author = author(registry);
            String id = draft(registry, author);
            assertEquals(0, author.post("/api/v1/documents/" + id + "/validations", Map.of()).json().get("findings").size());
        }
    }

    @Test
    void onlyAdministratorsSeeThePlugins() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of(), "toetsingskader")) {
            assertEquals(403, author(registry).get("/api/v1/plugins").status());
            assertEquals(401, registry.anonymous().get("/api/v1/plugins").status());
        }
    }

    private static void copyWithManifest(Path from, Path to, Map<String, String> entries) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(from))) {
            Manifest manifest = in.getManifest();
            entries.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
            try (OutputStream file = Files.newOutputStream(to); JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    /** The plugin's jar with its {@code Plugin-*} manifest attributes moved to a {@code plugin.properties} (PF4J's other way). */
    private static void copyWithDescriptorInProperties(Path from, Path to) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(from))) {
            Manifest manifest = in.getManifest();
            Properties descriptor = new Properties();
            for (Object name : List.copyOf(manifest.getMainAttributes().keySet())) {
                String attribute = name.toString();
                if (attribute.startsWith("Plugin-")) {
                    descriptor.setProperty(attribute.toLowerCase(Locale.ROOT).replace('-', '.'), manifest.getMainAttributes().getValue(attribute));
                    manifest.getMainAttributes().remove(name);
                }
            }
            assertTrue(descriptor.containsKey("plugin.id"), descriptor.toString());
            try (OutputStream file = Files.newOutputStream(to); JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry("plugin.properties"));
                descriptor.store(out, null);
                out.closeEntry();
            }
        }
    }
}
