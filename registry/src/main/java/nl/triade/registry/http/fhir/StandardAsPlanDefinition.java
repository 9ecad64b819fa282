package nl.triade.registry.http.fhir;

import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.document.ExportView;
import nl.triade.registry.http.fhir.Fhir.CodeableConcept;
import nl.triade.registry.http.fhir.Fhir.RelatedArtifact;
import nl.triade.registry.http.fhir.PlanDefinition.Action;

/**
 * A standard as a PlanDefinition of type clinical protocol: a knowledge artifact like the Measure
 * (url, version, status, publisher; a Composition has none of these), that names the instruments
 * measuring it as related artifacts {@code composed-of} by their canonical URLs, and holds its
 * sections as actions. It is how HL7's clinical guidelines implementation guide represents a guideline.
 */
final class StandardAsPlanDefinition {
    private static final CodeableConcept CLINICAL_PROTOCOL = CodeableConcept.of(
            "http://terminology.hl7.org/CodeSystem/plan-definition-type", "clinical-protocol", "Clinical Protocol");

    private StandardAsPlanDefinition() {
    }

    static PlanDefinition of(ExportView view, Canonicals canonicals) {
        List<RelatedArtifact> related = new ArrayList<>(EvidenceArtifacts.of(view.content().evidence()));
        view.instruments().forEach(instrument -> related.add(new RelatedArtifact("composed-of", null, instrument.title(), null,
                canonicals.url("Measure", instrument.id()))));
        return new PlanDefinition(KnowledgeArtifact.of("PlanDefinition", view, canonicals, null, related), CLINICAL_PROTOCOL,
                view.content().sections().stream()
                        .map(section -> new Action(section.key(), section.title(), section.body())).toList());
    }
}
