package nl.triade.registry.domain.work;

import java.time.Instant;
import java.time.LocalDate;
import nl.triade.registry.domain.document.DocumentKind;

/** The kinds of work one organisation may have waiting, each a row of "my work". */
public final class WorkItems {
    private WorkItems() {
    }

    /**
     * An open comment on a draft or a consultation the organisation authors: its authors answer it.
     * {@code excerpt} is the start of its body, at most {@link WorkRepository#EXCERPT} characters and
     * one more when the body goes on.
     */
    public record AwaitingAnswer(String documentId, String documentTitle, String commentId, String sectionKey,
                                 String organisation, String excerpt, Instant createdAt) {
    }

    /** A document in authorisation that the organisation authors and has not decided on in this round. */
    public record AwaitingDecision(String documentId, String title, DocumentKind kind, int revision, String contentHash,
                                   Instant since) {
    }

    /** A document in consultation on a condition one of the organisation's subscriptions follows; {@code closesAt} null when open-ended. */
    public record OpenConsultation(String documentId, String title, DocumentKind kind, String condition, Instant closesAt) {
    }

    /** A tijdpad of an edition in force (or expired) of a document the organisation authors, due before today. */
    public record OverdueTijdpad(String documentId, String title, int version, String deliverable, LocalDate dueDate) {
    }
}
