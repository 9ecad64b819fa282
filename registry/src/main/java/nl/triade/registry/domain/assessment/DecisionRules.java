package nl.triade.registry.domain.assessment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.framework.Framework;
import nl.triade.registry.domain.framework.Subject;

/** What each decision asks of the assessment, as pure functions of the criteria and what was assessed. */
final class DecisionRules {
    private DecisionRules() {
    }

    /** {@code registered}: every criterion assessed, each met or its tijdpad accepted. */
    static void requireRegistrable(List<Criterion> criteria, Map<Criterion, CriterionAssessment> assessed) {
        List<Criterion> open = criteria.stream().filter(criterion -> !assessed.containsKey(criterion)).toList();
        if (!open.isEmpty()) {
            throw new RuleViolationException(Rule.ASSESSMENT_INCOMPLETE, "registered needs every criterion assessed; not yet: "
                    + ids(open));
        }
        List<Criterion> unmet = unmet(criteria, assessed);
        if (!unmet.isEmpty()) {
            throw new RuleViolationException(Rule.CRITERIA_NOT_MET, "registered needs every criterion met or its tijdpad "
                    + "accepted; assessed as not met: " + ids(unmet) + " (decide not-registered, or change the assessment)");
        }
    }

    /** {@code not-registered} names the criteria assessed as not met: there must be one at least. */
    static List<Criterion> requireUnmet(List<Criterion> criteria, Map<Criterion, CriterionAssessment> assessed) {
        List<Criterion> unmet = unmet(criteria, assessed);
        if (unmet.isEmpty()) {
            throw new RuleViolationException(Rule.NO_UNMET_CRITERIA, "not-registered names the criteria that are not met; "
                    + "assess at least one as not-met first");
        }
        return unmet;
    }

    /**
     * Referral to the minister: Toetsingskader 3.0 names the financial consequences of a standard
     * (criterion 7), on which the minister may refuse it; so only such a standard, once its
     * criterion 7 is assessed, and only once.
     */
    static void requireReferable(Framework framework, Subject subject, Map<Criterion, CriterionAssessment> assessed,
                                 boolean referredBefore) {
        if (framework != Framework.TK_3 || subject != Subject.STANDARD) {
            throw new RuleViolationException(Rule.NOT_REFERABLE, "only a standard assessed under Toetsingskader 3.0 is referred "
                    + "to the minister (criterion 7)");
        }
        if (!assessed.containsKey(Criterion.TK3_C7)) {
            throw new RuleViolationException(Rule.NOT_REFERABLE, "assess criterion " + Criterion.TK3_C7.id()
                    + " (financial consequences) before referring the standard to the minister");
        }
        if (referredBefore) {
            throw new RuleViolationException(Rule.NOT_REFERABLE, "the submission was referred to the minister already; "
                    + "record the decision that follows the minister's answer");
        }
    }

    static List<Criterion> unmet(List<Criterion> criteria, Map<Criterion, CriterionAssessment> assessed) {
        return criteria.stream().filter(criterion -> assessed.containsKey(criterion) && !assessed.get(criterion).result().admits())
                .toList();
    }

    private static String ids(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).collect(Collectors.joining(", "));
    }
}
