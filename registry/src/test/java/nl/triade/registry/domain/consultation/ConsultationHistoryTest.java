package nl.triade.registry.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventType;
import org.junit.jupiter.api.Test;

/** Rounds as the audit events of every release tell them. */
class ConsultationHistoryTest {
    private final List<Event> events = new ArrayList<>();

    private void event(EventType type, int revision, String from, String closesAt) {
        Map<String, Object> data = new HashMap<>();
        data.put("revision", revision);
        data.put("from", from);
        data.put("closesAt", closesAt);
        events.add(new Event(events.size() + 1, Instant.parse("2027-01-01T00:00:00Z").plusSeconds(events.size()), null, null,
                type.wire(), "doc", data, Event.GENESIS_HASH, Event.GENESIS_HASH));
    }

    @Test
    void eachOpeningStartsARoundAndEachWayOfClosingEndsIt() {
        event(EventType.DOCUMENT_OPEN_CONSULTATION, 3, "draft", "2027-02-12T00:00:00Z");
        event(EventType.DOCUMENT_CLOSE_CONSULTATION, 4, "consultation", null);
        event(EventType.DOCUMENT_OPEN_CONSULTATION, 7, "draft", null);
        event(EventType.CONSULTATION_EXPIRED, 8, "consultation", "2027-03-01T00:00:00Z");
        event(EventType.DOCUMENT_OPEN_CONSULTATION, 9, "draft", "2027-05-01T00:00:00Z");
        event(EventType.DOCUMENT_WITHDRAW, 10, "consultation", null);

        List<ConsultationRound> rounds = ConsultationHistory.rounds(events);

        assertEquals(List.of(1, 2, 3), rounds.stream().map(ConsultationRound::number).toList());
        assertEquals(List.of(RoundEnding.CLOSED, RoundEnding.EXPIRED, RoundEnding.WITHDRAWN),
                rounds.stream().map(ConsultationRound::ending).toList());
        assertEquals(List.of(3, 7, 9), rounds.stream().map(ConsultationRound::openedOnRevision).toList());
        assertEquals(List.of(4, 8, 10), rounds.stream().map(ConsultationRound::closedOnRevision).toList());
        assertEquals(Instant.parse("2027-02-12T00:00:00Z"), rounds.get(0).closesAt());
        assertEquals(null, rounds.get(1).closesAt(), "opened before a closing time was required");
        assertEquals(events.get(1).at(), rounds.get(0).closedAt());
    }

    @Test
    void aWithdrawalOfADraftEndsNoRoundAndAnOpenRoundHoldsEveryLaterRevision() {
        event(EventType.DOCUMENT_WITHDRAW, 2, "draft", null);
        event(EventType.DOCUMENT_OPEN_CONSULTATION, 5, "draft", "2027-02-12T00:00:00Z");

        List<ConsultationRound> rounds = ConsultationHistory.rounds(events);

        assertEquals(1, rounds.size());
        ConsultationRound open = rounds.get(0);
        assertEquals(null, open.ending());
        assertFalse(open.holds(4));
        assertTrue(open.holds(5));
        assertTrue(open.holds(50));
    }

    @Test
    void aRoundHoldsTheRevisionsFromItsOpeningUpToItsClose() {
        event(EventType.DOCUMENT_OPEN_CONSULTATION, 3, "draft", null);
        event(EventType.DOCUMENT_CLOSE_CONSULTATION, 4, "consultation", null);

        ConsultationRound round = ConsultationHistory.rounds(events).get(0);

        assertEquals(List.of(false, true, false), List.of(round.holds(2), round.holds(3), round.holds(4)));
    }
}
