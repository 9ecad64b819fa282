package nl.triade.registry.http.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.document.CostEffect;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentLimits;
import nl.triade.registry.domain.document.FinancialImpact;
import nl.triade.registry.domain.document.InformationStandard;
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
                           Purpose purpose, String workInstruction, LocalDate reviewBy,
                           List<InformationStandardInput> informationStandards, String informationStandardsNotNeeded,
                           FinancialImpactInput financialImpact, Integer developedIn) {

    record MaintenancePlanInput(String maintainedBy, Integer reviewIntervalMonths) {
    }

    record InformationStandardInput(String identifier, String name, String version, String url) {
    }

    record FinancialImpactInput(CostEffect effect, Long eurosPerYear, String basis, Boolean significant, String assessedBy) {
    }

    record TimelineInput(String deliverable, LocalDate dueDate, String description) {
    }

    /** The stored fields in the shape a client sends them: what a merge patch is applied to. */
    static DocumentFieldsInput of(DocumentFields fields) {
        MaintenancePlan plan = fields.maintenancePlan();
        FinancialImpact impact = fields.financialImpact();
        return new DocumentFieldsInput(fields.title(), fields.condition(), fields.summary(), fields.patientVersion(),
                plan == null ? null : new MaintenancePlanInput(plan.maintainedBy(), plan.reviewIntervalMonths()),
                fields.timelines().stream().map(t -> new TimelineInput(t.deliverable(), t.dueDate(), t.description())).toList(),
                fields.standardId(), fields.purpose(), fields.workInstruction(), fields.reviewBy(),
                fields.informationStandards().stream().map(i -> new InformationStandardInput(i.identifier(), i.name(), i.version(),
                        i.url())).toList(),
                fields.informationStandardsNotNeeded(), impact == null ? null : new FinancialImpactInput(impact.effect(),
                        impact.eurosPerYear(), impact.basis(), impact.significant(), impact.assessedBy()), fields.developedIn());
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
        List<InformationStandardInput> standards = informationStandards == null ? List.of() : informationStandards;
        checkCriteriaFacts(check, standards);
        check.check();
        return new DocumentFields(title.strip(), condition, summary, patientVersion,
                maintenancePlan == null ? null : new MaintenancePlan(maintenancePlan.maintainedBy(), maintenancePlan.reviewIntervalMonths()),
                items.stream().map(t -> new Timeline(t.deliverable(), t.dueDate(), t.description())).toList(),
                standardId, purpose, workInstruction, reviewBy,
                standards.stream().map(i -> new InformationStandard(i.identifier(), i.name(), i.version(), i.url())).toList(),
                informationStandardsNotNeeded, financialImpact == null ? null : new FinancialImpact(financialImpact.effect(),
                        financialImpact.eurosPerYear(), financialImpact.basis(), financialImpact.significant(), financialImpact.assessedBy()),
                developedIn);
    }

    /**
     * The facts the frameworks' criteria judge are checked for form only: whether they satisfy a
     * criterion is the Toetsingskader's finding, so a draft may hold them half done.
     */
    private void checkCriteriaFacts(InputCheck check, List<InformationStandardInput> standards) {
        if (standards.size() > DocumentLimits.INFORMATION_STANDARDS) {
            check.violation("informationStandards", Rule.MAX_ITEMS, "at most " + DocumentLimits.INFORMATION_STANDARDS
                    + " information standards");
        }
        for (int i = 0; i < standards.size(); i++) {
            InformationStandardInput standard = standards.get(i);
            String at = "informationStandards[" + i + "]";
            if (standard == null) {
                check.violation(at, Rule.REQUIRED, at + " must be an object");
                continue;
            }
            check.required(at + ".name", standard.name())
                    .maxLength(at + ".name", standard.name(), DocumentLimits.INFORMATION_STANDARD_TEXT)
                    .maxLength(at + ".identifier", standard.identifier(), DocumentLimits.INFORMATION_STANDARD_TEXT)
                    .maxLength(at + ".version", standard.version(), DocumentLimits.INFORMATION_STANDARD_TEXT)
                    .maxLength(at + ".url", standard.url(), DocumentLimits.URL);
        }
        check.maxLength("informationStandardsNotNeeded", informationStandardsNotNeeded, DocumentLimits.MOTIVATION)
                .min("developedIn", developedIn, DocumentLimits.EARLIEST_YEAR)
                .max("developedIn", developedIn, DocumentLimits.LATEST_YEAR);
        if (financialImpact != null) {
            check.required("financialImpact.effect", financialImpact.effect())
                    .maxLength("financialImpact.basis", financialImpact.basis(), DocumentLimits.FINANCIAL_BASIS)
                    .maxLength("financialImpact.assessedBy", financialImpact.assessedBy(), DocumentLimits.ASSESSED_BY);
            if (financialImpact.eurosPerYear() != null && financialImpact.eurosPerYear() < 0) {
                check.violation("financialImpact.eurosPerYear", Rule.MINIMUM, "financialImpact.eurosPerYear must be at least 0; "
                        + "a decrease is effect decrease");
            }
        }
    }
}
