package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The harness itself: axe-core under a strict Content-Security-Policy, the keyboard's focus checks, the screenshots. */
@Tag("browser")
class BrowserHarnessTest {
    private static final String STYLE = "<style>a, button, input { display: inline-block; margin: 1em; } .hidden-focus:focus { outline: none; }</style>";

    @RegisterExtension
    static final StrictPages pages = new StrictPages(Map.of(
            "/accessible", """
                    <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Toegankelijk</title>%s</head>
                    <body><main><h1>Toegankelijk</h1>
                    <a id="first" href="/accessible#first">Eerste</a>
                    <label for="name">Naam</label><input id="name" name="name">
                    <button id="send" type="button">Versturen</button>
                    <a id="next" href="/second">Volgende pagina</a>
                    <script>document.title = 'het script van de pagina liep';</script>
                    </main></body></html>""".formatted(STYLE),
            "/second", """
                    <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Tweede</title></head>
                    <body><main><h1>Tweede pagina</h1></main></body></html>""",
            "/broken", """
                    <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gebrekkig</title>%s</head>
                    <body><main><h1>Gebrekkig</h1><img id="chart" src="/chart.png"></main></body></html>""".formatted(STYLE),
            "/wide", """
                    <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Breed</title>
                    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                    <body><main><h1>Breed</h1><table style="width: 900px"><tr><th>Kolom</th><td>Vaste breedte</td></tr></table>
                    </main></body></html>""",
            "/hidden-focus", """
                    <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verborgen focus</title>%s</head>
                    <body><main><h1>Verborgen focus</h1>
                    <a id="plain" href="/second">Gewoon</a><a class="hidden-focus" id="hidden" href="/second">Verborgen focus</a>
                    </main></body></html>""".formatted(STYLE)));
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(pages::baseUri);

    @Test
    void axeRunsUnderAPolicyThatForbidsThePagesOwnScripts() {
        browser.visit("/accessible", "accessible");

        assertEquals("Toegankelijk", browser.title(), "the page's inline script was blocked, so the policy is in force");
        List<Axe.Violation> violations = Axe.violations(browser.driver());
        assertTrue(violations.stream().noneMatch(Axe.Violation::fails), violations.toString());
    }

    @Test
    void aSeriousViolationFailsTheVisitNamingRuleElementAndHelp() {
        AssertionError failure = assertThrows(AssertionError.class, () -> browser.visit("/broken", "broken"));

        assertTrue(failure.getMessage().contains("critical image-alt: Images must have alternate text"), failure.getMessage());
        assertTrue(failure.getMessage().contains("#chart <img id=\"chart\" src=\"/chart.png\">"), failure.getMessage());
        assertTrue(failure.getMessage().contains("https://dequeuniversity.com/rules/axe/4.6/image-alt"), failure.getMessage());
    }

    @Test
    void everyVisitLeavesAScreenshotNamedByTestAndStep() throws Exception {
        browser.visit("/accessible", "first-page");
        browser.visit("/second", "second-page");

        Path folder = Path.of(System.getProperty("triade.screenshots")).resolve("BrowserHarnessTest");
        for (String name : List.of("everyVisitLeavesAScreenshotNamedByTestAndStep-01-first-page.png",
                "everyVisitLeavesAScreenshotNamedByTestAndStep-02-second-page.png")) {
            byte[] picture = Files.readAllBytes(folder.resolve(name));
            assertEquals("\u0089PNG", new String(picture, 0, 4, StandardCharsets.ISO_8859_1), name);
            assertTrue(picture.length > 1_000, name + " holds a picture, " + picture.length + " bytes");
        }
    }

    @Test
    void aPageThatScrollsSidewaysAt400PercentFailsTheReflowCheck() {
        browser.visit("/accessible", "wide-window");
        browser.checkReflow("narrow-window");
        browser.visit("/wide", "wide-window");

        AssertionError failure = assertThrows(AssertionError.class, () -> browser.checkReflow("narrow-window"));

        assertTrue(failure.getMessage().contains("/wide is 9"), failure.getMessage());
        assertTrue(failure.getMessage().contains("CSS pixels wide at 320: at 400% zoom it scrolls sideways"), failure.getMessage());
    }

    @Test
    void tabMovesAVisibleFocusAndEnterFollowsTheFocusedLink() {
        browser.visit("/accessible", "start");
        Keyboard keyboard = browser.keyboard();

        keyboard.tab();
        keyboard.assertFocusOn(By.id("first"));
        keyboard.tabTo(By.id("send"));
        keyboard.shiftTab();
        keyboard.assertFocusOn(By.id("name"));
        keyboard.type("Anna");
        keyboard.tabTo(By.id("next"));
        keyboard.enter();

        browser.check("followed");
        assertEquals("Tweede", browser.title());
    }

    @Test
    void aFocusThePageHidesFailsTheKeyboard() {
        browser.visit("/hidden-focus", "hidden-focus");
        Keyboard keyboard = browser.keyboard();

        AssertionError failure = assertThrows(AssertionError.class, () -> keyboard.tabTo(By.id("hidden")));

        assertTrue(failure.getMessage().contains("<a id=hidden href=/second> Verborgen focus, which does not show it"), failure.getMessage());
    }
}
