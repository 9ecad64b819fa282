package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Editing a section in a real browser while a co-author saves the same section: the person meets
 * the merge view with both texts and their own kept in the field, saves from it, and then reads
 * the versions and the difference word by word. Every page checked by axe and photographed, the
 * merge view and the difference also at 400% zoom.
 */
@Tag("browser")
class EditingBrowserTest {
    @RegisterExtension
    static final RunningRegistry registry = RegistryForBrowsers.perTestClass();
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static Parties parties;
    private static ApiClient coAuthor;
    private static String id;

    @BeforeAll
    static void aDraftWithASection() {
        parties = new Parties(registry);
        parties.organisation("astmafonds", "patient");
        coAuthor = parties.as("astmafonds", "member");
        id = coAuthor.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma bij kinderen")).json().get("id").asText();
        assertEquals(201, coAuthor.put(section(), Map.of("title", "Inleiding", "body", "Kinderen met astma krijgen een inhaler."),
                "If-None-Match", "*").status());
    }

    private static String section() {
        return "/api/v1/documents/" + id + "/sections/inleiding";
    }

    private static String savedBody() {
        return coAuthor.get("/api/v1/documents/" + id).json().get("sections").get(0).get("body").asText();
    }

    @Test
    void aPersonWhoseCoAuthorSavedFirstMergesAndThenComparesTheVersions() {
        BrowserSignIn.as(browser, registry, parties.accountId("astmafonds", "member"), "sign-in");
        browser.visit("/documenten/" + id + "/secties/inleiding/bewerken", "edit");

        ApiResponse meanwhile = coAuthor.put(section(), Map.of("title", "Inleiding", "body", "Kinderen met astma krijgen altijd een inhaler."),
                "If-Match", "\"2\"");
        assertEquals(200, meanwhile.status(), meanwhile.body());

        WebElement body = browser.find(By.id("body"));
        body.clear();
        body.sendKeys("Kinderen met astma krijgen een inhaler met een spacer.");
        browser.find(By.id("note")).sendKeys("Spacer");
        browser.find(By.id("save")).click();
        browser.check("merge");
        browser.checkReflow("merge-narrow");
        assertTrue(browser.find(By.id("theirs")).getText().contains("altijd"), "their text is shown");
        assertEquals("Kinderen met astma krijgen een inhaler met een spacer.", browser.find(By.id("body")).getAttribute("value"));
        assertEquals("Kinderen met astma krijgen altijd een inhaler.", savedBody(), "nothing was overwritten");

        body = browser.find(By.id("body"));
        body.clear();
        body.sendKeys("Kinderen met astma krijgen altijd een inhaler met een spacer.");
        browser.find(By.id("save")).click();
        browser.check("saved");
        assertEquals("Uw wijziging is opgeslagen.", browser.find(By.id("saved")).getText());
        assertEquals("Kinderen met astma krijgen altijd een inhaler met een spacer.", savedBody());

        browser.find(By.id("to-versions")).click();
        browser.check("versions");
        browser.find(By.id("van")).clear();
        browser.find(By.id("van")).sendKeys("2");
        browser.find(By.id("naar")).clear();
        browser.find(By.id("naar")).sendKeys("4");
        browser.find(By.id("compare")).click();
        browser.check("difference");
        browser.checkReflow("difference-narrow");
        assertTrue(browser.driver().findElements(By.cssSelector(".section-difference ins")).stream()
                .anyMatch(inserted -> inserted.getAttribute("textContent").contains("met een spacer")), "the words added are marked");
    }
}
