package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.By;

/**
 * A document's page in a browser ({@code /documenten/{id}}), as a participant uses it: take the
 * lifecycle's next step with its button. Each page it reaches is checked by {@link Browser#check}.
 */
public final class WorkspaceScreens {
    private final Browser browser;

    public WorkspaceScreens(Browser browser) {
        this.browser = browser;
    }

    /** Opens the consultation of document {@code id} until the earliest day the form offers. */
    public void openConsultation(String id) {
        step(id, "open-consultation");
    }

    /**
     * Presses the button of {@code action} (as the API spells it) on document {@code id}'s page;
     * the page must say the step was taken, not explain a refusal.
     */
    public void step(String id, String action) {
        browser.visit("/documenten/" + id, "document-before-" + action);
        browser.find(By.id("step-" + action)).click();
        browser.check("document-after-" + action);
        assertEquals(1, browser.driver().findElements(By.id("notice")).size(), () -> "no notice after " + action + ": "
                + browser.find(By.id("main")).getText());
    }

    /** The document's status as its page names it. */
    public String status(String id) {
        browser.visit("/documenten/" + id, "document-status");
        return browser.find(By.id("document-status")).getText();
    }
}
