package nl.triade.registry.web.signin;

import static nl.triade.registry.web.signin.SignInFlowTest.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.password.Argon2Passwords;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an attacker tries against signing in, each over HTTP as a browser or a forger would send it. */
class SignInAttackTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static Parties parties;
    private static ApiClient orgAdmin;
    private static int clients;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("artsen", "provider");
        orgAdmin = parties.as("patienten", "org-admin");
    }

    /** A person of patienten with a password; [id, e-mail]. */
    private static String[] person(String role) {
        String id = parties.accountId("patienten", role);
        String email = registry.admin().get("/api/v1/accounts/" + id).json().get("email").asText();
        assertEquals(303, setPassword(browser(), code(id), PASSWORD).status());
        return new String[] {id, email};
    }

    private static String code(String account) {
        String link = orgAdmin.post("/api/v1/accounts/" + account + "/password-link", Map.of()).json().get("link").asText();
        return link.substring(link.indexOf("code=") + 5);
    }

    private static FormClient browser() {
        return new FormClient(registry.baseUri());
    }

    private static Page setPassword(FormClient browser, String code, String password) {
        return browser.post("/wachtwoord-instellen", "code", code, "password", password, "repeat", password);
    }

    /** Signs in from a client address of its own, so the per-address count of one test does not touch another's. */
    private static Page signInFrom(String client, FormClient browser, String email, String password) {
        return browser.postWith("/aanmelden", List.of("X-Forwarded-For", client), "email", email, "password", password, "next", "/");
    }

    private static String newClient() {
        return "203.0.113." + (++clients);
    }

    @Test
    void aUsedExpiredReplacedOrForgedLinkOpensNothing() {
        String used = parties.accountId("patienten", "member");
        String usedCode = code(used);
        assertEquals(303, setPassword(browser(), usedCode, PASSWORD).status());
        String replaced = parties.accountId("patienten", "member");
        String older = code(replaced);
        String newer = code(replaced);
        String expired = code(parties.accountId("patienten", "member"));
        registry.clock().advance(Duration.ofDays(7).plusMinutes(1));
        for (String code : List.of(usedCode, older, expired, "triade_" + "A".repeat(43), "")) {
            Page page = browser().get("/wachtwoord-instellen?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            assertEquals(404, page.status(), code);
            assertTrue(page.body().contains("Deze link werkt niet meer"), page.body());
            assertEquals(404, setPassword(browser(), code, "een andere lange zin").status(), code);
        }
        assertEquals(303, setPassword(browser(), code(replaced), "een andere lange zin").status());
        assertEquals(404, setPassword(browser(), newer, "een andere lange zin").status(), "expired with the week");
    }

    @Test
    void signingInAlwaysStartsANewSessionWhateverCookieTheBrowserBrought() {
        String[] anna = person("member");
        FormClient browser = browser();
        browser.setCookie("triade_session", "triade_chosen-by-the-attacker");
        Page first = signInFrom(newClient(), browser, anna[1], PASSWORD);
        assertEquals(303, first.status());
        String firstSession = browser.cookie("triade_session").orElseThrow();
        assertNotEquals("triade_chosen-by-the-attacker", firstSession);
        signInFrom(newClient(), browser, anna[1], PASSWORD);
        assertNotEquals(firstSession, browser.cookie("triade_session").orElseThrow());
        FormClient old = browser();
        old.setCookie("triade_session", firstSession);
        assertEquals(303, old.get("/organisaties/patienten/accounts").status(), "the session before it ended");
    }

    @Test
    void aFormWithoutItsSessionsCsrfTokenIsRefusedAndChangesNothing() {
        String[] anna = person("org-admin");
        String[] bram = person("org-admin");
        FormClient annas = browser();
        FormClient brams = browser();
        signInFrom(newClient(), annas, anna[1], PASSWORD);
        signInFrom(newClient(), brams, bram[1], PASSWORD);
        String target = "/organisaties/patienten/accounts/" + parties.accountId("patienten", "member") + "/wachtwoordlink";
        String bramsToken = brams.get("/organisaties/patienten/accounts").csrf();
        for (String[] fields : List.of(new String[0], new String[] {"csrf", ""}, new String[] {"csrf", "wrong"},
                new String[] {"csrf", bramsToken})) {
            assertEquals(403, annas.post(target, fields).status(), String.join("=", fields));
            assertEquals(403, annas.post("/afmelden", fields).status());
        }
        assertEquals(200, annas.get("/organisaties/patienten/accounts").status(), "still signed in: sign-out was refused too");
        assertEquals(200, annas.post(target, "csrf", annas.get("/organisaties/patienten/accounts").csrf()).status());
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        String[] anna = person("member");
        Page foreign = browser().postWith("/aanmelden", List.of("Origin", "https://evil.example"), "email", anna[1],
                "password", PASSWORD, "next", "/");
        assertEquals(403, foreign.status());
        Page crossSite = browser().postWith("/aanmelden", List.of("Sec-Fetch-Site", "cross-site"), "email", anna[1],
                "password", PASSWORD, "next", "/");
        assertEquals(403, crossSite.status());
    }

    @Test
    void aSetPasswordFormFromAnOpaqueOriginIsRefusedUnlessTheBrowserSaysItIsOurOwn() {
        String id = parties.accountId("patienten", "member");
        String code = code(id);
        // a sandboxed frame or a data: page elsewhere also posts with Origin: null
        for (List<String> headers : List.of(List.of("Origin", "null"), List.of("Origin", "null", "Sec-Fetch-Site", "cross-site"),
                List.of("Origin", "null", "Sec-Fetch-Site", "same-site"))) {
            Page refused = browser().postWith("/wachtwoord-instellen", headers, "code", code, "password", PASSWORD, "repeat", PASSWORD);
            assertEquals(403, refused.status(), String.join(": ", headers));
        }
        assertEquals(303, setPassword(browser(), code, PASSWORD).status(), "the refused forms left the link unused");
    }

    @Test
    void fiveWrongPasswordsLockTheAddressForAQuarterOfAnHourWithTheSameMessage() {
        String[] anna = person("member");
        FormClient browser = browser();
        Page wrong = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            wrong = signInFrom(newClient(), browser, anna[1], "niet het goede wachtwoord");
            assertEquals(401, wrong.status());
        }
        Page locked = signInFrom(newClient(), browser, anna[1], PASSWORD);
        assertEquals(401, locked.status(), "locked: even the right password is refused");
        assertEquals(refusal(wrong), refusal(locked));
        registry.clock().advance(Duration.ofMinutes(14));
        assertEquals(401, signInFrom(newClient(), browser, anna[1], PASSWORD).status());
        registry.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        assertEquals(303, signInFrom(newClient(), browser, anna[1], PASSWORD).status());
    }

    @Test
    void anUnknownAddressIsRefusedAndLockedExactlyLikeAKnownOne() {
        String[] anna = person("member");
        String client = newClient();
        Page known = signInFrom(client, browser(), anna[1], "niet het goede wachtwoord");
        Page unknown = signInFrom(client, browser(), "niemand@nergens.test", "niet het goede wachtwoord");
        assertEquals(known.status(), unknown.status());
        assertEquals(refusal(known), refusal(unknown).replace("niemand@nergens.test", anna[1]));
        for (int attempt = 1; attempt < 5; attempt++) {
            signInFrom(newClient(), browser(), "niemand@nergens.test", "x");
        }
        assertEquals(refusal(known).replace(anna[1], "niemand@nergens.test"),
                refusal(signInFrom(newClient(), browser(), "niemand@nergens.test", "x")));
    }

    @Test
    void fiftyFailuresFromOneClientAddressLockItForEveryAccount() {
        String[] anna = person("member");
        String client = newClient();
        for (int attempt = 0; attempt < 50; attempt++) {
            assertEquals(401, signInFrom(client, browser(), "gok" + attempt + "@patienten.test", "x").status());
        }
        assertEquals(401, signInFrom(client, browser(), anna[1], PASSWORD).status());
        assertEquals(303, signInFrom(newClient(), browser(), anna[1], PASSWORD).status(), "another client is not locked");
    }

    @Test
    void nextLeadsOnlyToAPageOfThisRegistry() {
        String[] anna = person("member");
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "http:/evil.example",
                "/\tevil", "javascript:alert(1)", "")) {
            Page page = browser().post("/aanmelden", "email", anna[1], "password", PASSWORD, "next", next);
            assertEquals("/mijn-werk", page.location().orElseThrow(), next);
            Page form = browser().get("/aanmelden?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            assertTrue(form.body().contains("name=\"next\" value=\"/mijn-werk\""), next);
        }
        assertEquals("/organisaties/patienten/accounts?x=1", browser().post("/aanmelden", "email", anna[1], "password",
                PASSWORD, "next", "/organisaties/patienten/accounts?x=1").location().orElseThrow());
    }

    @Test
    void anOrgAdminOfAnotherOrganisationNeitherSeesNorInvitesItsAccounts() {
        String artsenAdmin = parties.accountId("artsen", "org-admin");
        String email = registry.admin().get("/api/v1/accounts/" + artsenAdmin).json().get("email").asText();
        String link = registry.admin().post("/api/v1/accounts/" + artsenAdmin + "/password-link", Map.of()).json()
                .get("link").asText();
        FormClient browser = browser();
        assertEquals(303, setPassword(browser, link.substring(link.indexOf("code=") + 5), PASSWORD).status());
        signInFrom(newClient(), browser, email, PASSWORD);
        String csrf = browser.get("/organisaties/artsen/accounts").csrf();
        assertEquals(404, browser.get("/organisaties/patienten/accounts").status());
        String member = parties.accountId("patienten", "member");
        assertEquals(404, browser.post("/organisaties/patienten/accounts/" + member + "/wachtwoordlink", "csrf", csrf).status());
        assertEquals(404, browser.post("/organisaties/artsen/accounts/" + member + "/wachtwoordlink", "csrf", csrf).status());
    }

    @Test
    void aHashMadeWithOlderParametersIsReplacedAtTheNextSignIn() throws SQLException {
        String[] anna = person("member");
        String weak = new Argon2Passwords(new Argon2Passwords.Cost(8_192, 1, 1)).hash(PASSWORD);
        try (Connection db = DriverManager.getConnection(registry.jdbcUrl());
             PreparedStatement update = db.prepareStatement("UPDATE passwords SET hash = ? WHERE account_id = ?")) {
            update.setString(1, weak);
            update.setString(2, anna[0]);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(303, signInFrom(newClient(), browser(), anna[1], PASSWORD).status());
        try (Connection db = DriverManager.getConnection(registry.jdbcUrl());
             PreparedStatement read = db.prepareStatement("SELECT hash FROM passwords WHERE account_id = ?")) {
            read.setString(1, anna[0]);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getString(1).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), row.getString(1));
            }
        }
        assertEquals(303, signInFrom(newClient(), browser(), anna[1], PASSWORD).status());
    }

    /** The refusal as the person reads it: the page without the request id that differs per request. */
    private static String refusal(Page page) {
        return page.body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "");
    }

    @Test
    void theApiRefusesTheCookieEvenWithAValidSession() {
        String[] anna = person("member");
        FormClient browser = browser();
        signInFrom(newClient(), browser, anna[1], PASSWORD);
        ApiResponse me = registry.anonymous().send("GET", "/api/v1/me", null, null, "Cookie",
                "triade_session=" + browser.cookie("triade_session").orElseThrow());
        assertEquals(401, me.status());
    }
}
