package nl.triade.registry.http.fhir;

import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.http.fhir.Fhir.RelatedArtifact;

/**
 * A document's evidence as related artifacts of type {@code justification} (R4: the supporting
 * evidence of a knowledge artifact): its title with its kind, respondents and date, and its
 * published reference as the citation.
 */
final class EvidenceArtifacts {
    private EvidenceArtifacts() {
    }

    static List<RelatedArtifact> of(List<Evidence> evidence) {
        return evidence.stream().map(EvidenceArtifacts::artifact).toList();
    }

    private static RelatedArtifact artifact(Evidence item) {
        List<String> facts = new ArrayList<>();
        facts.add(WireNames.of(item.type()));
        if (item.respondents() != null) {
            facts.add(item.respondents() + " respondents");
        }
        if (item.collectedOn() != null) {
            facts.add("collected on " + item.collectedOn());
        }
        return new RelatedArtifact("justification", null, item.title() + " (" + String.join(", ", facts) + ")",
                KnowledgeArtifact.blankToNull(item.reference()), null);
    }
}
