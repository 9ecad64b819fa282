package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every kind of bad input is a 4xx problem naming the field and rule, and changes nothing. */
class BadInputTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private String eventsBefore;
    private String organisationsBefore;

    @BeforeEach
    void snapshot() {
        eventsBefore = registry.admin().get("/api/v1/events?limit=200").body();
        organisationsBefore = registry.admin().get("/api/v1/organisations?limit=200").body();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(eventsBefore, registry.admin().get("/api/v1/events?limit=200").body());
        assertEquals(organisationsBefore, registry.admin().get("/api/v1/organisations?limit=200").body());
    }

    private ApiResponse postOrganisation(String body) {
        return registry.admin().send("POST", "/api/v1/organisations", "application/json", body);
    }

    private static void assertProblem(ApiResponse response, int status, String field, String rule) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"));
        if (field != null) {
            assertEquals(field, response.json().get("field").asText(), response.body());
        }
        if (rule != null) {
            assertEquals(rule, response.json().get("rule").asText(), response.body());
        }
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(postOrganisation("{\"slug\": \"x\", "), 400, "body", "json");
    }

    @Test
    void aWrongTypeNamesTheField() {
        assertProblem(postOrganisation("{\"slug\": \"typed\", \"name\": 42, \"kind\": \"patient\"}"), 400, "name", "type");
    }

    @Test
    void anUnknownEnumValueNamesTheField() {
        assertProblem(postOrganisation("{\"slug\": \"enum\", \"name\": \"Enum\", \"kind\": \"hospital\"}"), 400, "kind", "enum");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertProblem(postOrganisation("{\"slug\": \"extra\", \"name\": \"Extra\", \"kind\": \"patient\", \"colour\": \"red\"}"),
                400, "colour", "unknown-field");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertProblem(postOrganisation("{\"slug\": \"nameless\", \"kind\": \"patient\"}"), 400, "name", "required");
    }

    @Test
    void anOverlongFieldIsRefused() {
        String name = "x".repeat(201);
        assertProblem(registry.admin().post("/api/v1/organisations", Map.of("slug", "long", "name", name, "kind", "patient")),
                400, "name", "max-length");
    }

    @Test
    void everyViolationIsListed() {
        ApiResponse response = postOrganisation("{\"slug\": \"-bad\", \"name\": \"\", \"kind\": \"patient\"}");
        assertProblem(response, 400, null, null);
        assertEquals(2, response.json().get("errors").size(), response.body());
    }

    @Test
    void anOversizeBodyIsPayloadTooLarge() {
        String body = "{\"slug\": \"big\", \"name\": \"" + "x".repeat(1_100_000) + "\", \"kind\": \"patient\"}";
        assertProblem(postOrganisation(body), 413, null, null);
    }

    @Test
    void aNonJsonContentTypeIsUnsupported() {
        ApiResponse response = registry.admin().send("POST", "/api/v1/organisations", "text/plain",
                "{\"slug\": \"plain\", \"name\": \"Plain\", \"kind\": \"patient\"}");
        assertProblem(response, 415, null, null);
    }

    @Test
    void aNonNumericLimitIsRefused() {
        assertProblem(registry.admin().get("/api/v1/organisations?limit=many"), 400, "limit", "type");
        assertProblem(registry.admin().get("/api/v1/organisations?limit=201"), 400, "limit", "range");
        assertProblem(registry.admin().get("/api/v1/organisations?cursor=%25%25"), 400, "cursor", "format");
    }

    @Test
    void aJsonArrayWhereAnObjectBelongsIsRefused() {
        assertProblem(postOrganisation("[1, 2]"), 400, "body", "type");
    }
}
