package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.consultation.ConsultedStandards;
import nl.triade.registry.web.signin.FormClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The comment flow without a mouse, in a real browser (issue 12's acceptance): an insurer outside
 * the document signs in, sends an empty comment and lands on its error, writes the comment and
 * lands on it; an author signs in, answers it with a disposition, and lands on the answer. Only Tab,
 * Shift+Tab, Enter, Space and typing; every focus on the way shows itself.
 */
@Tag("browser")
class CommentKeyboardTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static String section;
    private static String insurer;
    private static String author;

    @BeforeAll
    static void aStandardInConsultation() {
        ConsultedStandards standards = ConsultedStandards.in(registry);
        String id = standards.draft("Diabetische voet");
        standards.transition(id, "open-consultation");
        section = "/documenten/" + id + "/secties/voetonderzoek";
        insurer = withPassword(standards.outsiderAccount);
        author = withPassword(new Parties(registry).accountId("voetpatienten", "member"));
    }

    @Test
    void anInsurerCommentsAndAnAuthorAnswersByKeyboardAlone() {
        Keyboard keyboard = browser.keyboard();
        signIn(keyboard, insurer, "insurer-sign-in");
        browser.check("section");

        keyboard.tabTo(By.id("comment-body"));
        keyboard.tabTo(By.id("comment-submit"));
        keyboard.enter();
        browser.check("empty-comment");
        keyboard.assertFocusOn(By.id("comment-body"));
        keyboard.type("Wie betaalt het jaarlijkse voetonderzoek?");
        keyboard.tab();
        keyboard.assertFocusOn(By.id("comment-submit"));
        keyboard.enter();
        browser.check("comment-placed");
        String placed = browser.currentUri().getFragment();
        keyboard.assertFocusOn(By.id(placed));
        assertTrue(browser.find(By.id(placed)).getText().contains("Wie betaalt het jaarlijkse voetonderzoek?"));

        keyboard.tabTo(By.id("sign-out"));
        keyboard.enter();
        signIn(keyboard, author, "author-sign-in");
        browser.check("section-for-the-author");
        String comment = placed.substring("comment-".length());
        keyboard.tabTo(By.id("answer-open-" + comment));
        keyboard.enter();
        keyboard.tab();
        keyboard.assertFocusOn(By.id("disposition-" + comment + "-accepted"));
        keyboard.space();
        keyboard.tabTo(By.id("rationale-" + comment));
        keyboard.type("De zorgverzekeraar betaalt het; dat staat er nu bij.");
        keyboard.tabTo(By.id("answer-submit-" + comment));
        keyboard.enter();
        browser.check("answered");
        keyboard.assertFocusOn(By.id(placed));
        String answer = browser.find(By.id("answer-" + comment)).getText();
        assertTrue(answer.contains("Overgenomen") && answer.contains("De zorgverzekeraar betaalt het"), answer);
        browser.checkReflow("answered-narrow");
    }

    /** Gives the account its password ({@link FormClient#signedIn}); the e-mail address it signs in with. */
    private static String withPassword(String accountId) {
        FormClient.signedIn(registry, accountId);
        return registry.admin().get("/api/v1/accounts/" + accountId).json().get("email").asText();
    }

    /** Opens the section, is sent to sign in, signs in by keyboard and is brought back to the section. */
    private static void signIn(Keyboard keyboard, String email, String step) {
        browser.visit(section, step);
        keyboard.tabTo(By.id("email"));
        keyboard.type(email);
        keyboard.tab();
        keyboard.assertFocusOn(By.id("password"));
        keyboard.type(FormClient.PASSWORD);
        keyboard.tab();
        keyboard.assertFocusOn(By.id("signin-submit"));
        keyboard.enter();
        browser.check(step + "-done");
        assertEquals(section, browser.currentUri().getPath());
    }
}
