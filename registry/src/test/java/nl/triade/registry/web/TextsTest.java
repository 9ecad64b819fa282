package nl.triade.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages comes from the bundles: both languages have the same keys, every key a
 * template names exists, and no template holds a text of its own.
 */
class TextsTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern KEY = Pattern.compile("\\.t\\(\"([a-z0-9.-]+)\"\\s*[,)]");
    /** An attribute a person reads or hears whose value is neither empty nor an expression: it must come from the texts too. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("\\s(?:title|alt|aria-label|placeholder|value)=\"(?!\\$\\{|\")");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertEquals(keys(Language.NL), keys(Language.EN));
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = keys(Language.NL);
        for (Path template : templates()) {
            Matcher key = KEY.matcher(Files.readString(template));
            while (key.find()) {
                assertTrue(known.contains(key.group(1)), template + " names the missing text " + key.group(1));
            }
        }
    }

    @Test
    void noTemplateHoldsATextOfItsOwn() throws IOException {
        for (Path template : templates()) {
            String source = Files.readString(template);
            Matcher attribute = READ_ATTRIBUTE.matcher(source);
            assertTrue(!attribute.find(), () -> template + " has a hard-coded text in " + source.substring(attribute.start(),
                    Math.min(source.length(), attribute.end() + 40)));
            for (String text : visibleTexts(source)) {
                assertTrue(text.matches("[\\s\\p{Punct}·–—]*"), template + " has the hard-coded text '" + text + "'");
            }
        }
    }

    /** What would reach the reader as text: the template without its directives, expressions, comments and tags. */
    private static List<String> visibleTexts(String source) {
        String text = source.replaceAll("(?s)<%--.*?--%>", " ")
                .replaceAll("(?m)^\\s*@(import|param|template)\\b.*$", " ")
                .replaceAll("@(?:if|elseif|for)\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)", " ")
                .replaceAll("@(?:endif|endfor|else)\\b", " ")
                .replaceAll("[$!]\\{(?:[^{}]|\\{[^{}]*})*}", " ")
                .replaceAll("(?s)<!DOCTYPE[^>]*>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("@`|`\\)", " ");
        List<String> texts = new ArrayList<>();
        for (String piece : text.split("\\s{2,}|\\n")) {
            if (!piece.isBlank()) {
                texts.add(piece.trim());
            }
        }
        return texts;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".jte")).sorted().toList();
            assertTrue(!found.isEmpty(), "no templates under " + TEMPLATES.toAbsolutePath());
            return found;
        }
    }

    private static Set<String> keys(Language language) {
        Set<String> keys = new TreeSet<>();
        for (String bundle : Texts.BUNDLES) {
            String name = bundle + "_" + language.code() + ".properties";
            Properties texts = new Properties();
            try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(name)) {
                assertTrue(in != null, "no bundle " + name);
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : texts.stringPropertyNames()) {
                assertTrue(keys.add(key), "the text " + key + " is in two bundles, " + name + " among them");
            }
        }
        return keys;
    }
}
