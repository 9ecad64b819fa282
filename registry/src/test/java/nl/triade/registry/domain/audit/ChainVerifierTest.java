package nl.triade.registry.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    private final InMemoryLog log = new InMemoryLog();
    private final AuditTrail trail = new AuditTrail(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    /** A hand-written log whose rows a test may tamper with, as someone with database access could. */
    private static final class InMemoryLog implements EventLog {
        final List<Event> rows = new ArrayList<>();

        @Override
        public Optional<Event> last() {
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
        }

        @Override
        public void append(Event event) {
            rows.add(event);
        }

        @Override
        public List<Event> after(long after, String document, int limit) {
            return rows.stream().filter(event -> event.seq() > after).limit(limit).toList();
        }
    }

    @BeforeEach
    void threeEvents() {
        for (int i = 1; i <= 3; i++) {
            trail.record(log, "acc_" + i, "org", "section.updated", "doc_1", Map.of("key", "deel-" + i, "revision", i));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        ChainVerification verdict = new ChainVerifier().verify(log);
        assertTrue(verdict.valid());
        assertEquals(3, verdict.checked());
    }

    @Test
    void eachEventLinksToThePreviousHash() {
        assertEquals(Event.GENESIS_HASH, log.rows.get(0).previousHash());
        assertEquals(log.rows.get(0).hash(), log.rows.get(1).previousHash());
    }

    @Test
    void anEditedEventIsReportedAtItsSeq() {
        Event original = log.rows.get(1);
        log.rows.set(1, new Event(original.seq(), original.at(), "acc_forger", original.organisation(), original.type(),
                original.document(), original.data(), original.previousHash(), original.hash()));
        ChainVerification verdict = new ChainVerifier().verify(log);
        assertFalse(verdict.valid());
        assertEquals(2L, verdict.brokenAt());
    }

    @Test
    void anEditedEventWithARecomputedHashBreaksTheNextLink() {
        Event original = log.rows.get(1);
        Map<String, Object> forged = Map.of("key", "vervalst", "revision", 2);
        String hash = Event.chainHash(original.previousHash(), original.seq(), original.at(), original.actor(),
                original.organisation(), original.type(), original.document(), forged);
        log.rows.set(1, new Event(original.seq(), original.at(), original.actor(), original.organisation(), original.type(),
                original.document(), forged, original.previousHash(), hash));
        assertEquals(3L, new ChainVerifier().verify(log).brokenAt());
    }

    @Test
    void aRemovedEventIsReported() {
        log.rows.remove(1);
        assertEquals(3L, new ChainVerifier().verify(log).brokenAt());
    }
}
