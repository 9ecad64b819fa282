package nl.triade.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.consultation.ConsultedStandards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public register over real HTTP, without signing in: a standard with a hostile title, text and
 * comment taken through a consultation to the Register, and a draft that must stay out of sight.
 */
class PublicRegisterPagesTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @RegisterExtension
    static final RunningRegistry registry = perTestClass();
    private static String registered;
    private static String draft;

    private static RunningRegistry perTestClass() {
        try {
            return RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                    Files.createTempDirectory("outbox").toString()), "register-outbox");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void aRegisteredStandardAndADraft() {
        ConsultedStandards standards = ConsultedStandards.in(registry);
        registered = standards.draft("Voetzorg " + HOSTILE);
        var patch = standards.patients.patch(standards.path(registered), Map.of("condition", "Diabetes"),
                "If-Match", standards.patients.get(standards.path(registered)).etag());
        assertEquals(200, patch.status(), patch.body());
        standards.transition(registered, "open-consultation");
        String comment = standards.comment(registered, standards.outsider, "Graag ook " + HOSTILE, "voetonderzoek", null);
        standards.transition(registered, "close-consultation");
        standards.answer(registered, standards.patients, comment, "accepted", "Opgenomen " + HOSTILE);
        standards.register(registered, "ZIN-2027-42");
        draft = standards.draft("Geheim concept");
    }

    private static PageReader browser() {
        return PageReader.at(registry.baseUri());
    }

    @Test
    void theStartPageLeadsToTheRegister() {
        assertTrue(browser().page("/", 200).contains("href=\"/register\""));
    }

    @Test
    void theRegisterListsRegisteredDocumentsOnlyWithTheirEdition() {
        String page = browser().page("/register", 200);
        assertTrue(page.contains("href=\"/register/" + registered + "\""), page);
        assertTrue(page.contains("Voetzorg " + ESCAPED), "the title, shown as text: " + page);
        assertFalse(page.contains(HOSTILE), page);
        assertTrue(page.contains("Editie 1"), page);
        assertFalse(page.contains(draft) || page.contains("Geheim concept"), "a draft is nobody's business: " + page);
    }

    @Test
    void theRegisterIsSearchedByTheWordsOfTheText() {
        assertTrue(browser().page("/register?q=praktijkondersteuner", 200).contains("/register/" + registered));
        String nothing = browser().page("/register?q=tandarts", 200);
        assertTrue(nothing.contains("id=\"no-results\""), nothing);
        assertTrue(nothing.contains("value=\"tandarts\""), "the search stays in its field: " + nothing);
    }

    @Test
    void theRegisterIsFilteredByKindAndCondition() {
        assertTrue(browser().page("/register?kind=standard&condition=Diabetes", 200).contains("/register/" + registered));
        assertTrue(browser().page("/register?kind=instrument", 200).contains("id=\"no-results\""));
        assertTrue(browser().page("/register?condition=Astma", 200).contains("id=\"no-results\""));
    }

    @Test
    void aBadFilterOrCursorIsABadRequestPageNamingTheField() {
        String kind = browser().page("/register?kind=richtlijn", 400);
        assertTrue(kind.contains("<code>kind</code>") && kind.contains("enum"), kind);
        String cursor = browser().page("/register?cursor=nonsense", 400);
        assertTrue(cursor.contains("<code>cursor</code>"), cursor);
    }

    @Test
    void aDocumentPageShowsTheEditionInForceWithItsContentAndLinks() {
        String page = browser().page("/register/" + registered, 200);
        assertTrue(page.contains("<title>Voetzorg " + ESCAPED + " · Triade</title>"), page);
        assertTrue(page.contains("<dd id=\"edition-status\">Geldt nu</dd>"), page);
        assertTrue(page.contains("ZIN-2027-42"), page);
        assertTrue(page.contains("Jaarlijks voetonderzoek") && page.contains("De praktijkondersteuner onderzoekt de voeten elk jaar."), page);
        assertTrue(page.contains("podotherapeuten: maker"), page);
        assertTrue(page.contains("verzekeraar: deed niet mee (Geen zorginkoopbeleid.)"), page);
        assertTrue(page.contains("href=\"/api/v1/documents/" + registered + "/editions/1/fhir\""), page);
        assertTrue(page.contains("href=\"/api/v1/documents/" + registered + "/editions/1\""), page);
        assertTrue(page.contains("href=\"/register/" + registered + "/editions/1/consultation-report\""), page);
        assertFalse(page.contains(HOSTILE), page);
    }

    /** As the API answers an anonymous reader: a draft and a document that does not exist answer alike, "sign in first". */
    @Test
    void aDraftOrAnUnknownDocumentIsNotShownToThePublic() {
        assertTrue(browser().page("/register/" + draft, 401).contains("Log eerst in"));
        assertTrue(browser().page("/register/doc_onbekend", 401).contains("Log eerst in"));
        browser().page("/register/" + registered + "?edition=2", 404);
        browser().page("/register/" + registered + "?edition=twee", 400);
    }

    @Test
    void theConsultationReportIsATableWithEveryCommentAndItsAnswer() {
        String page = browser().page("/register/" + registered + "/editions/1/consultation-report", 200);
        assertTrue(page.contains("<caption>Reacties en antwoorden bij editie 1</caption>"), page);
        assertTrue(page.contains("<th scope=\"col\">Reactie</th>"), page);
        assertTrue(page.contains("Zilver Zorgverzekeraar (zorgverzekeraar)"), page);
        assertTrue(page.contains("Graag ook " + ESCAPED), page);
        assertTrue(page.contains("Opgenomen " + ESCAPED), page);
        assertTrue(page.contains("<td>Overgenomen</td>"), page);
        assertFalse(page.contains(HOSTILE), page);
        assertTrue(browser().with("Cookie", "triade-lang=en")
                .page("/register/" + registered + "/editions/1/consultation-report", 200).contains("<td>Accepted</td>"));
    }

    @Test
    void theConsultationReportDownloadsAsCsvFromItsLink() {
        HttpResponse<String> csv = browser().get("/register/" + registered + "/editions/1/consultation-report.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertTrue(csv.body().contains("Graag ook " + HOSTILE), "the CSV holds the text as written: " + csv.body());
    }

    @Test
    void theReportOfAnEditionThatDoesNotExistOrOfADraftIsNotShown() {
        browser().page("/register/" + registered + "/editions/2/consultation-report", 404);
        browser().page("/register/" + draft + "/editions/1/consultation-report", 401);
        assertEquals(401, browser().get("/register/" + draft + "/editions/1/consultation-report.csv").statusCode());
    }
}
