package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;

/**
 * The decisions group's pages in a browser: the validation report ({@code /documenten/{id}/validatie})
 * and a board member's decision ({@code /documenten/{id}/besluit}). Each page it reaches is
 * checked by {@link Browser#check} (axe and a screenshot).
 */
public final class DecisionScreens {
    private final Browser browser;

    public DecisionScreens(Browser browser) {
        this.browser = browser;
    }

    /** Runs the validation of document {@code id} again from its report page. */
    public void validate(String id) {
        browser.visit("/documenten/" + id + "/validatie", "validation");
        browser.find(By.id("run")).click();
        browser.check("validated");
        assertTrue(browser.find(By.id("verdict")).isDisplayed(), "the report says whether the text passed");
    }

    /**
     * Approves document {@code id} as the board member signed in, {@code who} naming the screenshot;
     * returns the fingerprint the page showed the decision binds to.
     */
    public String approve(String id, String who) {
        browser.visit("/documenten/" + id + "/besluit", "decision-" + who);
        String fingerprint = browser.find(By.id("fingerprint")).getText();
        browser.find(By.id("approve")).click();
        browser.check("approved-" + who);
        assertTrue(browser.find(By.id("decision-notice")).isDisplayed(), "the page says the approval was recorded");
        return fingerprint;
    }
}
