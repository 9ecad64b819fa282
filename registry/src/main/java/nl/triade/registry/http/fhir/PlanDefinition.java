package nl.triade.registry.http.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import nl.triade.registry.http.fhir.Fhir.CodeableConcept;

/** A standard as a FHIR R4 {@code PlanDefinition} of type clinical protocol: its metadata, and one action per section. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record PlanDefinition(String resourceType, @JsonUnwrapped KnowledgeArtifact artifact, CodeableConcept type, List<Action> action) {

    PlanDefinition(KnowledgeArtifact artifact, CodeableConcept type, List<Action> action) {
        this("PlanDefinition", artifact, type, action);
    }

    /** A section: its key as the action's id, its title, and its text (Markdown). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Action(String id, String title, String description) {
    }
}
