package nl.triade.registry.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for every test of a class (starting one costs seconds on a loaded machine),
 * held as {@code @RegisterExtension static final Browser browser = Browser.perTestClass(registry::baseUri)}
 * after the registry's field, so that the registry is up before the first page is asked for. Each
 * test starts without cookies. Every page a test visits is photographed into
 * {@code registry/target/screenshots/<class>/<test>-<step>.png} and checked by axe-core; a failing
 * test leaves a last picture of where it stood, {@code <test>-failed.png}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("triade.screenshots", "target/screenshots"));
    /** A screenshot of the whole page, but not of a page so long that the picture is useless (and huge). */
    private static final int TALLEST_SCREENSHOT = 8_000;
    /** Generous, for a machine shared by several builds; a page that loads never waits it out. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    /** 1280 CSS pixels at 400%: the width WCAG 1.4.10 asks a page to work at without scrolling sideways. */
    private static final int REFLOW_WIDTH = 320;

    private final Supplier<URI> server;
    private Path profile;
    private ChromeDriver driver;
    private Path pictures;
    private String test;
    private int step;

    private Browser(Supplier<URI> server) {
        this.server = server;
    }

    /** A browser for the server at {@code server}'s address, asked for once the class's extensions have started. */
    public static Browser perTestClass(Supplier<URI> server) {
        return new Browser(server);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            profile = Files.createTempDirectory("triade-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = Chromium.start(profile);
        pictures = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // every cookie of every site, not only those of the page the last test ended on
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
        test = context.getRequiredTestMethod().getName();
        step = 0;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            screenshot("failed");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        deleteFolder(profile);
    }

    /**
     * Goes to {@code path} on the server and checks the page as {@link #check} does; {@code step}
     * names the screenshot.
     */
    public void visit(String path, String step) {
        driver.get(server.get().resolve(path).toString());
        check(step);
    }

    /**
     * The page as it is now, after a visit, a click or a key: loaded, photographed, and free of
     * serious and critical accessibility violations.
     */
    public void check(String step) {
        new WebDriverWait(driver, PAGE_LOAD)
                .until(page -> "complete".equals(driver.executeScript("return document.readyState")));
        screenshot(step);
        Axe.assertNoSeriousViolations(driver, driver.getCurrentUrl() + " (" + test + ", " + step + ")");
    }

    /**
     * The page as at 400% zoom on a 1280-pixel screen, 320 CSS pixels wide (WCAG 1.4.10, reflow):
     * checked as {@link #check} does, it must not scroll sideways. The window is restored afterwards.
     */
    public void checkReflow(String step) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", REFLOW_WIDTH, "height", Chromium.HEIGHT,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            check(step);
            Number wide = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
            if (wide.intValue() > REFLOW_WIDTH) {
                throw new AssertionError(driver.getCurrentUrl() + " is " + wide + " CSS pixels wide at " + REFLOW_WIDTH
                        + ": at 400% zoom it scrolls sideways (" + test + ", " + step + ")");
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Waits until {@code condition} holds, for what a page changes after it loaded (htmx swapping
     * in results); fails naming {@code what} when it does not within the page-load time.
     */
    public void await(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, PAGE_LOAD).withMessage(what).until(page -> condition.getAsBoolean());
    }

    public Keyboard keyboard() {
        return new Keyboard(driver);
    }

    public WebElement find(By what) {
        return driver.findElement(what);
    }

    public String title() {
        return driver.getTitle();
    }

    public URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    /** The WebDriver itself, for what this class does not say yet; prefer adding a speaking method here. */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * A picture of the whole page (not only the window), through chromedriver's DevTools endpoint:
     * WebDriver's own screenshot stops at the window's edge.
     */
    private void screenshot(String name) {
        step++;
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), TALLEST_SCREENSHOT);
        byte[] png;
        if (width < 1 || height < 1) {
            // a page caught between two loads (a sign-out's redirect) has no layout yet: Chromium refuses a clip of
            // zero width, so the window is pictured as WebDriver sees it
            png = driver.getScreenshotAs(OutputType.BYTES);
        } else {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        }
        try {
            Files.createDirectories(pictures);
            Files.write(pictures.resolve("%s-%02d-%s.png".formatted(test, step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
