package nl.triade.registry.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.SecondInstance;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sessions are kept in memory between page requests (issue 14), yet a browser behind a load
 * balancer that signs out on one instance is signed out on the other at once, and a change to the
 * person's role counts on the next page there.
 */
class SessionsAcrossInstancesTest {
    private static final String ACCOUNTS = "/organisaties/nierpatienten/accounts";
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    @RegisterExtension
    static final SecondInstance other = SecondInstance.of(registry);
    private static Parties parties;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
        parties.organisation("nierpatienten", "patient");
    }

    /** The same browser as {@code here}, its requests sent to the other instance. */
    private static FormClient onTheOther(FormClient here) {
        FormClient there = new FormClient(other.baseUri());
        there.setCookie("triade_session", here.cookie("triade_session").orElseThrow());
        return there;
    }

    @Test
    void aSignOutOnOneInstanceEndsTheSessionOnTheOtherAtOnce() {
        FormClient here = FormClient.signedIn(registry, parties.accountId("nierpatienten", "org-admin"));
        FormClient there = onTheOther(here);
        assertEquals(200, there.get(ACCOUNTS).status());
        assertEquals(200, there.get(ACCOUNTS).status());

        Page page = here.get(ACCOUNTS);
        assertEquals(303, here.post("/afmelden", "csrf", page.csrf()).status());

        assertEquals(303, there.get(ACCOUNTS).status(), "signed out: sent to sign in");
    }

    @Test
    void aRoleTakenAwayOnOneInstanceCountsOnTheNextPageOfTheOther() {
        String orgAdmin = parties.accountId("nierpatienten", "org-admin");
        FormClient here = FormClient.signedIn(registry, orgAdmin);
        FormClient there = onTheOther(here);
        assertEquals(200, there.get(ACCOUNTS).status());
        assertEquals(200, here.get(ACCOUNTS).status());

        ApiResponse demoted = registry.admin().patch("/api/v1/accounts/" + orgAdmin, Map.of("role", "member"));
        assertEquals(200, demoted.status(), demoted.body());

        assertEquals(404, there.get(ACCOUNTS).status(), "a member does not manage the organisation's accounts");
        assertEquals(404, here.get(ACCOUNTS).status());
    }
}
