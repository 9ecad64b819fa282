package nl.triade.registry.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.Test;

/** The Quick start's sign-in details work: a demo account signs in with the published demo password. */
class DemoSignInTest {

    @Test
    void annaSignsInWithTheDemoPasswordAndSeesHerOrganisationsAccounts() {
        try (RunningRegistry demo = RunningRegistry.start(true)) {
            FormClient browser = new FormClient(demo.baseUri());
            Page signedIn = browser.post("/aanmelden", "email", "anna@diabetesvereniging.demo", "password",
                    "demo wachtwoord triade", "next", "/organisaties/diabetesvereniging/accounts");
            assertEquals(303, signedIn.status(), signedIn.body());
            Page accounts = browser.get(signedIn.location().orElseThrow());
            assertEquals(200, accounts.status(), accounts.body());
            assertTrue(accounts.body().contains("bram@diabetesvereniging.demo"), accounts.body());
        }
    }
}
