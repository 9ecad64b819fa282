package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;

/**
 * Standards drafted by a patient organisation with care providers (the insurer declined), put out
 * for consultation, commented on by members of several organisations and answered, and on to the
 * Register: what the consultation report tests and the public register's browser tests read back.
 */
public final class ConsultedStandards {
    public final RunningRegistry registry;
    public final ApiClient patients;
    public final ApiClient patientsMember;
    public final ApiClient providers;
    public final ApiClient outsider;
    public final String outsiderAccount;
    public final RegisterDesk register;
    private final ApiClient declinedInsurer;

    private ConsultedStandards(RunningRegistry registry) {
        this.registry = registry;
        Parties parties = new Parties(registry);
        registry.admin().post("/api/v1/organisations", Map.of("slug", "voetpatienten", "name", "Voetpatiëntenvereniging", "kind", "patient"));
        registry.admin().post("/api/v1/organisations", Map.of("slug", "podotherapeuten", "name", "Podotherapeuten NL", "kind", "provider"));
        parties.organisation("verzekeraar", "insurer");
        registry.admin().post("/api/v1/organisations", Map.of("slug", "zilverzorg", "name", "Zilver Zorgverzekeraar", "kind", "insurer"));
        patients = parties.as("voetpatienten", "org-admin");
        patientsMember = parties.as("voetpatienten", "member");
        providers = parties.as("podotherapeuten", "org-admin");
        outsiderAccount = parties.accountId("zilverzorg", "member");
        outsider = registry.as(parties.tokenOf(outsiderAccount));
        register = RegisterDesk.open(registry);
        declinedInsurer = parties.as("verzekeraar", "org-admin");
    }

    public static ConsultedStandards in(RunningRegistry registry) {
        return new ConsultedStandards(registry);
    }

    /** A draft with section {@code voetonderzoek}, co-authored by the providers; the insurer declined. */
    public String draft(String title) {
        String id = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", title)).json().get("id").asText();
        String path = path(id);
        assertEquals(201, patients.put(path + "/sections/voetonderzoek", Map.of("title", "Jaarlijks voetonderzoek",
                "body", "De praktijkondersteuner onderzoekt de voeten elk jaar."), "If-None-Match", "*").status());
        participant(id, patients, "podotherapeuten", Map.of("role", "author"));
        participant(id, patients, "verzekeraar", Map.of("role", "commenter"));
        participant(id, declinedInsurer, "verzekeraar", Map.of("role", "declined", "motivation", "Geen zorginkoopbeleid."));
        return id;
    }

    public String path(String id) {
        return "/api/v1/documents/" + id;
    }

    private void participant(String id, ApiClient client, String organisation, Map<String, Object> body) {
        ApiResponse response = client.put(path(id) + "/participants/" + organisation, body, "If-Match", patients.get(path(id)).etag());
        assertEquals(2, response.status() / 100, response.body());
    }

    public void transition(String id, String action) {
        ApiResponse moved = patients.post(path(id) + "/transitions", Consultations.transition(registry, action));
        assertEquals(200, moved.status(), moved.body());
    }

    /** Posts a comment as {@code client}; returns its id. */
    public String comment(String id, ApiClient client, String body, String sectionKey, String replyTo) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("body", body);
        comment.put("sectionKey", sectionKey);
        comment.put("replyTo", replyTo);
        ApiResponse posted = client.post(path(id) + "/comments", comment);
        assertEquals(201, posted.status(), posted.body());
        return posted.json().get("id").asText();
    }

    public void answer(String id, ApiClient client, String comment, String disposition, String rationale) {
        ApiResponse answered = client.patch(path(id) + "/comments/" + comment, Map.of("status", "resolved",
                "disposition", disposition, "rationale", rationale));
        assertEquals(200, answered.status(), answered.body());
    }

    /** Validates, authorises, submits and registers the draft {@code id}, every comment answered. */
    public void register(String id, String reference) {
        assertEquals(201, patients.post(path(id) + "/validations", Map.of()).status());
        JsonNode frozen = patients.post(path(id) + "/transitions", Map.of("action", "request-authorisation")).json();
        for (ApiClient author : List.of(patients, providers)) {
            ApiResponse approved = author.post(path(id) + "/approvals", Map.of("decision", "approve",
                    "contentHash", frozen.get("frozenContentHash").asText()));
            assertEquals(201, approved.status(), approved.body());
        }
        ApiResponse submitted = registry.admin().post(path(id) + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        register.register(submitted.json().get("id").asText(), reference);
    }
}
