package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.triade.registry.domain.CanonicalShape;
import nl.triade.registry.domain.document.Workflow;
import nl.triade.registry.domain.validation.ValidationFinding;
import org.junit.jupiter.api.Test;

/**
 * Golden: the shape of the stored JSON columns beside the content ({@link CanonicalShape}). Their
 * members are stored under their {@code @CanonicalJson.Name}, so a Java rename reads old rows
 * unchanged; this list notices one, and a component without a stored name fails here too.
 */
class StoredColumnsShapeTest {
    private static final String WHAT_TO_DO = """
            The shape of a stored JSON column changed (README: Formats that never change by accident).
            Renamed a Java record, component or its type only, and kept its @CanonicalJson.Name? Then update the Java
            side (left of ->) in this list. A new, removed or changed stored name, enum wire name or value type leaves
            every existing row of that column unreadable or read wrongly: give it a migration of the stored rows and a
            golden test of both texts in StoredColumnsGoldenTest, not just an edit of this list.""";

    @Test
    void theStoredColumnsHaveExactlyTheseStoredNames() {
        assertEquals("""
                workflow:
                Workflow.frozenRevision -> "frozenRevision": Integer
                Workflow.frozenHash -> "frozenHash": String
                Workflow.consultationClosesAt -> "consultationClosesAt": Instant
                Workflow.withdrawnFrom -> "withdrawnFrom": DocumentStatus
                DocumentStatus -> "draft", "consultation", "authorisation", "final", "submitted", "registered", \
                "rejected", "withdrawn"
                part_revisions:
                PartRevisionsColumn.sections -> "sections": Map<String, Integer>
                PartRevisionsColumn.indicators -> "indicators": Map<String, Integer>
                parts (revision manifest):
                RevisionManifest.kind -> "kind": DocumentKind
                RevisionManifest.fields -> "fields": long
                RevisionManifest.participants -> "participants": List<Long>
                RevisionManifest.sections -> "sections": List<Long>
                RevisionManifest.indicators -> "indicators": List<Long>
                RevisionManifest.evidence -> "evidence": List<Long>
                RevisionManifest.absences -> "absences": List<Long>
                DocumentKind -> "standard", "instrument"
                findings (list of):
                ValidationFinding.validator -> "validator": String
                ValidationFinding.rule -> "rule": String
                ValidationFinding.severity -> "severity": FindingSeverity
                ValidationFinding.path -> "path": String
                ValidationFinding.message -> "message": String
                ValidationFinding.organisation -> "organisation" (omitted when unset): String
                ValidationFinding.advice -> "advice" (omitted when unset): Boolean
                FindingSeverity -> "error", "warning", "info"
                """, "workflow:\n" + CanonicalShape.of(Workflow.class)
                + "part_revisions:\n" + CanonicalShape.of(PartRevisionsColumn.class)
                + "parts (revision manifest):\n" + CanonicalShape.of(RevisionManifest.class)
                + "findings (list of):\n" + CanonicalShape.of(ValidationFinding.class), WHAT_TO_DO);
    }
}
