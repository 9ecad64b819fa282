package nl.triade.registry.http.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Meerjarenagenda: the Register's accounts keep its items, everyone reads them. */
class AgendaApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static Parties parties;
    private static ApiClient zorginstituut;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("zorginstituut", "register");
        parties.organisation("longfonds", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("verzekeraar-l", "insurer");
        zorginstituut = parties.as("zorginstituut", "member");
    }

    static Map<String, Object> item(String topic, String deadline, String... responsible) {
        return Map.of("topic", topic, "condition", "copd", "documentKind", "standard",
                "responsible", List.of(responsible), "deadline", deadline);
    }

    @Test
    void theRegistersAccountsKeepTheAgendaAndAnyoneReadsIt() {
        ApiResponse created = zorginstituut.post("/api/v1/agenda", item("Longaanval COPD", "2031-06-30", "longfonds", "longartsen"));
        assertEquals(201, created.status(), created.body());
        JsonNode item = created.json();
        String path = "/api/v1/agenda/" + item.get("id").asText();
        assertEquals(path, created.header("Location"));
        assertEquals("open", item.get("status").asText());
        assertEquals(List.of("longfonds", "longartsen"), texts(item.get("responsible")));
        assertEquals("\"1\"", created.etag());

        ApiResponse read = registry.anonymous().get(path);
        assertEquals(200, read.status(), read.body());
        assertEquals("Longaanval COPD", read.json().get("topic").asText());
        assertTrue(ids(registry.anonymous().get("/api/v1/agenda")).contains(item.get("id").asText()));
        assertTrue(ids(registry.anonymous().get("/api/v1/agenda?status=open")).contains(item.get("id").asText()));

        Map<String, Object> later = item("Longaanval COPD", "2032-01-31", "longfonds", "longartsen", "verzekeraar-l");
        assertEquals(428, zorginstituut.put(path, later).status());
        ApiResponse changed = zorginstituut.put(path, later, "If-Match", "\"1\"");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("2032-01-31", changed.json().get("deadline").asText());
        assertEquals("\"2\"", changed.etag());
        assertEquals(412, zorginstituut.put(path, later, "If-Match", "\"1\"").status());

        assertEquals(List.of("agenda-item.created", "agenda-item.updated"), AgendaEvents.types(registry, path));
    }

    @Test
    void nobodyButTheRegisterKeepsTheAgenda() {
        Map<String, Object> body = item("Astma bij kinderen", "2031-01-31", "longfonds");
        assertEquals(401, registry.anonymous().post("/api/v1/agenda", body).status());
        assertEquals(403, registry.admin().post("/api/v1/agenda", body).status(), "the operator runs the installation");
        assertEquals(403, parties.as("longfonds", "org-admin").post("/api/v1/agenda", body).status());

        String path = "/api/v1/agenda/" + zorginstituut.post("/api/v1/agenda", body).json().get("id").asText();
        assertEquals(403, registry.admin().put(path, body, "If-Match", "*").status());
        assertEquals(403, parties.as("longartsen", "org-admin").put(path, body, "If-Match", "*").status());
        assertEquals(404, registry.anonymous().get("/api/v1/agenda/agd_doesnotexist").status());
    }

    @Test
    void theResponsibleOrganisationsAreCareParties() {
        ApiResponse register = zorginstituut.post("/api/v1/agenda", item("COPD", "2031-01-31", "zorginstituut"));
        assertEquals(400, register.status(), register.body());
        assertEquals("care-party", register.json().get("errors").get(0).get("rule").asText(), register.body());
        ApiResponse unknown = zorginstituut.post("/api/v1/agenda", item("COPD", "2031-01-31", "nergens"));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("must-exist", unknown.json().get("errors").get(0).get("rule").asText(), unknown.body());
        ApiResponse none = zorginstituut.post("/api/v1/agenda", Map.of("documentKind", "standard", "responsible", List.of(),
                "deadline", "2031-01-31"));
        assertEquals(400, none.status(), none.body());
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(each -> texts.add(each.asText()));
        return texts;
    }

    static List<String> ids(ApiResponse list) {
        assertEquals(200, list.status(), list.body());
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(each -> ids.add(each.get("id").asText()));
        return ids;
    }
}
