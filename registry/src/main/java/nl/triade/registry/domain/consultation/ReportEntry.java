package nl.triade.registry.domain.consultation;

import java.time.Instant;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.review.Disposition;

/**
 * One line of a consultation report: a comment, placed in its thread ({@code thread} is the id of the
 * comment that started it) and in the round of that thread (null: made outside any consultation
 * round), with the edition it led to (null while none is registered), the section as titled on the
 * revision it was made on, and the authors' answer ({@code answeredBy} null while it is open).
 */
public record ReportEntry(Integer round, Integer edition, String comment, String thread, String replyTo, int revision,
                          String sectionKey, String sectionTitle, Speaker commenter, String source, String body,
                          Instant createdAt, CommentStatus status, Disposition disposition, String rationale,
                          Speaker answeredBy, Instant answeredAt) {
}
