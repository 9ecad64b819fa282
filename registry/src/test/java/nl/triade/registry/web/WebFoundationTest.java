package nl.triade.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The frame of every page: layout, language, assets, headers and error pages, over real HTTP. */
class WebFoundationTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    private PageReader browser() {
        return PageReader.at(registry.baseUri());
    }

    @Test
    void theStartPageIsDutchWithASkipLinkAndALanguageSwitch() {
        String page = browser().page("/", 200);
        assertTrue(page.contains("<html lang=\"nl\">"), page);
        assertTrue(page.contains("<a class=\"skip-link\" href=\"#main\">Ga direct naar de inhoud</a>"), page);
        assertTrue(page.contains("<title>Welkom bij Triade · Triade</title>"), page);
        assertTrue(page.contains("href=\"/?lang=en\""), page);
    }

    @Test
    void englishIsChosenByTheLinkAndRememberedByACookie() {
        HttpResponse<String> english = browser().get("/?lang=en");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
        assertTrue(english.body().contains("Skip to content"), english.body());
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("triade-lang=en;") && cookie.contains("HttpOnly"), cookie);

        String next = browser().with("Cookie", "triade-lang=en").page("/", 200);
        assertTrue(next.contains("<html lang=\"en\">"), next);
        assertTrue(next.contains("href=\"/?lang=nl\""), "the switch leads back to Dutch: " + next);
    }

    @Test
    void anUnknownLanguageIsABadRequestPageNamingTheField() {
        String page = browser().page("/?lang=fr", 400);
        assertTrue(page.contains("Dit verzoek klopt niet"), page);
        assertTrue(page.contains("<code>lang</code>") && page.contains("enum"), page);
    }

    @Test
    void anUnknownPageIsANotFoundPageInTheVisitorsLanguage() {
        assertTrue(browser().page("/nergens", 404).contains("Deze pagina bestaat niet"));
        assertTrue(browser().with("Cookie", "triade-lang=en").page("/nowhere", 404).contains("This page does not exist"));
    }

    @Test
    void programsStillGetProblemsForUnknownPaths() {
        HttpResponse<String> api = browser().get("/api/v1/nothing-here");
        assertEquals(404, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void aPathThatLooksLikeAnotherSiteStaysOnThisOne() {
        String page = browser().page("//elders.example/x", 404);
        assertFalse(page.contains("href=\"//elders.example"), page);
    }

    @Test
    void stylesheetAndScriptAreServedHereForAYearUnderTheirFingerprint() {
        String page = browser().page("/", 200);
        for (String pattern : new String[] {"href=\"(/assets/triade\\.[0-9a-f]{12}\\.css)\"", "src=\"(/assets/htmx\\.[0-9a-f]{12}\\.js)\""}) {
            Matcher url = Pattern.compile(pattern).matcher(page);
            assertTrue(url.find(), pattern + " in " + page);
            HttpResponse<String> asset = browser().get(url.group(1));
            assertEquals(200, asset.statusCode());
            assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElseThrow());
            assertFalse(asset.body().isEmpty());
        }
        assertEquals(404, browser().get("/assets/triade.000000000000.css").statusCode());
    }

    @Test
    void aPageSaysHowLongTheServerTookToMakeIt() {
        String timing = browser().get("/").headers().firstValue("Server-Timing").orElseThrow();
        assertTrue(timing.matches("page;dur=\\d+\\.\\d"), timing);
    }

    @Test
    void aPageAskedWithCredentialsIsNeverStored() {
        assertEquals("no-cache", browser().get("/").headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> withToken = browser().with("Authorization", "Bearer " + RunningRegistry.ADMIN_TOKEN).get("/");
        assertEquals("no-store", withToken.headers().firstValue("Cache-Control").orElseThrow());
    }
}
