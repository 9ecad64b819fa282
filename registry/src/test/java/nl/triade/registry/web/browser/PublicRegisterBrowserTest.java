package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.consultation.ConsultedStandards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The public register as someone without an account meets it, in a real browser: the home page by
 * keyboard alone (skip link, language switch) and at 400% zoom, a page that does not exist, and a
 * registered standard's answers to its consultation, readable without signing in.
 */
@Tag("browser")
class PublicRegisterBrowserTest {
    private static final String HOSTILE = "<script>document.title = 'gekaapt'</script> Graag een voorbeeld.";

    @RegisterExtension
    static final RunningRegistry registry = RegistryForBrowsers.perTestClass();
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static String registered;

    /** "Diabetische voet", registered after a consultation in which an insurer outside it asked two things, both answered. */
    @BeforeAll
    static void register() {
        ConsultedStandards standards = ConsultedStandards.in(registry);
        registered = standards.draft("Diabetische voet");
        standards.transition(registered, "open-consultation");
        String question = standards.comment(registered, standards.outsider, "Wie doet het jaarlijkse voetonderzoek?", "voetonderzoek", null);
        String hostile = standards.comment(registered, standards.outsider, HOSTILE, null, null);
        standards.transition(registered, "close-consultation");
        standards.answer(registered, standards.patients, question, "accepted", "De praktijkondersteuner; dat staat er nu bij.");
        standards.answer(registered, standards.providers, hostile, "rejected", "Voorbeelden staan in de cliëntenversie.");
        standards.register(registered, "ZIN-2026-001");
        standards.draft("Nog geheim concept");
    }

    @Test
    void theConsultationTableOfAnEditionIsReadableWithoutSigningIn() {
        browser.visit("/api/v1/documents/" + registered + "/editions/1/consultation-report", "consultation-table");

        String table = browser.find(By.tagName("table")).getText();
        assertTrue(table.contains("Wie doet het jaarlijkse voetonderzoek?"), table);
        assertTrue(table.contains("De praktijkondersteuner; dat staat er nu bij."), table);
        assertTrue(table.contains(HOSTILE), "a script in a comment is shown as text: " + table);
        assertFalse(browser.title().contains("gekaapt"), browser.title());
    }

    @Test
    void aKeyboardReachesTheContentAndTheEnglishPagesFromTheHomePage() {
        browser.visit("/", "home");
        Keyboard keyboard = browser.keyboard();

        keyboard.tab();
        keyboard.assertFocusOn(By.cssSelector(".skip-link"));
        keyboard.enter();
        keyboard.assertFocusOn(By.id("main"));
        keyboard.tabTo(By.id("language-switch"));
        keyboard.enter();

        browser.check("english");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.checkReflow("english-narrow");
    }

    @Test
    void anUnknownPageSaysSoInDutch() {
        browser.visit("/bestaat-niet", "not-found");

        assertEquals("Deze pagina bestaat niet", browser.find(By.tagName("h1")).getText());
    }
}
