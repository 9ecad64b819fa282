package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /documents/{id}/comments} with {@code Accept: text/csv}: a volunteer who exports the
 * comments to divide them among the authors gets every comment the filters select, as a file a
 * Dutch spreadsheet opens, not the first page of JSON.
 */
class CommentListCsvTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static final CSVFormat DUTCH = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    private static ConsultedStandards standards;

    @BeforeAll
    static void parties() {
        standards = ConsultedStandards.in(registry);
    }

    private static String comments(String id) {
        return standards.path(id) + "/comments";
    }

    private static List<CSVRecord> csv(ApiResponse response) throws IOException {
        assertEquals(200, response.status(), response.body());
        assertEquals("text/csv; charset=utf-8", response.header("Content-Type"));
        assertTrue(response.body().startsWith("\uFEFF"), "a byte order mark, so a Dutch Excel reads UTF-8");
        return DUTCH.parse(new StringReader(response.body().substring(1))).getRecords();
    }

    @Test
    void textCsvGetsEveryCommentOfTheListForADutchSpreadsheet() throws IOException {
        String id = standards.draft("Export van commentaar");
        standards.transition(id, "open-consultation");
        List<String> posted = new ArrayList<>();
        String question = standards.comment(id, standards.outsider, "=HYPERLINK(\"https://evil.example\";\"Klik\")", "voetonderzoek", null);
        posted.add(question);
        posted.add(standards.comment(id, standards.providers, "Punt 1; punt 2, met \"aanhalingstekens\"\nen een regel", null, question));
        for (int number = 3; number <= 205; number++) {
            posted.add(standards.comment(id, standards.outsider, "Opmerking " + number, null, null));
        }
        standards.answer(id, standards.patients, question, "rejected", "-Geen hyperlinks.");

        ApiResponse response = standards.patients.get(comments(id), "Accept", "text/csv");

        assertEquals("attachment; filename=\"comments-" + id + ".csv\"", response.header("Content-Disposition"));
        List<CSVRecord> rows = csv(response);
        assertEquals(List.of("id", "revision", "sectionKey", "replyTo", "author", "organisation", "source", "body", "status",
                "disposition", "rationale", "resolvedBy", "resolvedAt", "createdAt"), rows.get(0).toList());
        assertEquals(posted, rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList(),
                "every comment, oldest first, past the first page of 200");
        CSVRecord first = rows.get(1);
        assertEquals(List.of("voetonderzoek", "", standards.outsiderAccount, "zilverzorg", "person",
                "'=HYPERLINK(\"https://evil.example\";\"Klik\")", "resolved", "rejected", "'-Geen hyperlinks."),
                first.toList().subList(2, 11), "a formula stays text in the spreadsheet");
        assertEquals(List.of(question, "podotherapeuten", "Punt 1; punt 2, met \"aanhalingstekens\"\nen een regel", "open"),
                List.of(rows.get(2).get(3), rows.get(2).get(5), rows.get(2).get(7), rows.get(2).get(8)),
                "separators, quotes and line breaks survive quoting");
        assertEquals(standards.patients.get(comments(id) + "?limit=1").json().get("items").get(0).get("createdAt").asText(),
                first.get(13), "times as in the JSON list");
    }

    @Test
    void theCsvKeepsTheListsFiltersAndReadRights() throws IOException {
        String id = standards.draft("Gefilterd");
        String remark = standards.comment(id, standards.providers, "Nog niet gedeeld.", "voetonderzoek", null);
        String other = standards.comment(id, standards.providers, "Algemeen.", null, null);
        standards.answer(id, standards.patients, other, "accepted", "Verwerkt.");

        assertEquals(List.of(remark), ids(csv(standards.patients.get(comments(id) + "?status=open", "Accept", "text/csv"))));
        assertEquals(List.of(remark), ids(csv(standards.patients.get(comments(id) + "?section=voetonderzoek", "Accept", "text/csv"))));
        assertEquals(List.of(remark, other), ids(csv(standards.patients.get(comments(id) + "?limit=1", "Accept", "text/csv"))),
            "the whole list: limit pages the JSON only");
        assertEquals(404, standards.outsider.get(comments(id), "Accept", "text/csv").status(), "a draft's comments stay private");
        assertEquals(401, registry.anonymous().get(comments(id), "Accept", "text/csv").status());
        assertEquals(400, standards.patients.get(comments(id) + "?status=later", "Accept", "text/csv").status());
    }

    private static List<String> ids(List<CSVRecord> rows) {
        return rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
    }
}
