package nl.triade.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.Set;
import nl.triade.registry.domain.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RefusalTest {
    /**
     * Every rule a form of the pages meets: the lifecycle's and its transitions' (domain/workflow)
     * with the closing date's length, commenting's, deciding's and the Register's assessment's.
     */
    private static final Set<Rule> FORM_RULES = EnumSet.of(Rule.NOT_DRAFT, Rule.NOT_IN_CONSULTATION, Rule.NOT_WITHDRAWABLE,
            Rule.NOT_REVISABLE, Rule.OPEN_COMMENTS, Rule.VALIDATION_ERRORS, Rule.PARTIES_INCOMPLETE, Rule.TIMELINE_OVERDUE,
            Rule.CONSULTATION_TOO_SHORT, Rule.CONSULTATION_CLOSED, Rule.NOT_OPEN_FOR_COMMENTS, Rule.COMMENT_REGISTERED,
            Rule.CONTENT_MISMATCH, Rule.ALREADY_DECIDED, Rule.NOT_IN_AUTHORISATION, Rule.ASSESSMENT_INCOMPLETE,
            Rule.CRITERIA_NOT_MET, Rule.NO_UNMET_CRITERIA, Rule.NOT_REFERABLE, Rule.OUTCOME_RECORDED, Rule.NOT_SUBMITTED,
            Rule.SUBMISSION_NOT_DELIVERED);

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRuleAFormMeetsIsExplainedInPlainWordsWithWhatToDo(Language language) {
        PageFrame frame = frame(language);
        for (Rule rule : FORM_RULES) {
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
