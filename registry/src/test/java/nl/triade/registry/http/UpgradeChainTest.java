package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The landed release's database (see {@code upgrade/README.md}) on this code: its chain verifies
 * unchanged, the comment bodies and revision notes it stored outside the chain are attested by one
 * event at the first start, and from then on an edit of them is detected like any other.
 */
@Tag("sqlite-only") // earlier releases wrote SQLite only
class UpgradeChainTest {

    @Test
    void theLandedChainVerifiesAndItsEarlierTextsAreAttestedOnce() throws Exception {
        try (RunningRegistry registry = RunningRegistry.startOn(landedRelease())) {
            ApiResponse verdict = registry.as("demo-administrator").get("/api/v1/events/verify");
            assertTrue(verdict.json().get("valid").asBoolean(), verdict.body());

            JsonNode attested = attestation(registry);
            List<String> comments = column(registry, "SELECT id FROM comments");
            assertFalse(comments.isEmpty(), "the fixture has comments");
            for (String comment : comments) {
                assertTrue(attested.get("data").get("texts").has("comment/" + comment + "/body"), comment);
            }
            registry.restart();
            assertEquals(attested.get("seq"), attestation(registry).get("seq"), "attested once, not at every start");
            assertTrue(registry.as("demo-administrator").get("/api/v1/events/verify").json().get("valid").asBoolean());
        }
    }

    @Test
    void aCommentBodyTheLandedReleaseStoredCannotBeEditedUnnoticedAfterTheUpgrade() throws Exception {
        try (RunningRegistry registry = RunningRegistry.startOn(landedRelease())) {
            String comment = column(registry, "SELECT id FROM comments ORDER BY seq").get(0);
            try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
                 var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE comments SET body = 'Geen opmerkingen.' WHERE id = '" + comment + "'");
            }
            JsonNode verdict = registry.as("demo-administrator").get("/api/v1/events/verify").json();
            assertEquals("stored-text-altered", verdict.get("failure").asText());
            assertTrue(verdict.get("reason").asText().contains(comment), verdict.toString());
        }
    }

    private static JsonNode attestation(RunningRegistry registry) {
        JsonNode found = null;
        String cursor = "";
        do {
            JsonNode page = registry.as("demo-administrator").get("/api/v1/events?limit=200" + cursor).json();
            for (JsonNode event : page.get("items")) {
                if (event.get("type").asText().equals("chain.texts-attested")) {
                    assertEquals(null, found, "one attestation only");
                    found = event;
                }
            }
            cursor = page.get("next").isNull() ? null : "&cursor=" + page.get("next").asText();
        } while (cursor != null);
        assertTrue(found != null, "the earlier texts were attested");
        return found;
    }

    private static List<String> column(RunningRegistry registry, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Path landedRelease() throws URISyntaxException {
        return Path.of(UpgradeChainTest.class.getResource("/upgrade/landed-release.db").toURI());
    }
}
