package nl.triade.registry.web.workspace;

import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.workflow.TransitionAction;
import nl.triade.registry.web.Refusal;

/**
 * The lifecycle step a person sent, as the page shows it again: the action, the closing day as
 * typed, the field error on that day or on the confirmation ({@code error}, a rule's wire id), a
 * refusal by a rule of the domain, or the step just taken ({@code done}).
 *
 * @param closesOn  the closing day of a consultation as typed (day-month-year or ISO, see ClosingDay)
 * @param confirmed whether the box "I am sure" of withdrawing was ticked
 */
public record StepForm(TransitionAction action, String closesOn, boolean confirmed, String error, Refusal refusal,
                       TransitionAction done) {

    static StepForm empty() {
        return new StepForm(null, null, false, null, null, null);
    }

    /** A sent form, with the error a person can correct before the domain is asked (a missing day, an unticked box). */
    static StepForm sent(TransitionAction action, String closesOn, boolean confirmed) {
        String day = closesOn == null ? null : closesOn.strip();
        String error = null;
        if (action == TransitionAction.OPEN_CONSULTATION) {
            error = day == null || day.isEmpty() ? Rule.REQUIRED.wire() : isDate(day) ? null : Rule.FORMAT.wire();
        } else if (action == TransitionAction.WITHDRAW && !confirmed) {
            error = "confirm";
        }
        return new StepForm(action, day, confirmed, error, null, null);
    }

    StepForm withNotice(TransitionAction taken) {
        return new StepForm(action, closesOn, confirmed, error, refusal, taken);
    }

    StepForm refused(Refusal why) {
        return new StepForm(action, closesOn, confirmed, error, why, null);
    }

    StepForm invalid(Rule rule) {
        return new StepForm(action, closesOn, confirmed, rule.wire(), null, null);
    }

    /** The field error's text key, for the field of this form's action. */
    public String errorKey() {
        return action == TransitionAction.WITHDRAW ? "workspace.step.withdraw.error" : "workspace.step.closes-on.error." + error;
    }

    /** Whether the page shows this form's error on {@code shown}'s form. */
    public boolean errorOn(TransitionAction shown) {
        return error != null && action == shown;
    }

    private static boolean isDate(String value) {
        return ClosingDay.parse(value).isPresent();
    }
}
