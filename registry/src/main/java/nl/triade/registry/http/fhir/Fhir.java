package nl.triade.registry.http.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The FHIR R4 data types the exports use, each with only the elements Triade fills. FHIR JSON has no
 * {@code null} and no empty arrays or objects, so every record leaves out what is empty.
 */
final class Fhir {
    private Fhir() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Coding(String system, String code, String display) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CodeableConcept(List<Coding> coding, String text) {
        static CodeableConcept of(String system, String code, String display) {
            return new CodeableConcept(List.of(new Coding(system, code, display)), null);
        }

        static CodeableConcept text(String text) {
            return new CodeableConcept(List.of(), text);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Identifier(String use, String system, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Meta(String versionId, Instant lastUpdated) {
    }

    /** {@code div} is XHTML in its own namespace; {@code generated}: made from the structured elements. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Narrative(String status, String div) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ContactDetail(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record UsageContext(Coding code, CodeableConcept valueCodeableConcept) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Period(LocalDate start, LocalDate end) {
    }

    /** {@code resource} is the canonical URL of another artifact. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RelatedArtifact(String type, String label, String display, String citation, String resource) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Expression(String language, String expression) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Extension(String url, CodeableConcept valueCodeableConcept) {
    }
}
