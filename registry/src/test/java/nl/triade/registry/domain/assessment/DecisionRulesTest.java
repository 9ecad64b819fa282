package nl.triade.registry.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.framework.Framework;
import nl.triade.registry.domain.framework.Subject;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {
    private static final List<Criterion> TK3_STANDARD = Criterion.of(Framework.TK_3, Subject.STANDARD);

    private static Map<Criterion, CriterionAssessment> assessed(List<Criterion> criteria, CriterionResult result) {
        Map<Criterion, CriterionAssessment> assessed = new HashMap<>();
        criteria.forEach(criterion -> assessed.put(criterion, assessment(criterion, result)));
        return assessed;
    }

    private static CriterionAssessment assessment(Criterion criterion, CriterionResult result) {
        return new CriterionAssessment(criterion, result, null, "acc", "zorginstituut", Instant.EPOCH);
    }

    private static Rule refusal(Runnable decision) {
        return assertThrows(RuleViolationException.class, decision::run).rule();
    }

    @Test
    void registeredNeedsEveryCriterionAssessedAndNoneUnmet() {
        Map<Criterion, CriterionAssessment> assessed = assessed(TK3_STANDARD.subList(1, TK3_STANDARD.size()), CriterionResult.MET);
        assertEquals(Rule.ASSESSMENT_INCOMPLETE, refusal(() -> DecisionRules.requireRegistrable(TK3_STANDARD, assessed)));
        assessed.put(Criterion.TK3_C1, assessment(Criterion.TK3_C1, CriterionResult.NOT_MET));
        assertEquals(Rule.CRITERIA_NOT_MET, refusal(() -> DecisionRules.requireRegistrable(TK3_STANDARD, assessed)));
        assessed.put(Criterion.TK3_C1, assessment(Criterion.TK3_C1, CriterionResult.TIMELINE_ACCEPTED));
        DecisionRules.requireRegistrable(TK3_STANDARD, assessed);
    }

    @Test
    void notRegisteredNamesTheUnmetCriteriaInTheFrameworksOrder() {
        Map<Criterion, CriterionAssessment> assessed = assessed(TK3_STANDARD, CriterionResult.MET);
        assertEquals(Rule.NO_UNMET_CRITERIA, refusal(() -> DecisionRules.requireUnmet(TK3_STANDARD, assessed)));
        assessed.put(Criterion.TK3_C6, assessment(Criterion.TK3_C6, CriterionResult.NOT_MET));
        assessed.put(Criterion.TK3_C2, assessment(Criterion.TK3_C2, CriterionResult.NOT_MET));
        assertEquals(List.of(Criterion.TK3_C2, Criterion.TK3_C6), DecisionRules.requireUnmet(TK3_STANDARD, assessed));
    }

    @Test
    void onlyATk3StandardWithC7AssessedIsReferredAndOnlyOnce() {
        Map<Criterion, CriterionAssessment> withC7 = assessed(List.of(Criterion.TK3_C7), CriterionResult.MET);
        assertEquals(Rule.NOT_REFERABLE, refusal(() -> DecisionRules.requireReferable(Framework.TK_2015, Subject.STANDARD,
                assessed(Criterion.of(Framework.TK_2015, Subject.STANDARD), CriterionResult.MET), false)));
        assertEquals(Rule.NOT_REFERABLE, refusal(() -> DecisionRules.requireReferable(Framework.TK_3, Subject.INSTRUMENT,
                withC7, false)));
        assertEquals(Rule.NOT_REFERABLE, refusal(() -> DecisionRules.requireReferable(Framework.TK_3, Subject.STANDARD,
                Map.of(), false)));
        assertEquals(Rule.NOT_REFERABLE, refusal(() -> DecisionRules.requireReferable(Framework.TK_3, Subject.STANDARD,
                withC7, true)));
        DecisionRules.requireReferable(Framework.TK_3, Subject.STANDARD, withC7, false);
    }
}
