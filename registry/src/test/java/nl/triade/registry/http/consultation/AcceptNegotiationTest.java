package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every resource given in more than one format reads {@code Accept} the same way and refuses one it
 * cannot serve with the same problem: the consultation report, the comment list and the FHIR export.
 */
class AcceptNegotiationTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static ConsultedStandards standards;
    private static String id;

    @BeforeAll
    static void aStandardInConsultation() {
        standards = ConsultedStandards.in(registry);
        id = standards.draft("Onderhandeling");
        standards.transition(id, "open-consultation");
        standards.comment(id, standards.outsider, "Een opmerking.", null, null);
    }

    private static String mediaType(ApiResponse response) {
        return response.header("Content-Type").split(";")[0];
    }

    @Test
    void everyNegotiatingResourceRefusesWhatItCannotServeWithTheSameProblemNamingItsOffers() {
        Map<String, String> offers = Map.of(
                "/consultation-rounds/1/report", "application/json, text/csv or text/html",
                "/comments", "application/json or text/csv",
                "/fhir", "application/fhir+json or application/json");
        offers.forEach((resource, offered) -> {
            ApiResponse refused = standards.patients.get(standards.path(id) + resource, "Accept", "application/xml, text/plain;q=0.5");
            assertEquals(406, refused.status(), resource + ": " + refused.body());
            assertEquals("application/problem+json", mediaType(refused), resource);
            JsonNode problem = refused.json();
            assertEquals(List.of("urn:triade:problem:not-acceptable", "Not acceptable", "not-acceptable", "Accept",
                    "this resource is given as " + offered + "; the request's Accept allows none of them"),
                    List.of(problem.get("type").asText(), problem.get("title").asText(), problem.get("rule").asText(),
                            problem.get("field").asText(), problem.get("detail").asText()), resource);
        });
    }

    @Test
    void aTypeNamedOutrightBeatsAWildcardOfTheSameWeight() {
        assertEquals("text/csv", mediaType(standards.patients.get(standards.path(id) + "/consultation-rounds/1/report",
                "Accept", "*/*, text/csv")));
        assertEquals("text/csv", mediaType(standards.patients.get(standards.path(id) + "/comments", "Accept", "*/*, text/csv")));
        assertEquals("application/json", mediaType(standards.patients.get(standards.path(id) + "/fhir",
                "Accept", "application/*, application/json")));
    }

    @Test
    void aRefusedFormatIsRefusedWhateverTheWildcardsAllow() {
        assertEquals("text/html", mediaType(standards.patients.get(standards.path(id) + "/consultation-rounds/1/report",
                "Accept", "application/json;q=0, text/csv;q=0, */*;q=0.1")));
        assertEquals(406, standards.patients.get(standards.path(id) + "/comments", "Accept", "application/json;q=0, text/*;q=0").status());
    }

    @Test
    void everyNegotiatedAnswerVariesByAccept() {
        for (String resource : List.of("/consultation-rounds/1/report", "/comments", "/fhir")) {
            for (String accept : List.of("*/*", "text/csv, application/fhir+json")) {
                ApiResponse response = standards.patients.get(standards.path(id) + resource, "Accept", accept);
                assertEquals(200, response.status(), resource + " " + accept + ": " + response.body());
                assertEquals("Accept", response.header("Vary"), resource + " " + accept);
            }
        }
    }
}
