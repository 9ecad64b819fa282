package nl.triade.registry.http.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.DocumentFields;
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

    DocumentFields validated() {
        InputCheck check = new InputCheck()
                .required("title", title).maxLength("title", title, 300)
                .maxLength("condition", condition, 200)
                .maxLength("summary", summary, 20_000)
                .maxLength("patientVersion", patientVersion, 100_000)
                .maxLength("standardId", standardId, 100)
                .maxLength("workInstruction", workInstruction, 100_000);
        if (maintenancePlan != null) {
            check.required("maintenancePlan.maintainedBy", maintenancePlan.maintainedBy())
                    .maxLength("maintenancePlan.maintainedBy", maintenancePlan.maintainedBy(), 200)
                    .required("maintenancePlan.reviewIntervalMonths", maintenancePlan.reviewIntervalMonths())
                    .min("maintenancePlan.reviewIntervalMonths", maintenancePlan.reviewIntervalMonths(), 1)
                    .max("maintenancePlan.reviewIntervalMonths", maintenancePlan.reviewIntervalMonths(), 120);
        }
        List<TimelineInput> items = timelines == null ? List.of() : timelines;
        if (items.size() > 50) {
            check.violation("timelines", "max-items", "at most 50 timelines");
        }
        for (int i = 0; i < items.size(); i++) {
            TimelineInput timeline = items.get(i);
            String at = "timelines[" + i + "]";
            if (timeline == null) {
                check.violation(at, "required", at + " must be an object");
                continue;
            }
            check.required(at + ".deliverable", timeline.deliverable()).maxLength(at + ".deliverable", timeline.deliverable(), 300)
                    .required(at + ".dueDate", timeline.dueDate())
                    .maxLength(at + ".description", timeline.description(), 2000);
        }
        check.check();
        return new DocumentFields(title.strip(), condition, summary, patientVersion,
                maintenancePlan == null ? null : new MaintenancePlan(maintenancePlan.maintainedBy(), maintenancePlan.reviewIntervalMonths()),
                items.stream().map(t -> new Timeline(t.deliverable(), t.dueDate(), t.description())).toList(),
                standardId, purpose, workInstruction, reviewBy);
    }
}
