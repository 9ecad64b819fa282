package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.Test;

/** The demo's measurement instrument: structured evidence of its properties and a tijdpad for its data delivery. */
class DemoInstrumentTest {

    @Test
    void theDemoInstrumentMeetsTheInstrumentCriteriaWithItsEvidenceAndATijdpad() {
        try (RunningRegistry registry = RunningRegistry.start(true, Map.of(), "toetsingskader")) {
            ApiClient anna = registry.as("demo-diabetesvereniging-org-admin");
            JsonNode found = anna.get("/api/v1/documents?kind=instrument").json().get("items");
            assertEquals(1, found.size());
            String id = found.get(0).get("id").asText();
            JsonNode instrument = anna.get("/api/v1/documents/" + id).json();
            assertEquals("gegevensaanlevering", instrument.get("timelines").get(0).get("deliverable").asText());
            assertEquals(3, instrument.get("evidence").get(0).get("studies").size());

            List<String> findings = new ArrayList<>();
            for (JsonNode finding : anna.post("/api/v1/documents/" + id + "/validations", Map.of()).json().get("findings")) {
                findings.add(finding.get("severity").asText() + ":" + finding.get("rule").asText());
            }
            assertEquals(List.of("info:tk-validity-reliability", "info:tk-validity-reliability", "info:tk-discriminating-power"),
                    findings.stream().filter(finding -> !finding.endsWith(":tk-parties")).toList(),
                    "the tijdpad stands in for the data delivery; the parties are the authors' to invite");
        }
    }
}
