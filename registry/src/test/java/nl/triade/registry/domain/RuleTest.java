package nl.triade.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z]+(-[a-z]+)*");

    @Test
    void everyRuleHasItsOwnKebabCaseWireId() {
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::wire).collect(Collectors.toSet());
        assertEquals(Rule.values().length, ids.size());
        ids.forEach(id -> assertTrue(KEBAB.matcher(id).matches(), id));
    }

    @Test
    void everyRuleIsAnsweredWithAStatusThatARefusalHas() {
        // 406 is no refusal of the domain: the HTTP layer answers an Accept it cannot serve (ConsultationReportTest)
        Set<Integer> refusals = Set.of(400, 403, 406, 409, 413, 422, 429);
        Arrays.stream(Rule.values()).forEach(rule -> assertTrue(refusals.contains(rule.status()), rule.wire()));
    }

    @Test
    void eachRefusalCarriesOnlyRulesOfItsOwnStatus() {
        assertThrows(IllegalArgumentException.class, () -> new RuleViolationException(Rule.REQUIRED, "malformed"));
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException("field", Rule.NOT_DRAFT, "a state"));
        assertThrows(IllegalArgumentException.class, () -> new LimitExceededException(Rule.NOT_DRAFT, "field", 1, "a state"));
        assertThrows(IllegalArgumentException.class, () -> new ForbiddenException(Rule.NOT_DRAFT, "a state"));
        assertEquals(Rule.REGISTER_DECIDES, new ForbiddenException(Rule.REGISTER_DECIDES, "the Register decides").rule());
        assertEquals(409, new RuleViolationException(Rule.INSTRUMENT_ONLY, "kind").rule().status());
        assertEquals(400, new InvalidInputException("field", Rule.REQUIRED, "missing").violations().get(0).rule().status());
        assertTrue(new LimitExceededException(Rule.MAX_CONTENT_BYTES, "sections", 1, "too large").isSize());
        assertEquals(false, new LimitExceededException(Rule.MAX_SECTIONS, "sections", 1, "too many").isSize());
    }
}
