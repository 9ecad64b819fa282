package nl.triade.registry.store.audit;

import java.util.List;
import java.util.function.Consumer;
import nl.triade.registry.domain.audit.StoredText;
import nl.triade.registry.domain.audit.StoredTexts;
import nl.triade.registry.domain.audit.TextAttestations;
import org.jdbi.v3.core.Handle;

/**
 * The chain-covered texts of tables {@code comments}, {@code approvals} and {@code revisions},
 * streamed table by table (no sort over all of them), and the upgrade's list in
 * {@code texts_awaiting_attestation}.
 */
public final class JdbiStoredTexts implements StoredTexts {
    private final Handle handle;

    public JdbiStoredTexts(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void forEach(Consumer<StoredText> text) {
        handle.createQuery("SELECT id, body, rationale FROM comments")
                .map((row, context) -> new String[] {row.getString("id"), row.getString("body"), row.getString("rationale")})
                .forEach(comment -> {
                    text.accept(new StoredText(TextAttestations.commentBody(comment[0]), comment[1]));
                    text.accept(new StoredText(TextAttestations.commentRationale(comment[0]), comment[2]));
                });
        handle.createQuery("SELECT document_id, revision, organisation, motivation FROM approvals")
                .map((row, context) -> new StoredText(TextAttestations.approvalMotivation(row.getString("document_id"),
                        row.getLong("revision"), row.getString("organisation")), row.getString("motivation")))
                .forEach(text);
        handle.createQuery("SELECT d.id, r.number, r.note FROM revisions r JOIN documents d ON d.seq = r.document_seq")
                .map((row, context) -> new StoredText(TextAttestations.revisionNote(row.getString("id"), row.getLong("number")),
                        row.getString("note")))
                .forEach(text);
    }

    @Override
    public List<StoredText> awaitingAttestation() {
        return handle.createQuery("SELECT record, text FROM texts_awaiting_attestation ORDER BY record")
                .map((row, context) -> new StoredText(row.getString("record"), row.getString("text")))
                .list();
    }

    @Override
    public void attested() {
        handle.createUpdate("DELETE FROM texts_awaiting_attestation").execute();
    }
}
