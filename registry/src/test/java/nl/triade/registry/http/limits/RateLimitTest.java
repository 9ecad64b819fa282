package nl.triade.registry.http.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes are rate limited per account and per organisation (issue 8, finding: one account posted 300
 * comments of 20,000 characters in 49 s). Small configured limits stand in for time: nothing here
 * waits for a bucket to refill; {@code SharedRateLimiterTest} does that with a clock of its own.
 */
class RateLimitTest {
    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(
            "TRIADE_RATE_LIMIT_COMMENTS_ACCOUNT", "5/1h",
            "TRIADE_RATE_LIMIT_COMMENTS_ORGANISATION", "8/1h",
            "TRIADE_RATE_LIMIT_DOCUMENTS_ACCOUNT", "3/1h",
            "TRIADE_RATE_LIMIT_TOKENS_ACCOUNT", "2/1h",
            "TRIADE_RATE_LIMIT_VALIDATIONS_ACCOUNT", "2/1h"));
    private static Parties parties;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
    }

    @Test
    void aFloodOfCommentsFromOneAccountIsRefusedAfterTheBurstWithRetryAfter() {
        String document = documentInConsultation();
        ApiClient flooder = parties.as(organisation("insurer"), "member");
        for (int i = 1; i <= 5; i++) {
            assertEquals(201, comment(flooder, document, "opmerking " + i).status());
        }

        ApiResponse refused = comment(flooder, document, "opmerking 6");

        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        JsonNode problem = refused.json();
        assertEquals("rate-limit", problem.get("rule").asText());
        assertEquals("comments-per-account", problem.get("bucket").asText());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 600 && retryAfter <= 720, "one of 5 per hour comes back after about 720 s, was " + retryAfter);
        assertEquals(retryAfter, problem.get("retryAfter").asLong());
        assertEquals(5, registry.admin().get("/api/v1/documents/" + document + "/comments").json().get("items").size(),
                "the refused comment is not stored");
    }

    @Test
    void anotherOrganisationIsNotHinderedByAFlood() {
        String document = documentInConsultation();
        ApiClient flooder = parties.as(organisation("insurer"), "member");
        for (int i = 1; i <= 5; i++) {
            comment(flooder, document, "nog een opmerking");
        }
        assertEquals(429, comment(flooder, document, "nog een opmerking").status());

        ApiClient other = parties.as(organisation("provider"), "member");
        assertEquals(201, comment(other, document, "Een gewone opmerking.").status());
    }

    @Test
    void anAdministratorIsNotLimited() {
        String document = documentInConsultation();
        for (int i = 1; i <= 12; i++) {
            ApiResponse posted = comment(registry.admin(), document, "beheer " + i);
            assertEquals(201, posted.status(), posted.body());
        }
    }

    @Test
    void theOrganisationLimitHoldsAcrossTwoAccountsOfOneOrganisation() {
        String document = documentInConsultation();
        String insurer = organisation("insurer");
        ApiClient first = parties.as(insurer, "member");
        ApiClient second = parties.as(insurer, "member");
        for (int i = 1; i <= 5; i++) {
            assertEquals(201, comment(first, document, "eerste " + i).status());
        }
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, comment(second, document, "tweede " + i).status());
        }

        ApiResponse refused = comment(second, document, "tweede 4");

        assertEquals(429, refused.status(), refused.body());
        assertEquals("comments-per-organisation", refused.json().get("bucket").asText());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 360 && retryAfter <= 450, "one of 8 per hour comes back after about 450 s, was " + retryAfter);
    }

    @Test
    void documentCreationIsLimited() {
        ApiClient member = parties.as(organisation("patient"), "member");
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, member.post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard " + i)).status());
        }
        ApiResponse refused = member.post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard 4"));
        assertEquals(429, refused.status(), refused.body());
        assertEquals("documents-per-account", refused.json().get("bucket").asText());
    }

    @Test
    void issuingTokensIsLimited() {
        String patient = organisation("patient");
        String orgAdmin = parties.accountId(patient, "org-admin");
        ApiClient caller = registry.as(parties.tokenOf(orgAdmin));
        String member = parties.accountId(patient, "member");
        for (int i = 1; i <= 2; i++) {
            assertEquals(201, caller.post("/api/v1/accounts/" + member + "/tokens", Map.of()).status());
        }
        ApiResponse refused = caller.post("/api/v1/accounts/" + member + "/tokens", Map.of());
        assertEquals(429, refused.status(), refused.body());
        assertEquals("tokens-per-account", refused.json().get("bucket").asText());
    }

    @Test
    void runningValidationsIsLimited() {
        ApiClient author = parties.as(organisation("patient"), "member");
        String document = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma")).json().get("id").asText();
        for (int i = 1; i <= 2; i++) {
            assertEquals(201, author.post("/api/v1/documents/" + document + "/validations", null).status());
        }
        ApiResponse refused = author.post("/api/v1/documents/" + document + "/validations", null);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("validations-per-account", refused.json().get("bucket").asText());
    }

    @Test
    void documentEditsAreLimited() {
        try (RunningRegistry limited = RunningRegistry.start(false, Map.of("TRIADE_RATE_LIMIT_EDITS_ACCOUNT", "2/1h"))) {
            Parties limitedParties = new Parties(limited);
            limitedParties.organisation("astmafonds", "patient");
            ApiClient author = limitedParties.as("astmafonds", "member");
            String document = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma")).json().get("id").asText();
            String section = "/api/v1/documents/" + document + "/sections/zorg";
            assertEquals(201, author.put(section, Map.of("title", "Zorg", "body", "een"), "If-None-Match", "*").status());
            assertEquals(200, author.put(section, Map.of("title", "Zorg", "body", "twee"), "If-Match", "\"2\"").status());

            ApiResponse refused = author.put(section, Map.of("title", "Zorg", "body", "drie"), "If-Match", "\"3\"");

            assertEquals(429, refused.status(), refused.body());
            assertEquals("edits-per-account", refused.json().get("bucket").asText());
        }
    }

    @Test
    void theDefaultsStopTheReportedFlood() {
        try (RunningRegistry defaults = RunningRegistry.start()) {
            ApiClient flooder = consultationFlooder(defaults);
            String document = defaults.admin().get("/api/v1/documents").json().get("items").get(0).get("id").asText();
            String body = "x".repeat(20_000);
            int accepted = 0;
            ApiResponse last = null;
            for (int i = 0; i < 300; i++) {
                last = comment(flooder, document, body);
                if (last.status() != 201) {
                    break;
                }
                accepted++;
            }
            assertEquals(429, last.status(), "300 comments of 20,000 characters are not all accepted");
            assertEquals(120, accepted, "the default burst of comments per account");
        }
    }

    @Test
    void limitsSwitchedOffLimitNothing() {
        try (RunningRegistry unlimited = RunningRegistry.start(false,
                Map.of("TRIADE_RATE_LIMITS", "off", "TRIADE_RATE_LIMIT_COMMENTS_ACCOUNT", "1/1h"))) {
            ApiClient flooder = consultationFlooder(unlimited);
            String document = unlimited.admin().get("/api/v1/documents").json().get("items").get(0).get("id").asText();
            for (int i = 1; i <= 5; i++) {
                assertEquals(201, comment(flooder, document, "opmerking " + i).status());
            }
        }
    }

    /** In a fresh registry: a document in consultation, and a member of an uninvolved organisation. */
    private static ApiClient consultationFlooder(RunningRegistry fresh) {
        Parties freshParties = new Parties(fresh);
        freshParties.organisation("longfonds", "patient");
        freshParties.organisation("verzekeraar-v", "insurer");
        ApiClient author = freshParties.as("longfonds", "org-admin");
        openConsultation(fresh, author);
        return freshParties.as("verzekeraar-v", "member");
    }

    /** A document in consultation, authored by a new patient organisation: every account may comment on it. */
    private static String documentInConsultation() {
        return openConsultation(registry, parties.as(organisation("patient"), "org-admin"));
    }

    private static String openConsultation(RunningRegistry where, ApiClient authorAdmin) {
        ApiResponse created = authorAdmin.post("/api/v1/documents", Map.of("kind", "standard", "title", "COPD"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        ApiResponse opened = authorAdmin.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(where));
        assertEquals(200, opened.status(), opened.body());
        return id;
    }

    private static String organisation(String kind) {
        String slug = kind + "-" + ORGANISATIONS.incrementAndGet();
        parties.organisation(slug, kind);
        return slug;
    }

    private static ApiResponse comment(ApiClient client, String document, String body) {
        return client.post("/api/v1/documents/" + document + "/comments", Map.of("body", body));
    }
}
