package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.consultation.ConsultedStandards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The workspace in a real browser: an org-admin of an author organisation finds the document in
 * their list, opens its consultation and closes it again by keyboard, and meets the request for
 * authorisation refused on the page in plain Dutch. Every page checked by axe and photographed,
 * the list and the document also at 400% zoom.
 */
@Tag("browser")
class WorkspaceBrowserTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static ConsultedStandards standards;
    private static String id;

    @BeforeAll
    static void aDraft() {
        standards = ConsultedStandards.in(registry);
        id = standards.draft("Voetzorg bij diabetes");
    }

    @Test
    void anOrgAdminStepsThroughTheLifecycleByKeyboardAndReadsWhyARequestIsRefused() {
        BrowserSignIn.as(browser, registry, new Parties(registry).accountId("voetpatienten", "org-admin"), "sign-in");
        browser.visit("/documenten", "documents");
        browser.checkReflow("documents-narrow");

        Keyboard keyboard = browser.keyboard();
        keyboard.tabTo(By.cssSelector("a[href='/documenten/" + id + "']"));
        keyboard.enter();
        browser.check("document");
        browser.checkReflow("document-narrow");
        assertEquals("Concept", browser.find(By.id("document-status")).getText());

        keyboard.tabTo(By.id("step-open-consultation"));
        keyboard.enter();
        browser.check("consultation-opened");
        assertEquals("De commentaarfase is geopend.", browser.find(By.id("notice")).getText());
        assertEquals("Commentaarfase", browser.find(By.id("document-status")).getText());

        keyboard.tabTo(By.id("step-close-consultation"));
        keyboard.enter();
        browser.check("consultation-closed");
        assertEquals("Concept", browser.find(By.id("document-status")).getText());

        keyboard.tabTo(By.id("step-request-authorisation"));
        keyboard.enter();
        browser.check("authorisation-refused");
        String refusal = browser.find(By.id("refusal")).getText();
        assertTrue(refusal.contains("De controle van deze tekst is niet gedaan, of vond fouten."), refusal);
        assertTrue(refusal.contains("Wat kunt u doen?"), refusal);
    }
}
