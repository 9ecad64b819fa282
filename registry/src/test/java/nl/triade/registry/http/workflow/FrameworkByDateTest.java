package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The framework is chosen by date: this registry's clock starts on 28 June 2021, three days before
 * Toetsingskader 3.0 came into force. A standard submitted then is judged by the 2015 framework
 * for good; one drafted after 1 July by 3.0. The 2015 framework's transitional criterion applies
 * to a standard developed before 2014.
 */
class FrameworkByDateTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClassFrom(Instant.parse("2021-06-28T10:00:00Z"),
            Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", outbox()), "toetsingskader", "register-outbox");
    private static ThreePartyStandards standards;
    private static ApiClient member;

    private static String outbox() {
        try {
            return Files.createTempDirectory("triade-outbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() {
        standards = ThreePartyStandards.in(registry);
        member = standards.member();
    }

    /** A standard complete under the 2015 framework: no financial-impact assessment, its instrument on a tijdpad. */
    private static String standard(Map<String, Object> fields) {
        String id = standards.complete(fields);
        String path = "/api/v1/documents/" + id;
        assertEquals(200, member.patch(path, Collections.singletonMap("financialImpact", null), "If-Match",
                member.get(path).etag()).status());
        return id;
    }

    /** The findings but the sections listed for the Register's reviewer, which {@code ContentSubstanceTest} shows. */
    private static List<String> findings(String id) {
        List<String> found = new ArrayList<>();
        standards.validate(id).get("findings").forEach(finding -> {
            if (!finding.get("path").asText().startsWith("sections.")) {
                found.add(finding.get("rule").asText() + ":" + finding.get("severity").asText());
            }
        });
        return found;
    }

    private static JsonNode framework(String id) {
        return member.get("/api/v1/documents/" + id).json().get("framework");
    }

    @Test
    void aStandardSubmittedBeforeJuly2021IsJudgedByThe2015FrameworkForGood() {
        String id = standard(Map.of());
        assertEquals(List.of(), findings(id), "criterion 7 is not in the 2015 framework");
        assertEquals("tk-2015", framework(id).get("version").asText());
        assertEquals("today", framework(id).get("by").asText());

        registry.clock().advance(Duration.ofDays(2));
        submit(id);
        registry.clock().advance(Duration.ofDays(5));
        JsonNode framework = framework(id);
        assertEquals("tk-2015", framework.get("version").asText(), framework.toString());
        assertEquals("submission", framework.get("by").asText());
        assertEquals("2021-06-30", framework.get("date").asText());
        assertEquals(List.of(), findings(id), "the submitted standard is still judged by 2015 on " + standards.today());

        String drafted = standard(Map.of());
        assertEquals("tk-3", framework(drafted).get("version").asText());
        assertEquals(List.of("tk-financial-impact:error"), findings(drafted));
    }

    @Test
    void aStandardDevelopedBefore2014HasItsMissingPartsWaivedByThe2015Framework() {
        String id = standard(Map.of("developedIn", 2011, "informationStandards", List.of()));
        String path = "/api/v1/documents/" + id;
        assertEquals(200, member.patch(path, Collections.singletonMap("summary", null), "If-Match", member.get(path).etag()).status());
        assertEquals(List.of("tk-summary:warning", "tk-information-standard:warning", "tk-transitional:info"), findings(id));
        assertEquals(200, member.patch(path, Collections.singletonMap("maintenancePlan", null), "If-Match",
                member.get(path).etag()).status());
        assertEquals(List.of("tk-summary:warning", "tk-maintenance-plan:error", "tk-information-standard:warning",
                "tk-transitional:error"), findings(id));
    }

    /** Authorised by the three organisations, then submitted by the administrator through register-outbox. */
    private static void submit(String id) {
        String path = "/api/v1/documents/" + id;
        ApiResponse requested = standards.requestAuthorisation(id);
        assertEquals(200, requested.status(), requested.body());
        String hash = requested.json().get("frozenContentHash").asText();
        Parties parties = new Parties(registry);
        for (ApiClient organisation : List.of(standards.admin(), parties.as("reumatologen", "org-admin"),
                parties.as("zorgverzekeraar", "org-admin"))) {
            ApiResponse approved = organisation.post(path + "/approvals", Map.of("decision", "approve", "contentHash", hash));
            assertEquals(201, approved.status(), approved.body());
        }
        ApiResponse submitted = registry.admin().post(path + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
    }
}
