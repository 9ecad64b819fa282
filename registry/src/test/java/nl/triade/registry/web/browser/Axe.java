package nl.triade.registry.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, Deque's accessibility engine, run in the page a test is on. The script is handed over
 * by WebDriver's {@code executeScript}, which the browser runs outside the page's
 * Content-Security-Policy, so it works on pages that forbid every script of their own
 * ({@code BrowserHarnessTest} proves it under {@code default-src 'none'}).
 */
final class Axe {
    /** The script in the {@code org.webjars.npm:axe-core} test dependency, named by the pom, which holds its version. */
    private static final String SOURCE = read(System.getProperty("triade.axe-core", "(set by surefire: triade.axe-core)"));
    /** What fails a test: WCAG failures that block or seriously hinder someone (axe's two highest impacts). */
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
                .then(results => done(results.violations.map(v => ({
                    rule: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                    targets: v.nodes.map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)) }))))
                .catch(error => done([{ rule: 'axe-error', impact: 'critical', help: String(error), helpUrl: '', targets: [] }]));
            """;

    private Axe() {
    }

    /** One rule the page breaks, with every element that breaks it. */
    record Violation(String rule, String impact, String help, String helpUrl, List<String> elements) {
        boolean fails() {
            return FAILING_IMPACTS.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " (" + helpUrl + ")\n    " + String.join("\n    ", elements);
        }
    }

    /** Every violation on the page as it is now, whatever its impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                (String) v.get("helpUrl"), (List<String>) v.get("targets"))).toList();
    }

    /** Fails on any serious or critical violation, listing each with its elements and help page. */
    static void assertNoSeriousViolations(JavascriptExecutor page, String where) {
        List<Violation> failing = violations(page).stream().filter(Violation::fails).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("axe-core finds " + failing.size() + " serious or critical accessibility violation(s) on "
                    + where + ":\n" + String.join("\n", failing.stream().map(Violation::toString).toList()));
        }
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path: run the tests with Maven, whose pom names it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
