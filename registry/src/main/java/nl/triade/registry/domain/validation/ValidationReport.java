package nl.triade.registry.domain.validation;

import java.time.Instant;
import java.util.List;

/**
 * The findings of every applicable validator on one revision; it passed when no finding blocks the
 * document (an error of a validator instance that binds it, see {@link ValidatorReach}).
 */
public record ValidationReport(String documentId, int revision, String contentHash, List<ValidationFinding> findings,
                               Instant createdAt) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.stream().noneMatch(ValidationFinding::blocking);
    }
}
