package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Register's assessment pages in a browser, as a reviewer of the Zorginstituut uses them:
 * judge each criterion of a submission and decide. Each page it reaches is checked by
 * {@link Browser#check} (axe and a screenshot).
 */
public final class AssessmentScreens {
    private final Browser browser;

    public AssessmentScreens(Browser browser) {
        this.browser = browser;
    }

    /** Opens submission {@code submissionId}'s assessment and judges every criterion met, each with {@code note}. */
    public void assessEveryCriterionMet(String submissionId, String note) {
        browser.visit("/beoordeling/" + submissionId, "assessment");
        List<String> criteria = browser.driver().findElements(By.cssSelector("#criteria tbody tr")).stream()
                .map(line -> line.getAttribute("id").substring("line-".length())).toList();
        for (String criterion : criteria) {
            browser.find(By.id("result-" + criterion + "-met")).click();
            WebElement noted = browser.find(By.id("note-" + criterion));
            noted.clear();
            noted.sendKeys(note);
            browser.find(By.id("criterion-" + criterion)).findElement(By.tagName("button")).click();
            browser.check("assessed-" + criterion);
            assertTrue(browser.find(By.id("notice")).isDisplayed());
        }
    }

    /** Decides that the submission on the page enters the Register under {@code reference}. */
    public void register(String reference) {
        browser.find(By.id("outcome-registered")).click();
        browser.find(By.id("registerReference")).sendKeys(reference);
        browser.find(By.id("decide")).click();
        browser.check("registered");
        assertTrue(browser.find(By.id("outcome")).isDisplayed(), "the page says what the Register decided");
    }
}
