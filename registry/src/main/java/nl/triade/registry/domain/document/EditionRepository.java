package nl.triade.registry.domain.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The registered editions. Their content never changes; only where each stands in the Register does. */
public interface EditionRepository {
    /** Stores a new edition with the tijdpaden its content promises the Register, in their order. */
    void insert(Edition edition, List<Timeline> timelines);

    /** A document's editions, oldest first. */
    List<Edition> of(String documentId);

    /** Marks every edition of the document before {@code version} that is in force or expired as superseded. */
    void supersedeBefore(String documentId, int version, Instant at);

    /** Moves the edition to {@code status} if it is in one of {@code from}; false when it was not. */
    boolean move(String documentId, int version, List<EditionStatus> from, EditionStatus status, String reason, Instant at);

    /** Editions registered before review dates were stored, whose review date is still to be read from their content. */
    List<Edition> withReviewDateUnread(int limit);

    /** Stores the review date read from the edition's content (null: it has none). */
    void setReviewDue(String documentId, int version, LocalDate reviewDue);

    /**
     * The tijdpaden of the document's editions in force or expired whose due date lies before
     * {@code today}, by edition and then in their order (superseded and withdrawn editions promise
     * the Register nothing any more).
     */
    List<EditionTimeline> overdueTimelines(String documentId, LocalDate today);

    /** As {@link #overdueTimelines(String, LocalDate)} over all documents, leaving out those the ledger noted; earliest due first. */
    List<EditionTimeline> overdueUnreported(LocalDate today, int limit);

    /** Editions in force whose review date lies before {@code today}, earliest first. */
    List<Edition> dueForExpiry(LocalDate today, int limit);
}
