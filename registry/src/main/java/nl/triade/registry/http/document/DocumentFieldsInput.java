package nl.triade.registry.http.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentLimits;
import nl.triade.registry.domain.document.MaintenancePlan;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.domain.document.Timeline;
import nl.triade.registry.http.InputCheck;

/**
 * A document's own fields as a client sends them: in full when creating (with {@code kind}, see
 * {@link DocumentCreate}), or as the result of applying a merge patch to the stored fields.
 */
record DocumentFieldsInput(String title, String condition, String summary, String patientVersion,
                           MaintenancePlanInput maintenancePlan, List<TimelineInput> timelines, String standardId,
                           Purpose purpose, String workInstruction, LocalDate reviewBy) {

    record MaintenancePlanInput(String maintainedBy, Integer reviewIntervalMonths) {
    }

    record TimelineInput(String deliverable, LocalDate dueDate, String description) {
    }

    /** The stored fields in the shape a client sends them: what a merge patch is applied to. */
    static DocumentFieldsInput of(DocumentFields fields) {
        MaintenancePlan plan = fields.maintenancePlan();
        return new DocumentFieldsInput(fields.title(), fields.condition(), fields.summary(), fields.patientVersion(),
                plan == null ? null : new MaintenancePlanInput(plan.maintainedBy(), plan.reviewIntervalMonths()),
                fields.timelines().stream().map(t -> new TimelineInput(t.deliverable(), t.dueDate(), t.description())).toList(),
                fields.standardId(), fields.purpose(), fields.workInstruction(), fields.reviewBy());
    }

    DocumentFields validated() {
        InputCheck check = new InputCheck()
                .required("title", title).maxLength("title", title, DocumentLimits.TITLE)
                .maxLength("condition", condition, DocumentLimits.CONDITION)
                .maxLength("summary", summary, DocumentLimits.SUMMARY)
                .maxLength("patientVersion", patientVersion, DocumentLimits.PATIENT_VERSION)
                .maxLength("standardId", standardId, DocumentLimits.STANDARD_ID)
                .maxLength("workInstruction", workInstruction, DocumentLimits.WORK_INSTRUCTION);
        if (maintenancePlan != null) {
            check.required("maintenancePlan.maintainedBy", maintenancePlan.maintainedBy())
                    .maxLength("maintenancePlan.maintainedBy", maintenancePlan.maintainedBy(), DocumentLimits.MAINTAINED_BY)
                    .required("maintenancePlan.reviewIntervalMonths", maintenancePlan.reviewIntervalMonths())
                    .min("maintenancePlan.reviewIntervalMonths", maintenancePlan.reviewIntervalMonths(), 1)
                    .max("maintenancePlan.reviewIntervalMonths", maintenancePlan.reviewIntervalMonths(), 120);
        }
        List<TimelineInput> items = timelines == null ? List.of() : timelines;
        if (items.size() > DocumentLimits.TIMELINES) {
            check.violation("timelines", Rule.MAX_ITEMS, "at most " + DocumentLimits.TIMELINES + " timelines");
        }
        for (int i = 0; i < items.size(); i++) {
            TimelineInput timeline = items.get(i);
            String at = "timelines[" + i + "]";
            if (timeline == null) {
                check.violation(at, Rule.REQUIRED, at + " must be an object");
                continue;
            }
            check.required(at + ".deliverable", timeline.deliverable()).maxLength(at + ".deliverable", timeline.deliverable(), DocumentLimits.TIMELINE_DELIVERABLE)
                    .required(at + ".dueDate", timeline.dueDate())
                    .maxLength(at + ".description", timeline.description(), DocumentLimits.TIMELINE_DESCRIPTION);
        }
        check.check();
        return new DocumentFields(title.strip(), condition, summary, patientVersion,
                maintenancePlan == null ? null : new MaintenancePlan(maintenancePlan.maintainedBy(), maintenancePlan.reviewIntervalMonths()),
                items.stream().map(t -> new Timeline(t.deliverable(), t.dueDate(), t.description())).toList(),
                standardId, purpose, workInstruction, reviewBy);
    }
}
