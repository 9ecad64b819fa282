package nl.triade.registry.web.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse: Tab, Shift+Tab, Enter and Space, sent to whatever has the focus, as a
 * keyboard would (never {@code click()}). After every press the focused element must show that it
 * has the focus, so a page that hides its focus ring fails here, not in a volunteer's hands.
 */
public final class Keyboard {
    /** Enough presses to cross a page's header and navigation; a flow that needs more is itself a finding. */
    public static final int MOST_PRESSES = 40;
    /**
     * Whether the focused element shows it, by its own computed style: an outline (Chromium's own
     * focus ring is {@code auto}) or a box shadow; an outline of width 0 or style {@code none} and
     * nothing else is invisible. The page's body has the focus while nothing on the page has it (Tab
     * past the last element), which asks nothing to be shown.
     */
    private static final String FOCUS_SHOWN = """
            const element = arguments[0];
            const style = getComputedStyle(element);
            if (element === document.body || element === document.documentElement) {
                return true;
            }
            const box = element.getBoundingClientRect();
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow !== 'none';
            return box.width > 0 && box.height > 0 && element.matches(':focus-visible') && (outline || shadow);
            """;
    private static final String DESCRIBE = """
            const e = arguments[0];
            const text = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim().substring(0, 60);
            return '<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') + (e.name ? ' name=' + e.name : '')
                + (e.getAttribute('href') ? ' href=' + e.getAttribute('href') : '') + '> ' + text;
            """;

    private final ChromeDriver driver;

    Keyboard(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Tab, then the element that has the focus, which must show it. */
    public WebElement tab() {
        return press(Keys.TAB);
    }

    public WebElement shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return focusedAndShown();
    }

    /** Follows a link, presses a button or sends a form, as Enter does on the focused element. */
    public void enter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /** Presses a button or ticks a check box, as Space does on the focused element. */
    public void space() {
        new Actions(driver).sendKeys(Keys.SPACE).perform();
    }

    /** Types text into the focused field. */
    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * Presses Tab until {@code target} has the focus, failing (with every element the focus passed)
     * when it does not within {@link #MOST_PRESSES}; each focus on the way must be visible.
     */
    public WebElement tabTo(By target) {
        WebElement wanted = driver.findElement(target);
        List<String> passed = new ArrayList<>();
        for (int press = 0; press < MOST_PRESSES; press++) {
            WebElement focused = tab();
            if (focused.equals(wanted)) {
                return focused;
            }
            passed.add(describe(focused));
        }
        throw new AssertionError("Tab never reached " + target + " in " + MOST_PRESSES + " presses; the focus went to:\n    "
                + String.join("\n    ", passed));
    }

    /** The focused element, which must be {@code expected}. */
    public WebElement assertFocusOn(By expected) {
        WebElement focused = driver.switchTo().activeElement();
        if (!focused.equals(driver.findElement(expected))) {
            throw new AssertionError("the focus is on " + describe(focused) + ", not on " + expected);
        }
        return focused;
    }

    private WebElement press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
        return focusedAndShown();
    }

    private WebElement focusedAndShown() {
        WebElement focused = driver.switchTo().activeElement();
        if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(FOCUS_SHOWN, focused))) {
            throw new AssertionError("the focus is on " + describe(focused) + ", which does not show it (no visible outline or shadow)");
        }
        return focused;
    }

    private String describe(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript(DESCRIBE, element);
    }
}
