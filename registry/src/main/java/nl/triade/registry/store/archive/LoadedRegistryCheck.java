package nl.triade.registry.store.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.audit.ChainVerification;
import nl.triade.registry.domain.audit.ChainVerifier;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.store.Engine;
import nl.triade.registry.store.HeldInserts;
import nl.triade.registry.store.audit.BatchChainHead;
import nl.triade.registry.store.audit.JdbiEventLog;
import nl.triade.registry.store.audit.JdbiStoredTexts;
import nl.triade.registry.store.document.StoredContentCheck;
import org.jdbi.v3.core.Handle;

/**
 * What a load must prove before it commits, with the registry's own code: the hash chain and the
 * texts it vouches for (the verifier behind {@code GET /api/v1/events/verify}), the chain's head as
 * the archive's header names it, every stored content hash recomputed, and each revision's hash as
 * the event that made the revision recorded it. Reports the first failure, naming its row.
 */
final class LoadedRegistryCheck {
    private static final int PAGE = 1000;
    private final Handle handle;
    private final ObjectMapper json;
    private final Engine engine;

    LoadedRegistryCheck(Handle handle, ObjectMapper json, Engine engine) {
        this.handle = handle;
        this.json = json;
        this.engine = engine;
    }

    Optional<String> firstFailure(ArchiveHeader.Head head) {
        JdbiEventLog events = new JdbiEventLog(handle, json, engine, BatchChainHead.unknown(), HeldInserts.atOnce(handle));
        ChainVerification chain = new ChainVerifier().verify(events, new JdbiStoredTexts(handle), null);
        if (!chain.valid()) {
            String row = chain.brokenAt() == null ? "" : "events (seq=" + chain.brokenAt() + "): ";
            return Optional.of(row + chain.reason() + " (" + chain.failure() + ")");
        }
        Optional<Event> last = events.last();
        boolean headHolds = head == null ? last.isEmpty()
                : last.isPresent() && last.get().seq() == head.seq() && last.get().hash().equals(head.hash());
        if (!headHolds) {
            return Optional.of("the chain ends at event " + last.map(Event::seq).orElse(0L) + ", not at the head the archive's header names ("
                    + (head == null ? "none" : head.seq()) + ")");
        }
        return new StoredContentCheck(handle, json).firstMismatch().or(() -> revisionsAsRecorded(events));
    }

    /** Each revision's contentHash against the one its event recorded (members "revision" and "contentHash"). */
    private Optional<String> revisionsAsRecorded(JdbiEventLog events) {
        Map<String, Recorded> recorded = new HashMap<>();
        List<Event> page = events.after(0, null, PAGE);
        while (!page.isEmpty()) {
            for (Event event : page) {
                if (event.document() != null && event.data().get("revision") instanceof Number
                        && event.data().get("contentHash") instanceof String) {
                    recorded.put(event.document() + "/" + ((Number) event.data().get("revision")).longValue(),
                            new Recorded(event.seq(), (String) event.data().get("contentHash")));
                }
            }
            page = events.after(page.get(page.size() - 1).seq(), null, PAGE);
        }
        return handle.createQuery("""
                        SELECT d.id, r.document_seq, r.number, r.content_hash FROM revisions r
                        JOIN documents d ON d.seq = r.document_seq ORDER BY r.document_seq, r.number""")
                .map((row, context) -> {
                    Recorded event = recorded.get(row.getString("id") + "/" + row.getLong("number"));
                    String hash = row.getString("content_hash");
                    return event == null || event.contentHash().equals(hash) ? null
                            : "revisions (document_seq=" + row.getLong("document_seq") + ", number=" + row.getLong("number")
                            + ": revision " + row.getLong("number") + " of document " + row.getString("id") + "): its contentHash "
                            + hash + " is not the " + event.contentHash() + " that event " + event.seq() + " recorded";
                })
                .stream()
                .filter(failure -> failure != null)
                .findFirst();
    }

    private record Recorded(long seq, String contentHash) {
    }
}
