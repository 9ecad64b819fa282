package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sign-in pages in a browser, as a person uses them: an org-admin invites someone from the
 * accounts page, the invitee sets a password from the link, people sign in and out. Each page it
 * reaches is checked by {@link Browser#check} (axe and a screenshot).
 */
public final class SignInScreens {
    private final Browser browser;

    public SignInScreens(Browser browser) {
        this.browser = browser;
    }

    /** Signs {@code person} in from the sign-in page; the header then names them. */
    public void signIn(Person person) {
        browser.visit("/aanmelden", "sign-in");
        browser.find(By.id("email")).sendKeys(person.email());
        browser.find(By.id("password")).sendKeys(person.password());
        browser.find(By.id("signin-submit")).click();
        browser.check("signed-in-" + firstName(person));
        assertTrue(browser.find(By.id("signed-in")).getText().contains(person.name()), browser.find(By.id("signed-in")).getText());
    }

    /** Signs whoever is signed in out, by the button in every page's header. */
    public void signOut() {
        browser.find(By.id("sign-out")).click();
        browser.check("signed-out");
        assertTrue(browser.find(By.id("notice")).isDisplayed());
    }

    /**
     * On the accounts page of the signed-in org-admin's organisation, issues {@code invitee} an
     * invitation and returns the link the page shows once.
     */
    public URI invite(Person invitee) {
        browser.visit("/organisaties/" + invitee.organisation() + "/accounts", "accounts");
        browser.find(By.id("account-" + invitee.accountId())).findElement(By.tagName("button")).click();
        browser.check("invitation-" + firstName(invitee));
        WebElement link = browser.find(By.id("link"));
        return URI.create(link.getAttribute("value"));
    }

    /** Opens {@code link} as the invitee and chooses a password; returns them as they may now sign in. */
    public Person setPassword(Person invitee, URI link, String password) {
        browser.visit(link.getRawPath() + "?" + link.getRawQuery(), "set-password");
        assertTrue(browser.find(By.id("password-for")).getText().contains(invitee.email()), "the page names whose password it sets");
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("repeat")).sendKeys(password);
        browser.find(By.id("password-submit")).click();
        browser.check("password-set");
        assertEquals("/aanmelden", browser.currentUri().getPath());
        return invitee.withPassword(password);
    }

    private static String firstName(Person person) {
        return person.name().split(" ")[0].toLowerCase(Locale.ROOT);
    }
}
