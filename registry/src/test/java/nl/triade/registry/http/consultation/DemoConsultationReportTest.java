package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo's registered standard, as {@code --demo} seeds it with the shipped plugins, and its
 * public consultation report as a member of the public reads it, without a token: each comment's
 * organisation and kind, text, answer and rationale, and no person's name.
 */
class DemoConsultationReportTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClassWithDemo(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
            outbox()), "toetsingskader", "patient-perspective", "insurer-review", "register-outbox");
    private static final CSVFormat DUTCH = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    /** Organisation, kind, text, disposition and rationale of each comment, in the order of the report. */
    private static final List<List<String>> COMMENTS = List.of(
            List.of("zorgverzekeraar-b", "Zorgverzekeraar B", "insurer",
                    "Hoe weten we of de jaarlijkse glucosecontrole na de bevalling echt gebeurt? Zonder registratie kunnen wij "
                            + "deze zorg niet inkopen.",
                    "accepted", "De huisarts legt de jaarlijkse controle vast; het meetinstrument volgt op het tijdpad."),
            List.of("internisten", "Nederlandse Internisten Vereniging", "provider",
                    "Start insuline al na één week met te hoge waarden als de echo een groot kind laat zien.",
                    "partly-accepted", "De internist mag eerder starten bij een groot kind op de echo; twee weken blijft de regel."),
            List.of("diabetesvereniging", "Diabetesvereniging Nederland", "patient",
                    "Kunnen alle zwangeren de test krijgen, ook zonder risicofactoren?",
                    "rejected", "De richtlijn test alleen bij een verhoogd risico; de test voor iedereen is niet onderbouwd."));
    /** Every demo account's name: personal data, which the public never sees in a report. */
    private static final List<String> NAMES = List.of("Anna de Vries", "Bram Jansen", "Carla Bakker", "Daan Visser", "Eva Smit",
            "Frank Mulder", "Gerda Beheer");

    private static String outbox() {
        try {
            return Files.createTempDirectory("triade-demo-outbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String registeredStandard() {
        JsonNode found = registry.anonymous().get("/api/v1/documents?status=registered").json().get("items");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Zwangerschapsdiabetes", found.get(0).get("title").asText());
        return "/api/v1/documents/" + found.get(0).get("id").asText();
    }

    private static void assertNoNames(String report) {
        NAMES.forEach(name -> assertFalse(report.contains(name), name + " in " + report));
    }

    @Test
    void thePublicReadsTheRegisteredDemoStandardsConsultationReportAsJson() {
        ApiResponse response = registry.anonymous().get(registeredStandard() + "/editions/1/consultation-report");

        assertEquals(200, response.status(), response.body());
        JsonNode report = response.json();
        assertFalse(report.get("namesShown").asBoolean());
        assertEquals("Zwangerschapsdiabetes", report.get("title").asText());
        assertEquals(1, report.get("rounds").size(), "one consultation round");
        List<List<String>> seen = new ArrayList<>();
        for (JsonNode entry : report.get("items")) {
            JsonNode organisation = entry.get("commenter").get("organisation");
            seen.add(List.of(organisation.get("slug").asText(), organisation.get("name").asText(), organisation.get("kind").asText(),
                    entry.get("body").asText(), entry.get("disposition").asText(), entry.get("rationale").asText()));
            assertTrue(entry.get("commenter").get("account").isNull(), entry.toString());
            assertTrue(entry.get("answeredBy").get("account").isNull(), entry.toString());
            assertEquals("diabetesvereniging", entry.get("answeredBy").get("organisation").get("slug").asText());
            assertEquals(1, entry.get("edition").asInt());
        }
        assertEquals(COMMENTS, seen);
        assertNoNames(response.body());
    }

    @Test
    void thePublicReadsItAsCsvForADutchSpreadsheet() throws IOException {
        ApiResponse response = registry.anonymous().get(registeredStandard() + "/editions/1/consultation-report", "Accept", "text/csv");

        assertEquals(200, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("text/csv"), response.header("Content-Type"));
        List<CSVRecord> records = DUTCH.parse(new StringReader(response.body().substring(1))).getRecords();
        assertEquals(4, records.size(), "a header and the three comments: " + response.body());
        CSVRecord header = records.get(0);
        List<String> columns = List.of("organisation", "organisationName", "organisationKind", "body", "disposition", "rationale");
        List<List<String>> seen = new ArrayList<>();
        for (CSVRecord row : records.subList(1, records.size())) {
            seen.add(columns.stream().map(column -> row.get(header.toList().indexOf(column))).toList());
            assertEquals("", row.get(header.toList().indexOf("accountName")), row.toString());
        }
        assertEquals(COMMENTS, seen);
        assertNoNames(response.body());
    }

    @Test
    void thePublicReadsItAsAPrintablePage() {
        ApiResponse response = registry.anonymous().get(registeredStandard() + "/editions/1/consultation-report", "Accept",
                "text/html");

        assertEquals(200, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("text/html"), response.header("Content-Type"));
        String page = response.body();
        for (List<String> comment : COMMENTS) {
            assertTrue(page.contains(comment.get(1) + " (" + comment.get(0) + ", " + comment.get(2) + ")"), comment.get(0) + ": " + page);
            comment.subList(3, 6).forEach(text -> assertTrue(page.contains(text.replace("'", "&#39;")), text + ": " + page));
        }
        assertNoNames(page);
    }

    @Test
    void theDemoStandardTookTheRegistersPathAndASecondDemoStartAddsNothing() {
        String standard = registeredStandard();
        ApiClient frank = registry.as("demo-zorginstituut-member");
        JsonNode edition = registry.anonymous().get(standard + "/editions/1").json();
        assertEquals("ZIN-2026-042", edition.get("registerReference").asText());
        String events = registry.admin().get("/api/v1/events?limit=200&document=" + standard.substring(standard.lastIndexOf('/') + 1))
                .body();
        for (String type : List.of("document.open-consultation", "comment.created", "document.close-consultation", "comment.resolved",
                "validation.completed", "document.request-authorisation", "approval.recorded", "document.final",
                "submission.created", "submission.sent", "criterion.assessed", "submission.accepted")) {
            assertTrue(events.contains("\"" + type + "\""), type + " in " + events);
        }
        assertEquals(0, frank.get("/api/v1/submissions").json().get("items").size(), "nothing awaits the Register");

        String documents = registry.admin().get("/api/v1/documents").body();
        registry.restart();
        assertEquals(events, registry.admin().get("/api/v1/events?limit=200&document=" + standard.substring(standard.lastIndexOf('/') + 1))
                .body(), "a second demo start adds nothing to the standard");
        assertEquals(documents, registry.admin().get("/api/v1/documents").body(), "nor another document");
    }
}
