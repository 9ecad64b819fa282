package nl.triade.registry.domain.submission;

import java.util.List;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.document.DocumentView;

/**
 * Everything one delivery hands to the submitter, read in one transaction: the submission, the
 * document at its frozen revision, the decisions on that revision, the document's audit excerpt
 * and the signed evidence pack made of them.
 */
public record Outbound(Submission submission, DocumentView document, List<Approval> approvals, List<Event> events,
                       EvidencePack evidence) {
}
