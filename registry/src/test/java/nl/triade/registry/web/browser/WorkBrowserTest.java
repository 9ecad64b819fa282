package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * "My work" and the Register's assessment in a real browser: a reviewer of the Zorginstituut signs
 * in by keyboard, lands on their work, goes to what awaits the Register, judges a criterion with
 * the keyboard alone, and meets a decision refused on the page; an author finds the comment that
 * waits for an answer. Every page checked by axe and photographed, the assessment also at 400% zoom.
 */
@Tag("browser")
class WorkBrowserTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(FinalDocuments.outboxSettings(), "register-outbox");
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static Parties parties;
    private static String submission;

    @BeforeAll
    static void aSubmissionAwaitsTheRegister() {
        submission = FinalDocuments.delivered(registry, FinalDocuments.create(registry));
        parties = new Parties(registry);
        parties.organisation("zorginstituut", "register");
    }

    @Test
    void aReviewerSignsInAndJudgesACriterionByKeyboard() {
        BrowserSignIn.as(browser, registry, parties.accountId("zorginstituut", "member"), "sign-in");
        browser.check("my-work");
        assertEquals("/mijn-werk", browser.currentUri().getPath(), "signing in without a page to return to leads to my work");

        Keyboard keyboard = browser.keyboard();
        keyboard.tabTo(By.cssSelector("#work-assess a"));
        keyboard.enter();
        browser.check("assessments");
        keyboard.tabTo(By.cssSelector("a[href='/beoordeling/" + submission + "']"));
        keyboard.enter();
        browser.check("assessment");
        browser.checkReflow("assessment-narrow");

        keyboard.tabTo(By.id("result-tk3-c1-met"));
        keyboard.space();
        keyboard.tabTo(By.id("note-tk3-c1"));
        keyboard.type("De drie partijen schreven mee.");
        keyboard.tabTo(By.cssSelector("#criterion-tk3-c1 button"));
        keyboard.enter();
        browser.check("assessed");
        assertEquals("Uw oordeel is bewaard.", browser.find(By.id("notice")).getText());
        assertEquals("Voldaan", browser.find(By.cssSelector("#line-tk3-c1 td")).getText());

        browser.find(By.id("outcome-registered")).click();
        browser.find(By.id("decide")).click();
        browser.check("decision-refused");
        assertEquals("Nog niet elke eis is beoordeeld.", browser.find(By.cssSelector("#refusal h2")).getText());
    }

    @Test
    void anAuthorFindsTheCommentWaitingForItsAnswer() {
        ApiClient patients = parties.as("patienten", "org-admin");
        String id = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", "Jicht", "condition", "jicht"))
                .json().get("id").asText();
        assertEquals(201, patients.post("/api/v1/documents/" + id + "/comments", Map.of("body", "Noem de reumatoloog.")).status());
        Eventually.until("the comment is stored", () -> patients.get("/api/v1/documents/" + id + "/comments").json().get("items").size() == 1);

        BrowserSignIn.as(browser, registry, parties.accountId("patienten", "member"), "author-sign-in");
        browser.check("author-work");
        String comments = browser.find(By.id("work-comments")).getText();
        assertTrue(comments.contains("Opmerking bij Jicht"), comments);
        assertTrue(comments.contains("Noem de reumatoloog."), comments);
        browser.checkReflow("author-work-narrow");
    }
}
