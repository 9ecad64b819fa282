package nl.triade.registry.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTypeTest {
    /** Every type a release has written: each is inside the hash of stored events, so none may change or go. */
    private static final List<String> WRITTEN = List.of("registry.initialised", "organisation.created",
            "account.created", "account.role-changed", "token.created", "token.revoked", "document.created",
            "document.updated", "section.created", "section.updated", "section.deleted", "indicator.created",
            "indicator.updated", "indicator.deleted", "evidence.added", "evidence.removed", "participant.set",
            "participant.removed", "absence.recorded", "absence.removed", "document.open-consultation",
            "document.close-consultation", "document.request-authorisation", "document.withdraw", "document.revise",
            "document.draft", "document.final", "document.submitted", "document.registered", "document.rejected",
            "consultation.expired", "comment.created", "comment.resolved", "comment.reopened", "review.failed", "validation.completed",
            "approval.recorded", "submission.created", "submission.sent", "submission.failed", "submission.accepted",
            "submission.rejected", "chain.texts-attested", "timeline.overdue", "criterion.assessed", "submission.referred",
            "agenda-item.created", "agenda-item.updated", "agenda-item.linked", "agenda-item.met", "agenda-item.overdue",
            "agenda-item.assigned", "party.consulted", "edition.expired", "edition.withdrawn",
            "subscription.created", "subscription.deleted", "account.invited", "account.password-reset",
            "account.password-set");

    @Test
    void everyTypeEverWrittenIsStillInTheCatalogueUnderItsOwnWireString() {
        WRITTEN.forEach(wire -> assertEquals(wire, EventType.of(wire).map(EventType::wire).orElse(null), wire));
    }

    /** A new type joins {@code WRITTEN} with its first release, so that the list above stays complete. */
    @Test
    void everyTypeOfTheCatalogueIsListedAsWritten() {
        assertEquals(WRITTEN, Arrays.stream(EventType.values()).map(EventType::wire).toList());
    }

    @Test
    void aTypeNoReleaseWroteIsNoneOfTheCatalogue() {
        assertEquals(Optional.empty(), EventType.of("document.withdrawn"));
    }
}
