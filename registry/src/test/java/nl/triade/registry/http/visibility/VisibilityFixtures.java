package nl.triade.registry.http.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;

/**
 * Documents brought through the API into each state worth reading: authored by patienten, artsen
 * and verzekeraar together, therapeuten a commenter, buren not involved. Each has a section, an
 * answered comment and a validation report; from {@code submitted} on, a submission delivered
 * through the {@code register-outbox} channel (whose receipt names a server folder).
 */
final class VisibilityFixtures {
    enum State {
        DRAFT, CONSULTATION, AUTHORISATION, FINAL, SUBMITTED, REGISTERED, REVISED, WITHDRAWN_FROM_DRAFT,
        WITHDRAWN_FROM_CONSULTATION;

        boolean submitted() {
            return this == SUBMITTED || this == REGISTERED || this == REVISED;
        }
    }

    record Fixture(String id, String submission) {
        String path() {
            return "/api/v1/documents/" + id;
        }

        String submissionOrNone() {
            return submission == null ? "sub_none" : submission;
        }
    }

    private final RunningRegistry registry;
    private final ApiClient authorMember;
    private final ApiClient steward;
    private final List<ApiClient> deciders;
    private final ApiClient commenter;
    private final ApiClient unrelated;
    private final RegisterDesk register;

    VisibilityFixtures(RunningRegistry registry) {
        this.registry = registry;
        Parties parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("artsen", "provider");
        parties.organisation("verzekeraar", "insurer");
        parties.organisation("therapeuten", "provider");
        parties.organisation("buren", "insurer");
        authorMember = parties.as("patienten", "member");
        steward = parties.as("patienten", "org-admin");
        deciders = List.of(steward, parties.as("artsen", "org-admin"),
                parties.as("verzekeraar", "org-admin"));
        commenter = parties.as("therapeuten", "member");
        unrelated = parties.as("buren", "member");
        register = RegisterDesk.open(registry);
    }

    ApiClient authorMember() {
        return authorMember;
    }

    ApiClient steward() {
        return steward;
    }

    ApiClient commenter() {
        return commenter;
    }

    ApiClient unrelated() {
        return unrelated;
    }

    /** A draft standard with every party involved, a section, an answered comment and a clean validation report. */
    String draft(String title) {
        String id = authorMember.post("/api/v1/documents", Map.of("kind", "standard", "title", title)).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (Map.Entry<String, String> participant : Map.of("artsen", "author", "verzekeraar", "author",
                "therapeuten", "commenter").entrySet()) {
            ApiResponse added = authorMember.put(path + "/participants/" + participant.getKey(), Map.of("role", participant.getValue()),
                    "If-Match", authorMember.get(path).etag());
            assertEquals(201, added.status(), added.body());
        }
        assertEquals(201, authorMember.put(path + "/sections/zorginhoud", Map.of("title", "Inhoud van zorg",
                "body", "Nog niet gedeelde concepttekst."), "If-None-Match", "*").status());
        String comment = commenter.post(path + "/comments", Map.of("body", "Graag concreter.")).json().get("id").asText();
        assertEquals(200, authorMember.patch(path + "/comments/" + comment, Map.of("status", "resolved",
                "disposition", "accepted", "rationale", "Aangescherpt.")).status());
        assertEquals(201, authorMember.post(path + "/validations", Map.of()).status());
        return id;
    }

    Fixture documentIn(State state) {
        String id = draft("Zichtbaarheid " + state);
        String submission = null;
        switch (state) {
            case DRAFT -> { }
            case CONSULTATION -> step(id, "open-consultation");
            case AUTHORISATION -> step(id, "request-authorisation");
            case FINAL -> approveAll(id);
            case SUBMITTED, REGISTERED, REVISED -> {
                approveAll(id);
                submission = submit(id);
                if (state != State.SUBMITTED) {
                    register.register(submission, "ZIN-" + id);
                }
                if (state == State.REVISED) {
                    step(id, "revise");
                }
            }
            case WITHDRAWN_FROM_DRAFT -> step(id, "withdraw");
            case WITHDRAWN_FROM_CONSULTATION -> {
                step(id, "open-consultation");
                step(id, "withdraw");
            }
        }
        return new Fixture(id, submission);
    }

    JsonNode step(String id, String action) {
        ApiResponse response = steward.post("/api/v1/documents/" + id + "/transitions", Consultations.transition(registry, action));
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private void approveAll(String id) {
        String hash = step(id, "request-authorisation").get("frozenContentHash").asText();
        for (ApiClient decider : deciders) {
            ApiResponse decided = decider.post("/api/v1/documents/" + id + "/approvals", Map.of("decision", "approve",
                    "contentHash", hash));
            assertEquals(201, decided.status(), decided.body());
        }
    }

    /** Submits through register-outbox and waits until the package is written, so the submission has its receipt. */
    private String submit(String id) {
        ApiResponse submitted = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        String submission = submitted.json().get("id").asText();
        Eventually.until("the outbox wrote submission " + submission,
                () -> registry.admin().get("/api/v1/submissions/" + submission).json().get("state").asText().equals("sent"));
        return submission;
    }
}
