package nl.triade.registry.http.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Subscribing over HTTP with the webhook channel as an installation has it by default: https only,
 * public addresses only. Targets here are in TEST-NET-1 (192.0.2.0/24), public by the address rules,
 * and no subscribed event happens, so nothing is ever sent to them.
 */
class SubscriptionApiTest {
    private static final String TARGET = "https://192.0.2.10/triade";

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"), "webhook");
    private static Parties parties;
    private static ApiClient steward;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("volgers", "patient");
        parties.organisation("anderen", "provider");
        parties.organisation("vol", "insurer");
        steward = parties.as("volgers", "org-admin");
    }

    private static Map<String, Object> subscription(String target, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "webhook", "target", target,
                "kinds", List.of("consultation-opened", "decision-needed")));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static ApiResponse subscribe(ApiClient client, String organisation, Map<String, Object> body) {
        return client.post("/api/v1/organisations/" + organisation + "/subscriptions", body);
    }

    private static void assertProblem(ApiResponse response, int status, String field, String rule) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.toString());
        assertEquals(rule, response.json().get("rule").asText(), response.body());
        if (field != null) {
            assertEquals(field, response.json().get("field").asText(), response.body());
        }
    }

    @Test
    void anOrgAdminSubscribesAndSeesTheSecretOnlyOnce() {
        ApiResponse created = subscribe(steward, "volgers", subscription(TARGET,
                "follows", Map.of("conditions", List.of("Diabetes"), "participating", true)));
        assertEquals(201, created.status(), created.body());
        JsonNode body = created.json();
        String id = body.get("id").asText();
        assertTrue(body.get("secret").asText().startsWith("whsec_"), created.body());
        assertEquals("/api/v1/organisations/volgers/subscriptions/" + id, created.header("Location"));
        assertEquals(List.of("consultation-opened", "decision-needed"), strings(body.get("kinds")));
        assertEquals(List.of("Diabetes"), strings(body.get("follows").get("conditions")));

        JsonNode read = steward.get("/api/v1/organisations/volgers/subscriptions/" + id).json();
        assertTrue(read.get("secret").isNull(), read.toString());
        assertEquals(0, read.get("deliveries").get("pending").asInt());
        assertTrue(steward.get("/api/v1/organisations/volgers/subscriptions").body().contains(id));
        assertFalse(steward.get("/api/v1/organisations/volgers/subscriptions").body().contains("whsec_"));

        assertEquals(204, steward.delete("/api/v1/organisations/volgers/subscriptions/" + id).status());
        assertEquals(404, steward.get("/api/v1/organisations/volgers/subscriptions/" + id).status());
    }

    @Test
    void onlyTheOrganisationsOwnOrgAdminsAndAdministratorsKeepItsSubscriptions() {
        assertEquals(403, subscribe(parties.as("volgers", "member"), "volgers", subscription(TARGET)).status());
        assertEquals(403, subscribe(parties.as("anderen", "org-admin"), "volgers", subscription(TARGET)).status());
        assertEquals(401, subscribe(registry.anonymous(), "volgers", subscription(TARGET)).status());
        ApiResponse byAdministrator = subscribe(registry.admin(), "volgers", subscription(TARGET));
        assertEquals(201, byAdministrator.status(), byAdministrator.body());
        String path = "/api/v1/organisations/volgers/subscriptions/" + byAdministrator.json().get("id").asText();
        assertEquals(403, parties.as("anderen", "org-admin").get(path).status());
        assertEquals(403, parties.as("anderen", "org-admin").delete(path).status());
        assertEquals(403, parties.as("volgers", "member").get("/api/v1/organisations/volgers/subscriptions").status());
        // another organisation's subscription is not found under one's own
        assertEquals(404, parties.as("anderen", "org-admin").get(path.replace("volgers", "anderen")).status());
        assertEquals(204, steward.delete(path).status());
    }

    @Test
    void targetsInsideTheRegistrysNetworkAreRefused() {
        for (String target : List.of("https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "https://10.0.0.8/",
                "https://[::1]/", "http://192.0.2.10/plain", "https://user:secret@192.0.2.10/", "ftp://192.0.2.10/")) {
            assertProblem(subscribe(steward, "volgers", subscription(target)), 400, "target", "target-refused");
        }
    }

    @Test
    void badSubscriptionsAreRefusedNamingFieldAndRule() {
        assertProblem(subscribe(steward, "volgers", subscription(TARGET, "channel", "pigeon")), 409, "channel", "unknown-channel");
        assertProblem(subscribe(steward, "volgers", subscription(TARGET, "kinds", List.of())), 400, "kinds", "required");
        assertProblem(subscribe(steward, "volgers", subscription(TARGET, "kinds", List.of("gossip"))), 400, null, "enum");
        assertProblem(subscribe(steward, "volgers", subscription("https://192.0.2.10/" + "x".repeat(2_000))), 400, "target",
                "max-length");
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            conditions.add("aandoening " + i);
        }
        assertProblem(subscribe(steward, "volgers", subscription(TARGET, "follows", Map.of("conditions", conditions))), 400,
                "follows.conditions", "max-items");
        assertProblem(subscribe(steward, "volgers", subscription(TARGET, "kinds", List.of("overdue"),
                "follows", Map.of("participating", false))), 400, "follows", "required");
    }

    @Test
    void anOrganisationHasAtMostTwentySubscriptions() {
        for (int i = 0; i < 20; i++) {
            assertEquals(201, subscribe(registry.admin(), "vol", subscription(TARGET + i)).status());
        }
        assertProblem(subscribe(registry.admin(), "vol", subscription(TARGET)), 422, "subscriptions", "max-subscriptions");
    }

    /** A hostile org-admin names a draft it may not read: answered as if it did not exist, and nothing is subscribed. */
    @Test
    void aDocumentTheOrganisationCannotReadCannotBeFollowed() {
        ApiClient author = parties.as("anderen", "member");
        String draft = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Geheim")).json().get("id").asText();
        int before = steward.get("/api/v1/organisations/volgers/subscriptions").json().get("items").size();

        ApiResponse refused = subscribe(steward, "volgers", subscription(TARGET, "follows", Map.of("documents", List.of(draft))));
        assertEquals(404, refused.status(), refused.body());
        assertEquals(404, subscribe(steward, "volgers", subscription(TARGET, "follows", Map.of("documents", List.of("doc_none"))))
                .status());
        assertEquals(before, steward.get("/api/v1/organisations/volgers/subscriptions").json().get("items").size());

        ApiResponse opened = parties.as("anderen", "org-admin").post("/api/v1/documents/" + draft + "/transitions",
                Consultations.opening(registry));
        assertEquals(200, opened.status(), opened.body());
        ApiResponse followed = subscribe(steward, "volgers", subscription(TARGET, "follows", Map.of("documents", List.of(draft))));
        assertEquals(201, followed.status(), followed.body());
        assertEquals(204, steward.delete("/api/v1/organisations/volgers/subscriptions/" + followed.json().get("id").asText()).status());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
