package nl.triade.registry.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's way in, over HTTP as a browser sends it: invited by their org-admin, they set a
 * password from the link, sign in, see a page only they may see, and sign out; and a reset by the
 * org-admin later.
 */
class SignInFlowTest {
    static final String PASSWORD = "mijn kat slaapt graag";
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static Parties parties;
    private static ApiClient orgAdmin;

    @BeforeAll
    static void organisation() {
        parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        orgAdmin = parties.as("patienten", "org-admin");
    }

    /** A new account of patienten with {@code role}: its id and e-mail address. */
    static String[] account(String role) {
        String id = parties.accountId("patienten", role);
        return new String[] {id, registry.admin().get("/api/v1/accounts/" + id).json().get("email").asText()};
    }

    /** The secret of a new password link for {@code account}, issued by patienten's org-admin. */
    static String link(String account) {
        ApiResponse issued = orgAdmin.post("/api/v1/accounts/" + account + "/password-link", Map.of());
        assertEquals(201, issued.status(), issued.body());
        String link = issued.json().get("link").asText();
        return link.substring(link.indexOf("code=") + 5);
    }

    static String path(String code) {
        return "/wachtwoord-instellen?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    static Page setPassword(FormClient browser, String code, String password) {
        return browser.post("/wachtwoord-instellen", "code", code, "password", password, "repeat", password);
    }

    static Page signIn(FormClient browser, String email, String password, String next) {
        return browser.post("/aanmelden", "email", email, "password", password, "next", next);
    }

    FormClient browser() {
        return new FormClient(registry.baseUri());
    }

    @Test
    void anInvitedPersonSetsAPasswordSignsInSeesTheirPageAndSignsOut() {
        String[] anna = account("org-admin");
        String code = link(anna[0]);
        FormClient browser = browser();

        Page linkPage = browser.get(path(code));
        assertEquals(200, linkPage.status(), linkPage.body());
        assertTrue(linkPage.body().contains(anna[1]), "the page names the account whose password it sets");
        assertEquals("no-referrer", linkPage.response().headers().firstValue("Referrer-Policy").orElse(""));
        Page set = setPassword(browser, code, PASSWORD);
        assertEquals(303, set.status(), set.body());
        assertEquals("/aanmelden?melding=password-set", set.location().orElseThrow());
        assertTrue(browser.get(set.location().get()).body().contains("Uw wachtwoord is ingesteld"));

        String accounts = "/organisaties/patienten/accounts";
        Page signedIn = signIn(browser, anna[1], PASSWORD, accounts);
        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals(accounts, signedIn.location().orElseThrow());
        String cookie = signedIn.setCookies().get(0);
        assertTrue(cookie.startsWith("triade_session=triade_"), cookie);
        for (String attribute : List.of("; Path=/", "; HttpOnly", "; SameSite=Strict", "; Max-Age=43200")) {
            assertTrue(cookie.contains(attribute), cookie + " lacks " + attribute);
        }
        assertFalse(cookie.contains("Secure"), "plain http on localhost: no Secure, or the browser would drop it");

        Page page = browser.get(accounts);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains(anna[1]), page.body());
        assertTrue(page.body().contains("Ingelogd als"), "the page says who is signed in");

