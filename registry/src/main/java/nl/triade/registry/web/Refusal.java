package nl.triade.registry.web;

import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;

/**
 * A rule of the domain that refused what a person asked on a form, explained on the page itself in
 * plain words: what happened and what to do. The texts are {@code refusal.<rule-id>.what} and
 * {@code refusal.<rule-id>.todo}, in whichever group's bundle knows the rule; a rule without them
 * is explained by the generic conflict text, so a new rule is never a missing text on a page.
 * Every group's forms explain their refusals through this one lookup; the template
 * {@code workspace/refusal.jte} shows it on the document page, the other groups in their own.
 *
 * @param rule    the rule's wire id, as the API names it in its problem
 * @param whatKey the text key saying what happened
 * @param todoKey the text key saying what the person can do now
 */
public record Refusal(String rule, String whatKey, String todoKey) {
    private static final String GENERIC_WHAT = "error.conflict.heading";
    private static final String GENERIC_WHAT_TO_DO = "error.conflict.text";

    /** The explanation of {@code refused} in the texts of {@code frame}. */
    public static Refusal of(RuleViolationException refused, PageFrame frame) {
        return of(refused.rule(), frame);
    }

    /** The explanation of {@code rule} in the texts of {@code frame}. */
    public static Refusal of(Rule rule, PageFrame frame) {
        String what = "refusal." + rule.wire() + ".what";
        String todo = "refusal." + rule.wire() + ".todo";
        boolean explained = frame.texts().has(what) && frame.texts().has(todo);
        return explained ? new Refusal(rule.wire(), what, todo) : new Refusal(rule.wire(), GENERIC_WHAT, GENERIC_WHAT_TO_DO);
    }
}
