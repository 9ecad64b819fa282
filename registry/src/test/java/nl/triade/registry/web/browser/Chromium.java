package nl.triade.registry.web.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. Both paths are given to
 * Selenium, so Selenium Manager never runs: it would try to download a browser and a driver, and
 * CI has no internet. Where either is missing, a developer's run skips the browser tests, saying
 * what to install, so {@code mvn verify} works with only a JDK and Maven; CI sets
 * {@code TRIADE_BROWSER_TESTS=required} and fails instead, since a browser test that skipped itself
 * there would let a broken page pass unnoticed (see README, Browser tests).
 */
final class Chromium {
    /** Debian's paths ({@code apt-get install chromium chromium-driver}); other systems set these properties. */
    static final String BINARY = System.getProperty("triade.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("triade.chromedriver", "/usr/bin/chromedriver");
    private static final boolean REQUIRED = "required".equals(System.getenv("TRIADE_BROWSER_TESTS"));
    /** A tablet's landscape width: the pages must work there, and a screenshot of it is readable. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private Chromium() {
    }

    /** A new headless browser whose profile is the empty folder {@code profile}: nothing of an earlier run carries over. */
    static ChromeDriver start(Path profile) {
        requireInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options(profile));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--disable-gpu",
                // this machine's network is closed: without these Chromium keeps dialling Google's hosts
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps",
                // containers give /dev/shm 64 MB, which a renderer outgrows
                "--disable-dev-shm-usage",
                // a headless window counts as hidden, and a busy machine made Chromium stop drawing it: a capture of the
                // page (Page.captureScreenshot) then waited for a frame that never came, twice in CI, and the session
                // with it; Puppeteer starts Chromium with these for the same reason
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                "--disable-backgrounding-occluded-windows",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=nl-NL",
                "--user-data-dir=" + profile);
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium refuses to start its sandbox as root (CI and this machine run as root)
            options.addArguments("--no-sandbox");
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        return options;
    }

    private static void requireInstalled() {
        for (String program : List.of(BINARY, DRIVER)) {
            if (!Files.isExecutable(Path.of(program))) {
                String missing = "The browser tests need " + program + ": on Debian or Ubuntu run "
                        + "'apt-get install chromium chromium-driver' (.ci/run does), elsewhere point -Dtriade.chromium "
                        + "and -Dtriade.chromedriver at a Chromium and its matching chromedriver; "
                        + "or leave the browser tests out with -DexcludedGroups=browser.";
                if (REQUIRED) {
                    throw new IllegalStateException(missing);
                }
                Assumptions.abort(missing + " Skipped: TRIADE_BROWSER_TESTS is not 'required'.");
            }
        }
    }
}
