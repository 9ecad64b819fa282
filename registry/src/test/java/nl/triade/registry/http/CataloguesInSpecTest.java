package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.http.support.SpecValidator;
import org.junit.jupiter.api.Test;

/**
 * The catalogues in the code and the lists in {@code api-spec/openapi.yaml} are the same, both
 * ways: an id added on one side only, or answered with another status than the spec says, fails here.
 */
class CataloguesInSpecTest {
    private static final Pattern STATUS_LINE = Pattern.compile("^- `(\\d{3})`[^\\n]*?\\): (.*?)\\.$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("`([a-z-]+)`");

    private final JsonNode schemas = spec().path("components").path("schemas");

    @Test
    void theSpecListsEveryRuleOfTheCatalogueAndNoOther() {
        assertEquals(Arrays.stream(Rule.values()).map(Rule::wire).toList(), strings(schemas.path("Rule").path("enum")));
    }

    @Test
    void theSpecGivesEachRuleTheStatusOfTheCatalogue() {
        Map<String, Integer> catalogue = new TreeMap<>();
        Arrays.stream(Rule.values()).forEach(rule -> catalogue.put(rule.wire(), rule.status()));
        assertEquals(catalogue, documentedStatuses(schemas.path("Rule").path("description").asText()));
    }

    @Test
    void problemsAndTheirFieldErrorsNameRulesOfTheCatalogue() {
        JsonNode problem = schemas.path("Problem").path("properties");
        assertEquals("#/components/schemas/Rule", problem.path("rule").path("$ref").asText());
        assertEquals("#/components/schemas/Rule",
                problem.path("errors").path("items").path("properties").path("rule").path("$ref").asText());
    }

    @Test
    void theSpecListsEveryEventTypeOfTheCatalogueAndNoOther() {
        assertEquals(Arrays.stream(EventType.values()).map(EventType::wire).toList(),
                strings(schemas.path("EventType").path("enum")));
        assertEquals("#/components/schemas/EventType",
                schemas.path("Event").path("properties").path("type").path("$ref").asText());
    }

    @Test
    void theSpecListsEveryCriterionOfTheFrameworksAndNoOther() {
        assertEquals(Arrays.stream(Criterion.values()).map(Criterion::id).toList(), strings(schemas.path("Criterion").path("enum")));
    }

    /** The description's lines "- `409`, what it means: `a`, `b`." as rule to status. */
    private static Map<String, Integer> documentedStatuses(String description) {
        Map<String, Integer> statuses = new TreeMap<>();
        String items = description.replaceAll("\\n\\s+(?!- `)", " ");
        Matcher line = STATUS_LINE.matcher(items);
        while (line.find()) {
            int status = Integer.parseInt(line.group(1));
            Matcher id = ID.matcher(line.group(2));
            while (id.find()) {
                statuses.put(id.group(1), status);
            }
        }
        return statuses;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode spec() {
        try {
            return new YAMLMapper().readTree(Path.of(System.getProperty(SpecValidator.SPEC_PROPERTY)).toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the spec", e);
        }
    }
}
