package nl.triade.registry.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.triade.registry.domain.TimeSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    private final InMemoryLog log = new InMemoryLog();
    private final InMemoryTexts texts = new InMemoryTexts();
    private final AuditTrail trail = new AuditTrail(new TimeSource(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)));

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

        @Override
        public Optional<Event> first(String document, String type, String member, long value) {
            return rows.stream().filter(event -> document.equals(event.document()) && type.equals(event.type())
                    && event.data().get(member) instanceof Number number && number.longValue() == value).findFirst();
        }

        @Override
        public List<Event> ofTypes(String document, Collection<String> types) {
            return rows.stream().filter(event -> document.equals(event.document()) && types.contains(event.type())).toList();
        }
    }

    /** Stored texts as a test sets them. */
    private static final class InMemoryTexts implements StoredTexts {
        final Map<String, String> rows = new LinkedHashMap<>();

        @Override
        public void forEach(Consumer<StoredText> text) {
            rows.forEach((record, value) -> text.accept(new StoredText(record, value)));
        }

        @Override
        public List<StoredText> awaitingAttestation() {
            return List.of();
        }

        @Override
        public void attested() {
        }
    }

    private ChainVerification verify() {
        return new ChainVerifier().verify(log, texts, null);
    }

    private void comment(String id, String body) {
        texts.rows.put(TextAttestations.commentBody(id), body);
        texts.rows.put(TextAttestations.commentRationale(id), null);
        trail.record(log, "acc_1", "org", EventType.COMMENT_CREATED, "doc_1",
                Map.of("comment", id, TextAttestations.BODY_DIGEST, TextAttestations.sha256(body)));
    }

    @BeforeEach
    void threeEvents() {
        for (int i = 1; i <= 3; i++) {
            trail.record(log, "acc_" + i, "org", EventType.SECTION_UPDATED, "doc_1", Map.of("key", "deel-" + i, "revision", i));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        ChainVerification verdict = verify();
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
        ChainVerification verdict = verify();
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
        assertEquals(3L, verify().brokenAt());
    }

    @Test
    void aRemovedEventIsReported() {
        log.rows.remove(1);
        assertEquals(3L, verify().brokenAt());
    }

    @Test
    void storedTextsThatMatchTheirEventsVerify() {
        comment("cmt_1", "Noem de fysiotherapeut.");
        assertTrue(verify().valid(), verify().toString());
    }

    @Test
    void anEditedCommentBodyIsReportedAtTheEventThatRecordedIt() {
        comment("cmt_1", "Noem de fysiotherapeut.");
        texts.rows.put(TextAttestations.commentBody("cmt_1"), "Geen opmerkingen.");
        ChainVerification verdict = verify();
        assertEquals(ChainVerification.STORED_TEXT_ALTERED, verdict.failure());
        assertEquals(4L, verdict.brokenAt());
    }

    @Test
    void aTextNoEventRecordedIsReportedWithoutASeq() {
        texts.rows.put(TextAttestations.commentBody("cmt_smuggled"), "Ingevoegd.");
        ChainVerification verdict = verify();
        assertEquals(ChainVerification.STORED_TEXT_ALTERED, verdict.failure());
        assertEquals(null, verdict.brokenAt());
    }

    @Test
    void theLatestAnswerCountsForARationale() {
        comment("cmt_1", "Noem de fysiotherapeut.");
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("comment", "cmt_1");
        resolved.put("rationale", "Overgenomen.");
        trail.record(log, "acc_1", "org", EventType.COMMENT_RESOLVED, "doc_1", resolved);
        resolved.put("rationale", null);
        trail.record(log, "acc_1", "org", EventType.COMMENT_REOPENED, "doc_1", resolved);
        assertTrue(verify().valid(), "reopened: no rationale stored");
        texts.rows.put(TextAttestations.commentRationale("cmt_1"), "Overgenomen.");
        assertEquals(ChainVerification.STORED_TEXT_ALTERED, verify().failure(), "the reopening removed the answer");
    }

    @Test
    void anAttestationThatContradictsAnEarlierOneOnABodyIsReported() {
        comment("cmt_1", "Noem de fysiotherapeut.");
        trail.record(log, null, null, EventType.CHAIN_TEXTS_ATTESTED, null,
                Map.of("texts", Map.of(TextAttestations.commentBody("cmt_1"), TextAttestations.sha256("Vervalst."))));
        texts.rows.put(TextAttestations.commentBody("cmt_1"), "Vervalst.");
        ChainVerification verdict = verify();
        assertEquals(ChainVerification.STORED_TEXT_ALTERED, verdict.failure());
        assertEquals(5L, verdict.brokenAt());
    }

    @Test
    void recordNamesAreAStoredFormat() {
        assertEquals("comment/cmt_1/body", TextAttestations.commentBody("cmt_1"));
        assertEquals("comment/cmt_1/rationale", TextAttestations.commentRationale("cmt_1"));
        assertEquals("approval/doc_1/7/zorgverzekeraar-a/motivation", TextAttestations.approvalMotivation("doc_1", 7, "zorgverzekeraar-a"));
        assertEquals("revision/doc_1/3/note", TextAttestations.revisionNote("doc_1", 3));
    }
}
