package nl.triade.registry.domain.submission;

import java.util.List;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentContent;

/** Everything one delivery hands to the submitter: the submission, the frozen content, its decisions and its audit excerpt. */
public record Outbound(Submission submission, Document document, DocumentContent content, List<Approval> approvals,
                       List<Event> events) {
}
