package nl.triade.registry.domain.document;

import java.time.Instant;

/**
 * Lifecycle facts beside the status: when a consultation closes, and which revision (and content
 * hash) was frozen for authorisation. Approvals bind to that frozen hash.
 */
public record Workflow(Integer frozenRevision, String frozenHash, Instant consultationClosesAt) {
    public static final Workflow NONE = new Workflow(null, null, null);

    public boolean consultationClosedAt(Instant now) {
        return consultationClosesAt != null && !now.isBefore(consultationClosesAt);
    }
}
