package nl.triade.registry.http.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import nl.triade.registry.http.fhir.Fhir.CodeableConcept;
import nl.triade.registry.http.fhir.Fhir.Expression;
import nl.triade.registry.http.fhir.Fhir.Extension;

/** An instrument as a FHIR R4 {@code Measure}: its metadata, and one group per indicator. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Measure(String resourceType, @JsonUnwrapped KnowledgeArtifact artifact, CodeableConcept scoring,
               List<CodeableConcept> type, CodeableConcept improvementNotation, String guidance, List<Group> group) {

    Measure(KnowledgeArtifact artifact, CodeableConcept scoring, List<CodeableConcept> type, CodeableConcept improvementNotation,
            String guidance, List<Group> group) {
        this("Measure", artifact, scoring, type, improvementNotation, guidance, group);
    }

    /**
     * One indicator: its key as the group's id and code; {@code extension} carries its scoring and
     * improvement notation where the indicators differ in them.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Group(String id, List<Extension> extension, CodeableConcept code, String description, List<Population> population) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Population(CodeableConcept code, Expression criteria) {
    }
}
