package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.support.ApiResponse;

/**
 * An answer of {@code GET /metrics} read as Prometheus reads its text format 0.0.4: every line is a
 * {@code # HELP}, a {@code # TYPE} (once per metric), another comment or a sample
 * {@code name{label="value",...} value}; anything else fails the test, naming the line.
 */
public final class PrometheusScrape {
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP [a-zA-Z_:][a-zA-Z0-9_:]*(?: .*)?");
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(?:,|$)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?|NaN|[-+]?Inf");

    /** One sample: its metric name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
        boolean has(Map<String, String> wanted) {
            return labels.entrySet().containsAll(wanted.entrySet());
        }
    }

    private final String text;
    private final List<Sample> samples;

    private PrometheusScrape(String text, List<Sample> samples) {
        this.text = text;
        this.samples = List.copyOf(samples);
    }

    /** The answer, which must be a {@code 200} in the text format; its every line is checked. */
    public static PrometheusScrape of(ApiResponse response) {
        assertEquals(200, response.status(), response.body());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", response.header("Content-Type"));
        List<Sample> samples = new ArrayList<>();
        Set<String> typed = new HashSet<>();
        for (String line : response.body().split("\n")) {
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                assertTrue(typed.add(type.group(1)), "a second TYPE line for " + type.group(1));
            } else if (line.startsWith("# TYPE")) {
                throw new AssertionError("not a TYPE line of the text format: " + line);
            } else if (line.startsWith("# HELP")) {
                assertTrue(HELP.matcher(line).matches(), "not a HELP line of the text format: " + line);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                samples.add(sample(line));
            }
        }
        return new PrometheusScrape(response.body(), samples);
    }

    private static Sample sample(String line) {
        Matcher sample = SAMPLE.matcher(line);
        assertTrue(sample.matches(), "not a sample of the text format: " + line);
        assertTrue(NUMBER.matcher(sample.group(3)).matches(), "not a value of the text format: " + line);
        Map<String, String> labels = new LinkedHashMap<>();
        String pairs = sample.group(2) == null ? "" : sample.group(2);
        Matcher label = LABEL.matcher(pairs);
        int end = 0;
        while (end < pairs.length() && label.find(end) && label.start() == end) {
            assertTrue(labels.put(label.group(1), label.group(2)) == null, "a label twice: " + line);
            end = label.end();
        }
        assertEquals(pairs.length(), end, "not labels of the text format: " + line);
        return new Sample(sample.group(1), labels, value(sample.group(3)));
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    public String text() {
        return text;
    }

    /** The samples of metric {@code name} that carry (at least) {@code labels}. */
    public List<Sample> samples(String name, Map<String, String> labels) {
        return samples.stream().filter(sample -> sample.name().equals(name) && sample.has(labels)).toList();
    }

    /** The one sample of metric {@code name} with {@code labels}; fails when there is none or several. */
    public double value(String name, Map<String, String> labels) {
        List<Sample> found = samples(name, labels);
        assertEquals(1, found.size(), "samples of " + name + " with " + labels + ": " + found);
        return found.get(0).value();
    }

    /** Every value the label {@code label} takes in metric {@code name}. */
    public Set<String> labelValues(String name, String label) {
        Set<String> values = new HashSet<>();
        samples.stream().filter(sample -> sample.name().equals(name) && sample.labels().containsKey(label))
                .forEach(sample -> values.add(sample.labels().get(label)));
        return values;
    }
}
