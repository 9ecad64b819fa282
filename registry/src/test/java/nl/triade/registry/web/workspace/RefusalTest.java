package nl.triade.registry.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.Set;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.web.Language;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RefusalTest {
    /** Every rule the lifecycle and its transitions refuse with (domain/workflow), and the closing date's length. */
    private static final Set<Rule> TRANSITION_RULES = EnumSet.of(Rule.NOT_DRAFT, Rule.NOT_IN_CONSULTATION, Rule.NOT_WITHDRAWABLE,
            Rule.NOT_REVISABLE, Rule.OPEN_COMMENTS, Rule.VALIDATION_ERRORS, Rule.PARTIES_INCOMPLETE, Rule.TIMELINE_OVERDUE,
            Rule.CONSULTATION_TOO_SHORT);

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTransitionRuleIsExplainedInPlainWordsWithWhatToDo(Language language) {
        PageFrame frame = frame(language);
        for (Rule rule : TRANSITION_RULES) {
            Refusal refusal = Refusal.of(rule, frame);
            assertEquals(new Refusal(rule.wire(), "refusal." + rule.wire() + ".what", "refusal." + rule.wire() + ".todo"), refusal);
            assertFalse(frame.t(refusal.todoKey()).isBlank(), rule.wire());
            assertNotEquals(frame.t(refusal.whatKey()), frame.t(refusal.todoKey()), rule.wire());
        }
    }

    @Test
    void aRuleWithoutItsOwnTextsIsExplainedByTheGenericConflictText() {
        Refusal refusal = Refusal.of(Rule.ORGANISATION_EXISTS, frame(Language.NL));

        assertEquals(new Refusal("organisation-exists", "error.conflict.heading", "error.conflict.text"), refusal);
    }

    private static PageFrame frame(Language language) {
        return new PageFrame(language, Texts.of(language), "/assets/triade.css", "/assets/htmx.js", "/", null);
    }
}
