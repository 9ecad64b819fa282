package nl.triade.registry.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import org.junit.jupiter.api.Test;

class ValidatorReachTest {
    private static final DocumentContent CONTENT = new DocumentContent(DocumentKind.STANDARD,
            new DocumentFields("Diabetes", null, null, null, null, List.of(), null, null, null, null),
            List.of(new Participant("patienten", ParticipantRole.AUTHOR, null),
                    new Participant("artsen", ParticipantRole.COMMENTER, null),
                    new Participant("verzekeraar", ParticipantRole.DECLINED, "geen capaciteit")),
            List.of(), List.of(), List.of());
    private static final Map<String, OrganisationKind> KINDS = Map.of("patienten", OrganisationKind.PATIENT,
            "artsen", OrganisationKind.PROVIDER, "verzekeraar", OrganisationKind.INSURER, "elders", OrganisationKind.PATIENT,
            "zorginstituut", OrganisationKind.REGISTER);

    private static ValidationFinding weighed(String organisation, FindingSeverity severity) {
        return ValidatorReach.weigh(List.of(new ValidationFinding("plugin", "rule", severity, null, "message", organisation, false)),
                CONTENT, KINDS).get(0);
    }

    @Test
    void theInstallationsOwnValidatorAndTheRegistersBindEveryDocument() {
        assertTrue(weighed(null, FindingSeverity.ERROR).blocking());
        assertTrue(weighed("zorginstituut", FindingSeverity.ERROR).blocking());
    }

    @Test
    void anOrganisationsValidatorBindsOnlyWhatItAuthors() {
        assertTrue(weighed("patienten", FindingSeverity.ERROR).blocking());
        for (String outsider : List.of("artsen", "verzekeraar", "elders")) {
            ValidationFinding finding = weighed(outsider, FindingSeverity.ERROR);
            assertFalse(finding.blocking(), outsider);
            assertTrue(finding.advice(), outsider);
            assertEquals(outsider, finding.organisation());
        }
    }

    @Test
    void warningsNeverBlockWhoeverMadeThem() {
        assertFalse(weighed(null, FindingSeverity.WARNING).blocking());
        assertFalse(weighed("patienten", FindingSeverity.INFO).blocking());
    }

    @Test
    void aReportWithOnlyAdvicePasses() {
        ValidationReport report = new ValidationReport("doc_1", 1, "hash", List.of(weighed("elders", FindingSeverity.ERROR)),
                Instant.EPOCH);
        assertTrue(report.passed());
    }
}
