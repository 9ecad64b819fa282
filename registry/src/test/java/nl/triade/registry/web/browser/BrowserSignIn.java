package nl.triade.registry.web.browser;

import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.web.signin.FormClient;
import org.openqa.selenium.By;

/**
 * Signs a person in within the real browser, by keyboard, as they would: the sign-in page, their
 * e-mail address and password typed, Enter. Their password is set beforehand over HTTP from a
 * link the administrator issues ({@link FormClient#signedIn}), since that page is not what the
 * test is about.
 */
public final class BrowserSignIn {
    private BrowserSignIn() {
    }

    /** Signs in {@code accountId} in {@code browser} from the sign-in page, checked as every page is ({@code step}). */
    public static void as(Browser browser, RunningRegistry registry, String accountId, String step) {
        FormClient.signedIn(registry, accountId);
        String email = registry.admin().get("/api/v1/accounts/" + accountId).json().get("email").asText();
        browser.visit("/aanmelden", step);
        Keyboard keyboard = browser.keyboard();
        keyboard.tabTo(By.id("email"));
        keyboard.type(email);
        keyboard.tabTo(By.id("password"));
        keyboard.type(FormClient.PASSWORD);
        keyboard.enter();
        // a visit made before the form's answer arrived would be overtaken by it (seen once in CI: the edit page asked for,
        // the sign-in's "my work" shown)
        browser.await("signed in: the sign-in form answered with the next page",
                () -> !browser.currentUri().getPath().equals("/aanmelden"));
    }
}
