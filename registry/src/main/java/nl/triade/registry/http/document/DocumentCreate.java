package nl.triade.registry.http.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.NewDocument;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.document.DocumentFieldsInput.FinancialImpactInput;
import nl.triade.registry.http.document.DocumentFieldsInput.InformationStandardInput;
import nl.triade.registry.http.document.DocumentFieldsInput.MaintenancePlanInput;
import nl.triade.registry.http.document.DocumentFieldsInput.TimelineInput;

/** Body of {@code POST /documents}. */
record DocumentCreate(DocumentKind kind, String title, String condition, String summary, String patientVersion,
                      MaintenancePlanInput maintenancePlan, List<TimelineInput> timelines, String standardId,
                      Purpose purpose, String workInstruction, LocalDate reviewBy,
                      List<InformationStandardInput> informationStandards, String informationStandardsNotNeeded,
                      FinancialImpactInput financialImpact, Integer developedIn) {

    NewDocument validated() {
        new InputCheck().required("kind", kind).check();
        return new NewDocument(kind, new DocumentFieldsInput(title, condition, summary, patientVersion, maintenancePlan,
                timelines, standardId, purpose, workInstruction, reviewBy, informationStandards, informationStandardsNotNeeded,
                financialImpact, developedIn).validated());
    }
}
