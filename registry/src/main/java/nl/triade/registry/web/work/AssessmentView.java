package nl.triade.registry.web.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.triade.registry.web.Refusal;

/**
 * One submission's assessment as the Register reads and decides it: the framework in force on the
 * day it was submitted, each criterion with its last assessment, and the forms when the reader may
 * still assess and decide ({@code csrf} null otherwise). A refused form comes back with what was
 * typed ({@link CriterionForm}, {@link DecisionForm}), its field errors (rule wire names by field)
 * or the texts that explain the domain rule that refused it ({@code refusal}).
 */
public record AssessmentView(String submissionId, String documentId, String title, String frameworkTitle, LocalDate submittedOn,
                             int revision, String contentHash, String state, List<Line> lines, Referral referral,
                             String outcome, List<String> unmet, String csrf, CriterionForm criterionForm,
                             DecisionForm decisionForm, Refusal refusal, String notice) {

    /** One criterion and its last assessment ({@code result} null while unassessed). */
    public record Line(String criterion, String title, String result, String note, Instant assessedAt) {
    }

    /** The referral to the minister. */
    public record Referral(String reason, Instant referredAt) {
    }

    /** What was sent in the form of {@code criterion}, and its field errors. */
    public record CriterionForm(String criterion, String result, String note, Map<String, String> errors) {
    }

    /** What was sent in the decision form, and its field errors. */
    public record DecisionForm(String outcome, String registerReference, String reason, Map<String, String> errors) {
        static final DecisionForm EMPTY = new DecisionForm("", "", "", Map.of());
    }

    /** Whether the forms are shown: the reader speaks for the Register and nothing is decided yet. */
    public boolean decidable() {
        return csrf != null;
    }

    /** The form of {@code criterion} as it was sent, when it was refused; otherwise as the last assessment left it. */
    public CriterionForm formOf(Line line) {
        if (criterionForm != null && criterionForm.criterion().equals(line.criterion())) {
            return criterionForm;
        }
        return new CriterionForm(line.criterion(), line.result() == null ? "" : line.result(),
                line.note() == null ? "" : line.note(), Map.of());
    }
}
