package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The public register in a browser, as anyone without an account uses it: search for a standard,
 * open its edition in force, read its comment-and-response table. Each page it reaches is checked
 * by {@link Browser#check} (axe and a screenshot).
 */
public final class RegisterScreens {
    private final Browser browser;

    public RegisterScreens(Browser browser) {
        this.browser = browser;
    }

    /** Searches the register for {@code words} and opens the result titled {@code title}. */
    public void find(String words, String title) {
        browser.visit("/register", "register");
        browser.find(By.id("q")).sendKeys(words, Keys.ENTER);
        // with script, htmx swaps the results in and puts the search in the address
        browser.await("the search for '" + words + "' in the address", () -> browser.currentUri().getRawQuery() != null
                && browser.currentUri().getRawQuery().contains("q="));
        browser.check("register-search");
        browser.find(By.id("results")).findElement(By.linkText(title)).click();
        browser.check("register-document");
        assertEquals(title, browser.find(By.id("document-title")).getText());
    }

    /** The status of the edition shown, as the page words it. */
    public String editionStatus() {
        return browser.find(By.id("edition-status")).getText();
    }

    /** The text of section {@code key} of the edition shown. */
    public String section(String key) {
        return browser.find(By.xpath("//section[@aria-labelledby='section-" + key + "']")).getText();
    }

    /** Opens the edition's comment-and-response table and returns its text. */
    public String consultationReport() {
        browser.find(By.linkText(Dutch.text("document.report"))).click();
        browser.check("consultation-report");
        return browser.find(By.id("report-table")).getText();
    }
}
