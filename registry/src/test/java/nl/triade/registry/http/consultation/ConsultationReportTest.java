package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The consultation report (commentaarfase verslag) per round, as a participant, an outsider, the
 * public and a Dutch spreadsheet read it.
 */
class ConsultationReportTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
            outbox(), "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off"), "register-outbox");
    private static final CSVFormat DUTCH = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    private static ConsultedStandards standards;

    @BeforeAll
    static void parties() {
        standards = ConsultedStandards.in(registry);
    }

    private static String outbox() {
        try {
            return Files.createTempDirectory("triade-report-outbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(String id, String round) {
        return standards.path(id) + "/consultation-rounds/" + round + "/report";
    }

    /** A closed round: the outsider asks about a section, the providers reply, a patient member adds a point; all answered. */
    private static Round closedRound(String title) {
        String id = standards.draft(title);
        standards.transition(id, "open-consultation");
        String question = standards.comment(id, standards.outsider, "Welke indicator meet het jaarlijkse voetonderzoek?",
                "voetonderzoek", null);
        String reply = standards.comment(id, standards.providers, "Dat doet het meetinstrument Diabetische voet.", null, question);
        String point = standards.comment(id, standards.patientsMember, "Neem ook passende schoenen op.", null, null);
        standards.transition(id, "close-consultation");
        standards.answer(id, standards.patients, question, "accepted", "Opgenomen in het meetinstrument.");
        standards.answer(id, standards.patients, reply, "accepted", "Zie het antwoord hierboven.");
        standards.answer(id, standards.patients, point, "partly-accepted", "Alleen bij een hoog risico.");
        return new Round(id, question, reply, point);
    }

    private record Round(String id, String question, String reply, String point) {
    }

    private static List<CSVRecord> csv(ApiResponse response) throws IOException {
        assertEquals(200, response.status(), response.body());
        assertTrue(response.body().startsWith("\uFEFF"), "a byte order mark, so a Dutch Excel reads UTF-8");
        return DUTCH.parse(new StringReader(response.body().substring(1))).getRecords();
    }

    @Test
    void textCsvGetsTheRoundAsCsvForADutchSpreadsheet() throws IOException {
        Round round = closedRound("Diabetische voet");

        ApiResponse response = standards.patients.get(report(round.id(), "1"), "Accept", "text/csv");

        assertEquals("text/csv; charset=utf-8", response.header("Content-Type"));
        assertEquals("attachment; filename=\"consultation-report-" + round.id() + "-round-1.csv\"",
                response.header("Content-Disposition"));
        List<CSVRecord> rows = csv(response);
        assertEquals(List.of("round", "edition", "comment", "thread", "replyTo", "revision", "sectionKey", "sectionTitle",
                "organisation", "organisationName", "organisationKind", "account", "accountName", "source", "body", "createdAt",
                "status", "disposition", "rationale", "answeredByOrganisation", "answeredByOrganisationName", "answeredByAccount",
                "answeredByAccountName", "answeredAt"), rows.get(0).toList());
        assertEquals(4, rows.size(), "a header and three comments");
        CSVRecord question = rows.get(1);
        assertEquals(List.of("1", "", round.question(), round.question(), ""), question.toList().subList(0, 5));
        assertEquals(List.of("voetonderzoek", "Jaarlijks voetonderzoek", "zilverzorg", "Zilver Zorgverzekeraar", "insurer",
                standards.outsiderAccount, "member of zilverzorg", "person", "Welke indicator meet het jaarlijkse voetonderzoek?"),
                question.toList().subList(6, 15));
        assertEquals(List.of("resolved", "accepted", "Opgenomen in het meetinstrument.", "voetpatienten", "Voetpatiëntenvereniging"),
                question.toList().subList(16, 21));
        assertEquals("org-admin of voetpatienten", question.get(22));
        CSVRecord reply = rows.get(2);
        assertEquals(List.of(round.reply(), round.question(), round.question()), reply.toList().subList(2, 5),
                "the reply follows the comment it answers, in its thread");
        assertEquals("Podotherapeuten NL", reply.get(9));
        CSVRecord point = rows.get(3);
        assertEquals(round.point(), point.get(2));
        assertEquals("partly-accepted", point.get(17));
    }

    @Test
    void aFormulaInACommentStaysTextInTheSpreadsheet() throws IOException {
        String id = standards.draft("Formules");
        standards.transition(id, "open-consultation");
        List<String> hostile = List.of("=HYPERLINK(\"https://evil.example\",\"Klik\")", "+31 6 12345678", "-2+3",
                "@SUM(A1:A9)", "\tverborgen", "\r=1+1");
        for (String body : hostile) {
            standards.comment(id, standards.outsider, body, null, null);
        }
        String quoted = "Punt 1; punt 2, met \"aanhalingstekens\"\nen een tweede regel";
        standards.comment(id, standards.outsider, quoted, null, null);

        List<CSVRecord> rows = csv(standards.patients.get(report(id, "1"), "Accept", "text/csv"));

        List<String> bodies = rows.subList(1, rows.size()).stream().map(row -> row.get(14)).toList();
        List<String> expected = new ArrayList<>(hostile.stream().map(body -> "'" + body).toList());
        expected.add(quoted);
        assertEquals(expected, bodies, "formulas are shown as text; separators, quotes and line breaks survive quoting");
    }

    @Test
    void thePrintablePageShowsAHostileCommentAsText() {
        String id = standards.draft("Script");
        standards.transition(id, "open-consultation");
        standards.comment(id, standards.outsider, "<script>alert('x')</script><img src=x onerror=alert(1)> & meer", null, null);

        ApiResponse page = standards.patients.get(report(id, "1"), "Accept", "text/html");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'none'"), page.header("Content-Security-Policy"));
        assertTrue(page.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; meer"),
                page.body());
        assertFalse(page.body().toLowerCase().contains("<script"), "no script on the page");
        assertFalse(page.body().contains("<img"), page.body());
        assertTrue(page.body().contains("@media print"), "a print stylesheet");
        assertTrue(page.body().contains("member of zilverzorg, Zilver Zorgverzekeraar (zilverzorg, insurer)"), page.body());
    }

    @Test
    void anAcceptTheServerCannotGiveIsNotAcceptable() {
        Round round = closedRound("Accept");

        ApiResponse refused = standards.patients.get(report(round.id(), "1"), "Accept", "application/xml");
        assertEquals(406, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.header("Content-Type"));
        assertEquals("not-acceptable", refused.json().get("rule").asText());
        assertEquals("Accept", refused.json().get("field").asText());

        assertTrue(standards.patients.get(report(round.id(), "1"), "Accept", "text/csv;q=0, application/json")
                .header("Content-Type").startsWith("application/json"), "text/csv refused with q=0");
        assertTrue(standards.patients.get(report(round.id(), "1"), "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").header("Content-Type").startsWith("text/html"),
                "what a browser asks for");
        assertEquals(3, standards.patients.get(report(round.id(), "1")).json().get("items").size(), "JSON without an Accept");
    }

    @Test
    void roundsAreReadFromTheHistoryAndCommentsOutsideThemHaveTheirOwnReport() {
        String id = standards.draft("Rondes");
        String drafting = draftingRemark(id);
        standards.transition(id, "open-consultation");
        String first = standards.comment(id, standards.outsider, "Eerste ronde.", "voetonderzoek", null);
        standards.transition(id, "close-consultation");
        String lateReply = standards.comment(id, standards.providers, "Nagekomen antwoord.", null, first);
        standards.transition(id, "open-consultation");
        String closesAt = standards.patients.get(standards.path(id)).json().get("consultationClosesAt").asText();
        String second = standards.comment(id, standards.outsider, "Tweede ronde.", null, null);
        registry.clock().advance(Consultations.LENGTH.plus(Duration.ofMinutes(1)));
        Eventually.until("the second round closes by itself", () -> standards.patients.get(standards.path(id)).json()
                .get("status").asText().equals("draft"));

        JsonNode rounds = standards.patients.get(standards.path(id) + "/consultation-rounds").json();
        assertEquals(2, rounds.get("items").size());
        JsonNode one = rounds.get("items").get(0);
        assertEquals(List.of("1", "closed", "2"), List.of(one.get("round").asText(), one.get("ending").asText(),
                one.get("comments").asText()), "the late reply belongs to the round of the comment it answers");
        JsonNode two = rounds.get("items").get(1);
        assertEquals(List.of("2", "expired", "1", closesAt), List.of(two.get("round").asText(), two.get("ending").asText(),
                two.get("comments").asText(), two.get("closesAt").asText()));
        assertTrue(two.get("edition").isNull());
        assertEquals(1, rounds.get("commentsOutside").asInt());

        assertEquals(List.of(first, lateReply), ids(standards.patients.get(report(id, "1")).json()));
        assertEquals(List.of(second), ids(standards.patients.get(report(id, "2")).json()));
        JsonNode outside = standards.patients.get(report(id, "outside")).json();
        assertEquals(List.of(drafting), ids(outside));
        assertTrue(outside.get("items").get(0).get("round").isNull());
        assertEquals(0, outside.get("rounds").size());
        assertEquals(404, standards.patients.get(report(id, "3")).status());
        ApiResponse malformed = standards.patients.get(report(id, "derde"));
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("round", malformed.json().get("field").asText());
    }

    /** A co-author's remark on the draft, answered before any round opened. */
    private static String draftingRemark(String id) {
        String remark = standards.comment(id, standards.providers, "Kan de titel korter?", null, null);
        standards.answer(id, standards.patients, remark, "rejected", "De titel volgt de richtlijn.");
        return remark;
    }

    private static List<String> ids(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("items").forEach(item -> ids.add(item.get("comment").asText()));
        return ids;
    }

    @Test
    void theReportOfARegisteredEditionStaysPublicAfterRevise() throws IOException {
        String id = standards.draft("Registratie");
        String drafting = draftingRemark(id);
        standards.transition(id, "open-consultation");
        String question = standards.comment(id, standards.outsider, "Welke indicator?", "voetonderzoek", null);
        standards.transition(id, "close-consultation");
        standards.answer(id, standards.patients, question, "accepted", "Opgenomen.");
        standards.register(id, "ZIN-2027-11");
        standards.transition(id, "revise");
        String nextVersion = standards.comment(id, standards.providers, "Voor versie 2: nieuwe richtlijn.", null, null);

        var anyone = registry.anonymous();
        assertEquals(401, anyone.get(standards.path(id) + "/comments").status(), "the draft's comment list is private again");
        JsonNode edition = anyone.get(standards.path(id) + "/editions/1/consultation-report").json();
        assertEquals(List.of(question, drafting), ids(edition), "the round first, then the drafting around it");
        assertEquals("Registratie", edition.get("title").asText());
        assertFalse(edition.get("namesShown").asBoolean());
        JsonNode line = edition.get("items").get(0);
        assertEquals(1, line.get("round").asInt());
        assertEquals(1, line.get("edition").asInt());
        assertEquals("Zilver Zorgverzekeraar", line.get("commenter").get("organisation").get("name").asText());
        assertTrue(line.get("commenter").get("account").isNull(), "the public sees organisations, not names");
        assertEquals("voetpatienten", line.get("answeredBy").get("organisation").get("slug").asText());
        assertEquals("accepted", line.get("disposition").asText());
        assertEquals(1, edition.get("rounds").size());

        assertEquals(List.of(question), ids(anyone.get(report(id, "1")).json()));
        assertEquals(List.of(drafting), ids(anyone.get(report(id, "outside")).json()), "version 2's draft stays private");
        JsonNode rounds = anyone.get(standards.path(id) + "/consultation-rounds").json();
        assertEquals(1, rounds.get("items").get(0).get("edition").asInt());
        assertEquals(1, rounds.get("commentsOutside").asInt());
        List<CSVRecord> rows = csv(anyone.get(standards.path(id) + "/editions/1/consultation-report", "Accept", "text/csv"));
        assertEquals(3, rows.size());
        assertEquals("", rows.get(1).get(12), "no account names in the public CSV");
        assertEquals(404, anyone.get(standards.path(id) + "/editions/2/consultation-report").status());

        JsonNode insider = standards.patients.get(report(id, "outside")).json();
        assertEquals(List.of(drafting, nextVersion), ids(insider));
        assertTrue(insider.get("items").get(1).get("edition").isNull());
        assertEquals("org-admin of podotherapeuten", insider.get("items").get(0).get("commenter").get("account").get("name").asText());
    }

    @Test
    void accountNamesAreForTheParticipantsAndTheReportFollowsTheDocumentsReadRights() {
        String draft = standards.draft("Concept");
        standards.comment(draft, standards.providers, "Nog niet gedeeld.", null, null);
        assertEquals(404, standards.outsider.get(report(draft, "outside")).status());
        assertEquals(404, standards.outsider.get(standards.path(draft) + "/consultation-rounds").status());
        assertEquals(401, registry.anonymous().get(report(draft, "outside")).status());

        standards.transition(draft, "open-consultation");
        standards.comment(draft, standards.outsider, "Mijn opmerking.", null, null);
        JsonNode asOutsider = standards.outsider.get(report(draft, "1")).json();
        assertFalse(asOutsider.get("namesShown").asBoolean());
        assertTrue(asOutsider.get("items").get(0).get("commenter").get("account").isNull());
        assertEquals(401, registry.anonymous().get(report(draft, "1")).status(), "a consultation is for accounts");
        for (var insider : List.of(standards.patientsMember, registry.admin())) {
            JsonNode named = insider.get(report(draft, "1")).json();
            assertTrue(named.get("namesShown").asBoolean());
            assertEquals("member of zilverzorg", named.get("items").get(0).get("commenter").get("account").get("name").asText());
        }
    }

    @Test
    void aLongReportComesInPagesAndTheCsvHoldsEveryComment() throws IOException {
        String id = standards.draft("Veel commentaar");
        standards.transition(id, "open-consultation");
        List<String> comments = new ArrayList<>();
        for (int number = 1; number <= 205; number++) {
            comments.add(standards.comment(id, standards.outsider, "Opmerking " + number, null, null));
        }

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = standards.patients.get(report(id, "1") + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            paged.addAll(ids(page));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertEquals(comments, paged);
        assertEquals(400, standards.patients.get(report(id, "1") + "?cursor=bogus").status());

        List<CSVRecord> rows = csv(standards.patients.get(report(id, "1"), "Accept", "text/csv"));
        assertEquals(comments, rows.subList(1, rows.size()).stream().map(row -> row.get(2)).toList(), "streamed past the first page of 200");
    }
}
