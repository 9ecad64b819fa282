package nl.triade.registry.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.document.ParticipantRole;
import org.junit.jupiter.api.Test;

/**
 * Golden: the hash input and the hash of fixed events. Every stored event is verified against
 * exactly this layout, so a change here breaks the chain of every existing database; it needs a
 * new chain format, never an edited expectation.
 */
class EventHashGoldenTest {
    private static final String PREVIOUS = "8d0c3d1f2a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6";

    private static Event sectionUpdated() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", "zorginhoud");
        data.put("revision", 7);
        data.put("role", ParticipantRole.AUTHOR);
        data.put("texts", Map.of("comment:c_1", "ab"));
        data.put("keys", List.of("a", "b"));
        return new Event(42, Instant.parse("2026-11-24T12:00:00.123Z"), "acc_1", "diabetesvereniging", "section.updated",
                "doc_1", data, PREVIOUS, null);
    }

    @Test
    void anEventHasItsKnownHashInputAndHash() {
        Event event = sectionUpdated();
        assertEquals(PREVIOUS + "\n" + """
                {"actor":"acc_1","at":"2026-11-24T12:00:00.123Z","data":{"key":"zorginhoud","keys":["a","b"],\
                "revision":7,"role":"author","texts":{"comment:c_1":"ab"}},"document":"doc_1",\
                "organisation":"diabetesvereniging","seq":42,"type":"section.updated"}""", Event.hashInput(event.previousHash(),
                event.seq(), event.at(), event.actor(), event.organisation(), event.type(), event.document(), event.data()));
        assertEquals("d8cb658c07b30db8f47eb6c1bcd593ccaa5b7adaab75dd88233ad2a9778f098b", event.expectedHash());
    }

    @Test
    void theFirstEventOfASystemActorHasItsKnownHashInputAndHash() {
        Event event = new Event(1, Instant.parse("2026-01-01T00:00:00Z"), null, null, "registry.initialised", null, Map.of(),
                Event.GENESIS_HASH, null);
        assertEquals("0".repeat(64) + "\n" + """
                {"actor":null,"at":"2026-01-01T00:00:00Z","data":{},"document":null,"organisation":null,"seq":1,\
                "type":"registry.initialised"}""", Event.hashInput(event.previousHash(), event.seq(), event.at(), event.actor(),
                event.organisation(), event.type(), event.document(), event.data()));
        assertEquals("f0b24d726403583a5c69d0b37a619eb3ee677288900ef563a1f2d32f62d1d3c4", event.expectedHash());
    }
}
