package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A board member decides in a real browser, by keyboard alone: the decision page with its
 * fingerprint, a rejection sent without a reason and its field error, then an approval; and the
 * validation report the page links to, at 400% zoom too. axe and a screenshot on every page.
 */
@Tag("browser")
class DecisionBrowserTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off",
            "TRIADE_PLUGIN_TOETSINGSKADER_ORGANISATIONS", "verzekeraar"), "toetsingskader");
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static Parties parties;
    private static String id;

    /**
     * A standard by a patient and a provider organisation (the insurer declined), checked and in
     * authorisation; the Toetsingskader runs for the insurer, so its findings are advice.
     */
    @BeforeAll
    static void inAuthorisation() {
        parties = new Parties(registry);
        parties.organisation("darmpatienten", "patient");
        parties.organisation("mdl-artsen", "provider");
        parties.organisation("verzekeraar", "insurer");
        ApiClient patients = parties.as("darmpatienten", "org-admin");
        id = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", "Ziekte van Crohn")).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        patients.put(path + "/sections/zorginhoud", Map.of("title", "Inhoud van zorg", "body", "Nog kort."), "If-None-Match", "*");
        patients.put(path + "/participants/mdl-artsen", Map.of("role", "author"), "If-Match", patients.get(path).etag());
        patients.put(path + "/participants/verzekeraar", Map.of("role", "commenter"), "If-Match", patients.get(path).etag());
        parties.as("verzekeraar", "org-admin").put(path + "/participants/verzekeraar", Map.of("role", "declined",
                "motivation", "Geen beleid op dit gebied."), "If-Match", patients.get(path).etag());
        registry.admin().post(path + "/validations", Map.of());
        assertEquals(200, patients.post(path + "/transitions", Map.of("action", "request-authorisation")).status(),
                "the Toetsingskader runs for the insurer, which declined: its errors are advice");
    }

    @Test
    void aBoardMemberRejectsWithoutReasonIsToldWhyAndThenApprovesByKeyboard() {
        BrowserSignIn.as(browser, registry, parties.accountId("darmpatienten", "org-admin"), "sign-in");
        browser.visit("/documenten/" + id + "/besluit", "decision");
        assertTrue(browser.find(By.id("fingerprint")).getText().matches("([0-9a-f]{4} ){15}[0-9a-f]{4}"),
                browser.find(By.id("fingerprint")).getText());
        browser.checkReflow("decision-narrow");

        Keyboard keyboard = browser.keyboard();
        keyboard.tabTo(By.id("reject"));
        keyboard.enter();
        browser.check("reject-without-reason");
        assertTrue(browser.find(By.id("motivation-error")).getText().contains("Schrijf waarom u afwijst"));
        keyboard.assertFocusOn(By.id("motivation"));

        keyboard.tabTo(By.id("approve"));
        keyboard.enter();
        browser.check("approved");
        assertTrue(browser.find(By.id("decision-notice")).getText().contains("goedgekeurd"));
        assertTrue(browser.find(By.id("round")).getText().contains("Organisation darmpatienten"));

        keyboard.tabTo(By.id("to-validation"));
        keyboard.enter();
        browser.check("validation");
        assertTrue(browser.find(By.id("findings-heading")).isDisplayed());
        browser.checkReflow("validation-narrow");
    }
}
