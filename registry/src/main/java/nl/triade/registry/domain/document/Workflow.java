package nl.triade.registry.domain.document;

import java.time.Instant;
import nl.triade.registry.domain.CanonicalJson;

/**
 * Lifecycle facts beside the status: when a consultation closes, which revision (and content
 * hash) was frozen for authorisation, and for a withdrawn document the status it was withdrawn
 * from. Approvals bind to that frozen hash; who may read a withdrawn document follows from the
 * status it left ({@link DocumentAccess}). Stored as the document's {@code workflow} JSON under
 * these names, so they never change.
 */
public record Workflow(@CanonicalJson.Name("frozenRevision") Integer frozenRevision,
                       @CanonicalJson.Name("frozenHash") String frozenHash,
                       @CanonicalJson.Name("consultationClosesAt") Instant consultationClosesAt,
                       @CanonicalJson.Name("withdrawnFrom") DocumentStatus withdrawnFrom) {
    public static final Workflow NONE = new Workflow(null, null, null, null);

    public boolean consultationClosedAt(Instant now) {
        return consultationClosesAt != null && !now.isBefore(consultationClosesAt);
    }

    /** The same facts, for a document withdrawn while it was {@code status}. */
    public Workflow withdrawnFrom(DocumentStatus status) {
        return new Workflow(frozenRevision, frozenHash, consultationClosesAt, status);
    }
}