        String session = browser.cookie("triade_session").orElseThrow();
        Page out = browser.post("/afmelden", "csrf", page.csrf());
        assertEquals(303, out.status(), out.body());
        assertEquals("/aanmelden?melding=signed-out", out.location().orElseThrow());
        assertTrue(browser.cookie("triade_session").isEmpty(), "the cookie is cleared");
        FormClient stolen = browser();
        stolen.setCookie("triade_session", session);
        Page afterwards = stolen.get(accounts);
        assertEquals(303, afterwards.status(), "the session is gone on the server, not only in the browser");
    }

    @Test
    void aResetLinkLetsThePersonChooseANewPasswordAndEndsTheirSessions() {
        String[] bram = account("member");
        FormClient browser = browser();
        setPassword(browser, link(bram[0]), PASSWORD);
        assertEquals(303, signIn(browser, bram[1], PASSWORD, "/").status());

        ApiResponse reset = orgAdmin.post("/api/v1/accounts/" + bram[0] + "/password-link", Map.of());
        assertEquals("reset", reset.json().get("purpose").asText());
        String code = reset.json().get("link").asText().substring(reset.json().get("link").asText().indexOf("code=") + 5);
        assertEquals(303, signIn(browser(), bram[1], PASSWORD, "/").status(), "until a new one is set, the old password works");

        FormClient other = browser();
        assertEquals(303, setPassword(other, code, "een heel nieuwe zin").status());
        assertEquals(303, browser.get("/organisaties/patienten/accounts").status(), "every session of the account ended");
        assertEquals(401, signIn(browser(), bram[1], PASSWORD, "/").status(), "the old password no longer works");
        assertEquals(303, signIn(browser(), bram[1], "een heel nieuwe zin", "/").status());
    }

    @Test
    void anOrgAdminInvitesFromItsAccountsPageAndSeesTheLinkOnce() {
        String[] anna = account("org-admin");
        String[] carla = account("member");
        FormClient browser = browser();
        setPassword(browser, link(anna[0]), PASSWORD);
        signIn(browser, anna[1], PASSWORD, "/");
        Page accounts = browser.get("/organisaties/patienten/accounts");
        assertTrue(accounts.body().contains("Nodig member of patienten uit"), accounts.body());

        Page issued = browser.post("/organisaties/patienten/accounts/" + carla[0] + "/wachtwoordlink", "csrf", accounts.csrf());
        assertEquals(200, issued.status(), issued.body());
        assertEquals("no-store", issued.response().headers().firstValue("Cache-Control").orElse(""));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("wachtwoord-instellen\\?code=(triade_[A-Za-z0-9_-]+)")
                .matcher(issued.body());
        assertTrue(link.find(), issued.body());
        assertFalse(browser.get("/organisaties/patienten/accounts").body().contains(link.group(1)), "shown once");
        FormClient carlasBrowser = browser();
        assertEquals(303, setPassword(carlasBrowser, link.group(1), "fietsen langs de vecht").status());
        assertEquals(303, signIn(carlasBrowser, carla[1], "fietsen langs de vecht", "/").status());
    }

    @Test
    void aPasswordIsSetFromTheLinkPageAsChromiumSendsItsForm() {
        String[] ida = account("member");
        // the link page is sent as no referrer, so Chromium posts its form with Origin: null; Sec-Fetch-Site says it is our own
        Page set = browser().postWith("/wachtwoord-instellen", List.of("Origin", "null", "Sec-Fetch-Site", "same-origin"),
                "code", link(ida[0]), "password", PASSWORD, "repeat", PASSWORD);
        assertEquals(303, set.status(), set.body());
        assertEquals(303, signIn(browser(), ida[1], PASSWORD, "/").status());
    }

    @Test
    void aRefusedPasswordIsNamedNextToItsFieldInDutchAndNeverWrittenBack() {
        String[] daan = account("member");
        String code = link(daan[0]);
        FormClient browser = browser();
        Page tooShort = setPassword(browser, code, "kort");
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.body().contains("id=\"password-error\""), tooShort.body());
        assertTrue(tooShort.body().contains("Het wachtwoord is te kort"), tooShort.body());
        assertFalse(tooShort.body().contains("value=\"kort\""), "a password is never written back");
        Page guessable = setPassword(browser, code, "Wachtwoord2024!");
        assertTrue(guessable.body().contains("te makkelijk te raden"), guessable.body());
        Page mismatch = browser.post("/wachtwoord-instellen", "code", code, "password", PASSWORD, "repeat", PASSWORD + "!");
        assertEquals(422, mismatch.status());
        assertTrue(mismatch.body().contains("id=\"repeat-error\""), mismatch.body());
        assertEquals(303, setPassword(browser, code, PASSWORD).status(), "a refused password leaves the link usable");
    }

    @Test
    void aRefusedSignInKeepsTheAddressTypedButNeverThePassword() {
        String[] eva = account("member");
        FormClient browser = browser();
        setPassword(browser, link(eva[0]), PASSWORD);
        Page refused = signIn(browser, eva[1], "niet mijn wachtwoord", "/");
        assertEquals(401, refused.status());
        assertTrue(refused.body().contains("value=\"" + eva[1] + "\""), refused.body());
        assertFalse(refused.body().contains("niet mijn wachtwoord"));
        assertTrue(browser.cookie("triade_session").isEmpty());
        assertNotEquals(303, refused.status());
    }

    @Test
    void theApiTakesNoSessionCookie() {
        String[] frank = account("member");
        FormClient browser = browser();
        setPassword(browser, link(frank[0]), PASSWORD);
        assertEquals(303, signIn(browser, frank[1], PASSWORD, "/").status());
        Page me = browser.api("/api/v1/me");
        assertEquals(401, me.status(), me.body());
        assertEquals(401, registry.anonymous().send("GET", "/api/v1/me", null, null, "Cookie",
                "triade_session=" + browser.cookie("triade_session").orElseThrow()).status());
    }

    @Test
    void anExpiredSessionSendsThePersonToSignInAndBackToTheSamePage() {
        String[] gerda = account("org-admin");
        FormClient browser = browser();
        setPassword(browser, link(gerda[0]), PASSWORD);
        signIn(browser, gerda[1], PASSWORD, "/");
        String accounts = "/organisaties/patienten/accounts";
        assertEquals(200, browser.get(accounts).status());
        registry.clock().advance(Duration.ofHours(2).plusMinutes(1));
        Page expired = browser.get(accounts);
        assertEquals(303, expired.status());
        assertEquals("/aanmelden?next=%2Forganisaties%2Fpatienten%2Faccounts", expired.location().orElseThrow());
        Page form = browser.get(expired.location().get());
        assertTrue(form.body().contains("name=\"next\" value=\"/organisaties/patienten/accounts\""), form.body());
        Page again = signIn(browser, gerda[1], PASSWORD, accounts);
        assertEquals(accounts, again.location().orElseThrow());
    }

    @Test
    void aSessionInUseStillEndsTwelveHoursAfterSigningIn() {
        String[] hanna = account("org-admin");
        FormClient browser = browser();
        setPassword(browser, link(hanna[0]), PASSWORD);
        signIn(browser, hanna[1], PASSWORD, "/");
        for (int hour = 1; hour < 12; hour++) {
            registry.clock().advance(Duration.ofHours(1));
            assertEquals(200, browser.get("/organisaties/patienten/accounts").status(), "hour " + hour);
        }
        registry.clock().advance(Duration.ofHours(1));
        assertEquals(303, browser.get("/organisaties/patienten/accounts").status());
    }
}
