package nl.triade.registry.domain.notification;

import java.util.Collection;
import java.util.Optional;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.ParticipantRole;

/**
 * Whether a subscription hears of an event, as a pure function of the subscription, the event and
 * its document as it stands now. The organisation must be able to read the document at this moment:
 * a draft's events reach its participants only, however a subscription was made. A decision that
 * waits for the organisation (it authors the document) reaches it whatever it follows; every other
 * kind needs the document (or agenda item) to be followed.
 */
final class SubscriptionMatch {
    private SubscriptionMatch() {
    }

    static boolean matches(Subscription subscription, EventKind kind, Event event, Optional<Document> document) {
        if (event.seq() <= subscription.fromSeq() || !subscription.terms().kinds().contains(kind)) {
            return false;
        }
        String organisation = subscription.organisation();
        Follows follows = subscription.terms().follows();
        if (event.document() == null) {
            return aboutAgendaItem(organisation, follows, event);
        }
        if (document.isEmpty() || !DocumentAccess.readableByOrganisation(organisation, document.get())) {
            return false;
        }
        Document about = document.get();
        if (kind == EventKind.DECISION_NEEDED) {
            return about.content().hasAuthor(organisation);
        }
        return follows.documents().contains(about.id())
                || follows.participating() && about.content().participant(organisation)
                        .filter(participant -> participant.role() != ParticipantRole.DECLINED).isPresent()
                || follows.followsCondition(about.content().fields().condition());
    }

    /** Whether the organisation may still read the event's document (or it has none: the agenda is public). */
    static boolean stillReadable(String organisation, Event event, Optional<Document> document) {
        return event.document() == null || document.filter(found -> DocumentAccess.readableByOrganisation(organisation, found)).isPresent();
    }

    /** The agenda is public: an item is followed by its condition, or by an organisation responsible for it. */
    private static boolean aboutAgendaItem(String organisation, Follows follows, Event event) {
        Object responsible = event.data().get("responsible");
        Object condition = event.data().get("condition");
        return follows.participating() && responsible instanceof Collection<?> slugs && slugs.contains(organisation)
                || condition instanceof String text && follows.followsCondition(text);
    }
}
