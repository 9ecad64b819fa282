package nl.triade.registry.domain.consultation;

import java.time.Instant;

/**
 * One stretch of a document in consultation, from {@code open-consultation} to its close, numbered
 * from 1 in the order they were opened. Content changes only in draft, so the whole round is on
 * revision {@code openedOnRevision}; {@code closedOnRevision} is the revision its close made (null,
 * like {@code closedAt} and {@code ending}, while the round is open). {@code closesAt} is null for
 * consultations opened before a closing time was required.
 */
public record ConsultationRound(int number, Instant openedAt, int openedOnRevision, Instant closesAt, Instant closedAt,
                                Integer closedOnRevision, RoundEnding ending) {

    /** Whether a comment made on {@code revision} was made during this round. */
    public boolean holds(int revision) {
        return revision >= openedOnRevision && (closedOnRevision == null || revision < closedOnRevision);
    }

    ConsultationRound ended(Instant at, int revision, RoundEnding how) {
        return new ConsultationRound(number, openedAt, openedOnRevision, closesAt, at, revision, how);
    }
}
