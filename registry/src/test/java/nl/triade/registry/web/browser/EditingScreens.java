package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A section's edit page in a browser ({@code /documenten/{id}/secties/{key}/bewerken}), as an
 * author uses it. Each page it reaches is checked by {@link Browser#check} (axe and a screenshot).
 */
public final class EditingScreens {
    private final Browser browser;

    public EditingScreens(Browser browser) {
        this.browser = browser;
    }

    /** Replaces the text of section {@code key} of document {@code id} by {@code body}, with {@code note}. */
    public void edit(String id, String key, String body, String note) {
        browser.visit("/documenten/" + id + "/secties/" + key + "/bewerken", "edit");
        WebElement text = browser.find(By.id("body"));
        text.clear();
        text.sendKeys(body);
        browser.find(By.id("note")).sendKeys(note);
        browser.find(By.id("save")).click();
        browser.check("edited");
        assertTrue(browser.find(By.id("saved")).isDisplayed(), "the page says the text was saved");
    }
}
