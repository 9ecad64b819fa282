package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The landed release registered version 1 of "Diabetische voet" with two tijdpaden (cliëntenversie
 * due 2027-06-30, meetinstrument due 2027-12-31) and was revising it to version 2 when it stopped
 * (see {@code upgrade/README.md}). On this code the edition in force is watched as one registered
 * now: migration V19 read its tijdpaden from the revision the Register accepted.
 */
@Tag("sqlite-only") // earlier releases wrote SQLite only
class EditionTimelinesUpgradeTest {
    private static final String DOCUMENT = "doc_q08fhx9awr7f4tgc";

    @Test
    void theTijdpadenOfAnEditionRegisteredBeforeTheUpgradeAreReportedOnceOverdue() throws Exception {
        Path fixture = Path.of(EditionTimelinesUpgradeTest.class.getResource("/upgrade/landed-release.db").toURI());
        try (RunningRegistry registry = RunningRegistry.startOn(fixture, Instant.parse("2026-12-01T12:00:00Z"))) {
            ApiClient author = registry.as("demo-diabetesvereniging-org-admin");
            assertEquals(List.of(), overdue(author.get("/api/v1/documents/" + DOCUMENT).json()));

            registry.clock().advance(Duration.between(registry.clock().instant(), Instant.parse("2027-07-01T12:00:00Z")));
            JsonNode draft = author.get("/api/v1/documents/" + DOCUMENT).json();
            assertEquals(2, draft.get("version").asInt(), "the next version is being drafted");
            assertEquals(List.of("1:cliëntenversie:2027-06-30"), overdue(draft));
            List<String> listed = new ArrayList<>();
            author.get("/api/v1/documents?overdue=tijdpad").json().get("items").forEach(item -> listed.add(item.get("id").asText()));
            assertEquals(List.of(DOCUMENT), listed);
            JsonNode event = Eventually.found("the timeline.overdue event", () -> {
                List<JsonNode> found = new ArrayList<>();
                registry.as("demo-administrator").get("/api/v1/events?document=" + DOCUMENT + "&limit=200").json().get("items")
                        .forEach(each -> {
                            if (each.get("type").asText().equals("timeline.overdue")) {
                                found.add(each);
                            }
                        });
                return found.stream().findFirst();
            });
            assertEquals("cliëntenversie", event.get("data").get("deliverable").asText(), event.toString());
            assertEquals(1, event.get("data").get("version").asInt());
        }
    }

    private static List<String> overdue(JsonNode document) {
        List<String> found = new ArrayList<>();
        document.get("overdueTimelines").forEach(each -> found.add(each.path("edition").asInt() + ":"
                + each.get("deliverable").asText() + ":" + each.get("dueDate").asText()));
        return found;
    }
}
