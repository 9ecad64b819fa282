package nl.triade.registry.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's section "The Register's criteria" is the map a register reviewer reads: one row per
 * criterion, naming the rule that checks it and the tests that show it passing and failing. This
 * test reads that table and holds it to the catalogue and to the test sources of every module.
 */
class CriteriaTableTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TEST_NAME = Pattern.compile("([A-Z][A-Za-z0-9]*Test)#([a-z][A-Za-z0-9]*)");
    private static final Path ROOT = Path.of(System.getProperty("triade.spec")).toAbsolutePath().getParent().getParent();

    /** One row of the table: the criterion id, its rule ids and the test names of both columns. */
    private record Row(String subject, List<String> rules, List<String> tests) {
    }

    @Test
    void everyCriterionHasOneRowInTheTableOfItsSubject() {
        Map<String, Row> rows = rows();
        assertEquals(Arrays.stream(Criterion.values()).map(Criterion::id).sorted().toList(), rows.keySet().stream().sorted().toList());
        for (Criterion criterion : Criterion.values()) {
            assertEquals(criterion.subject().name(), rows.get(criterion.id()).subject(), criterion.id() + " is in the wrong table");
        }
    }

    @Test
    void everyRowNamesARuleAndTests() {
        rows().forEach((id, row) -> {
            assertFalse(row.rules().isEmpty(), id + " names no rule");
            assertFalse(row.tests().isEmpty(), id + " names no test");
        });
    }

    @Test
    void everyToetsingskaderRuleNamedIsOneTheValidatorReports() throws IOException {
        String validator;
        try (Stream<Path> files = Files.walk(ROOT.resolve("plugins/toetsingskader/src/main/java"))) {
            validator = String.join("\n", files.filter(file -> file.toString().endsWith(".java")).map(CriteriaTableTest::read).toList());
        }
        List<String> unknown = rows().values().stream().flatMap(row -> row.rules().stream()).filter(rule -> rule.startsWith("tk-"))
                .distinct().filter(rule -> !validator.contains("\"" + rule + "\"")).toList();
        assertEquals(List.of(), unknown, "rules named in README that the toetsingskader validator never reports");
    }

    @Test
    void everyNamedTestMethodExists() {
        List<Path> sources = testSources();
        List<String> missing = new ArrayList<>();
        rows().values().stream().flatMap(row -> row.tests().stream()).distinct().forEach(test -> {
            Matcher name = TEST_NAME.matcher(test);
            assertTrue(name.matches(), test);
            boolean found = sources.stream().filter(source -> source.getFileName().toString().equals(name.group(1) + ".java"))
                    .anyMatch(source -> read(source).contains("void " + name.group(2) + "("));
            if (!found) {
                missing.add(test);
            }
        });
        assertEquals(List.of(), missing, "named in README but not found in any module's tests");
    }

    private static Map<String, Row> rows() {
        String readme = read(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## The Register's criteria\n");
        assertTrue(start >= 0, "README has no section \"The Register's criteria\"");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, Row> rows = new LinkedHashMap<>();
        String subject = null;
        for (String line : section.split("\n")) {
            if (line.startsWith("### ")) {
                subject = switch (line.substring(4).strip()) {
                    case "Standards" -> "STANDARD";
                    case "Instruments" -> "INSTRUMENT";
                    default -> null;
                };
            } else if (subject != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|", -1);
                assertEquals(8, cells.length, "six columns: " + line);
                String id = codes(cells[1]).get(0);
                List<String> tests = new ArrayList<>(codes(cells[5]));
                tests.addAll(codes(cells[6]));
                assertFalse(rows.containsKey(id), "two rows for " + id);
                rows.put(id, new Row(subject, codes(cells[3]), tests));
            }
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private static List<Path> testSources() {
        List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("registry/src/test/java")));
        try (Stream<Path> plugins = Files.list(ROOT.resolve("plugins"))) {
            plugins.map(plugin -> plugin.resolve("src/test/java")).filter(Files::isDirectory).forEach(roots::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith("Test.java")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
