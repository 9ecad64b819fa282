package nl.triade.registry.domain.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventHistory;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.DocumentStatus;

/**
 * A document's consultation rounds, read from the audit events every release has written with the
 * revision each status change made: {@code document.open-consultation} opens a round;
 * {@code document.close-consultation}, {@code consultation.expired} or a {@code document.withdraw}
 * from consultation ends it. Nothing is stored for rounds, so a database of any earlier release
 * has its rounds without a migration. Revision notes are not used: authors write those.
 */
final class ConsultationHistory {
    private static final Set<EventType> TYPES = Set.of(EventType.DOCUMENT_OPEN_CONSULTATION,
            EventType.DOCUMENT_CLOSE_CONSULTATION, EventType.CONSULTATION_EXPIRED, EventType.DOCUMENT_WITHDRAW);
    private static final String CONSULTATION = WireNames.of(DocumentStatus.CONSULTATION);

    private ConsultationHistory() {
    }

    static List<ConsultationRound> of(Store store, String documentId) {
        return rounds(EventHistory.ofTypes(store, documentId, TYPES));
    }

    /** The rounds the events (oldest first) tell of. */
    static List<ConsultationRound> rounds(List<Event> events) {
        List<ConsultationRound> rounds = new ArrayList<>();
        for (Event event : events) {
            ConsultationRound open = rounds.isEmpty() || rounds.get(rounds.size() - 1).ending() != null
                    ? null : rounds.get(rounds.size() - 1);
            EventType type = EventType.of(event.type()).orElseThrow();
            int revision = ((Number) event.data().get("revision")).intValue();
            if (type == EventType.DOCUMENT_OPEN_CONSULTATION) {
                rounds.add(new ConsultationRound(rounds.size() + 1, event.at(), revision, closesAt(event.data()), null, null, null));
            } else if (open != null && endsRound(type, event.data())) {
                rounds.set(rounds.size() - 1, open.ended(event.at(), revision, ending(type)));
            }
        }
        return List.copyOf(rounds);
    }

    private static boolean endsRound(EventType type, Map<String, Object> data) {
        return type != EventType.DOCUMENT_WITHDRAW || CONSULTATION.equals(data.get("from"));
    }

    private static RoundEnding ending(EventType type) {
        return switch (type) {
            case CONSULTATION_EXPIRED -> RoundEnding.EXPIRED;
            case DOCUMENT_WITHDRAW -> RoundEnding.WITHDRAWN;
            default -> RoundEnding.CLOSED;
        };
    }

    private static Instant closesAt(Map<String, Object> data) {
        return data.get("closesAt") instanceof String text ? Instant.parse(text) : null;
    }
}
