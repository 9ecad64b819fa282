package nl.triade.registry.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A section's comments page in a browser ({@code /documenten/{id}/secties/{key}}), as a person
 * uses it: comment on the section, answer a comment with a disposition and a rationale. Each page it
 * reaches is checked by {@link Browser#check} (axe and a screenshot).
 */
public final class CommentScreens {
    private final Browser browser;

    public CommentScreens(Browser browser) {
        this.browser = browser;
    }

    /** Comments {@code body} on section {@code key} of document {@code id}; returns the comment's id. */
    public String comment(String id, String key, String body) {
        browser.visit("/documenten/" + id + "/secties/" + key, "section");
        browser.find(By.id("comment-body")).sendKeys(body);
        browser.find(By.id("comment-submit")).click();
        browser.check("commented");
        WebElement posted = browser.driver().findElements(By.cssSelector("article.comment")).stream()
                .filter(comment -> comment.getText().contains(body)).findFirst()
                .orElseThrow(() -> new AssertionError("the page shows no comment " + body));
        return posted.getAttribute("id").substring("comment-".length());
    }

    /** Answers comment {@code commentId} on section {@code key} of document {@code id} with {@code disposition} (as the API spells it). */
    public void answer(String id, String key, String commentId, String disposition, String rationale) {
        browser.visit("/documenten/" + id + "/secties/" + key, "section-to-answer");
        browser.find(By.id("answer-open-" + commentId)).click();
        browser.find(By.id("disposition-" + commentId + "-" + disposition)).click();
        browser.find(By.id("rationale-" + commentId)).sendKeys(rationale);
        browser.find(By.id("answer-submit-" + commentId)).click();
        browser.check("answered");
    }
}
