package nl.triade.registry.domain.audit;

import java.util.Map;
import java.util.TreeMap;
import nl.triade.registry.domain.Transactions;

/**
 * The upgrade step for texts an earlier release stored outside the chain (comment bodies, revision
 * notes): at the first start after the upgrade they are attested by one event, as the database
 * held them then. From that event on an edit is detected; what happened before it, no chain can tell.
 */
public final class EarlierTexts {
    private final Transactions transactions;
    private final AuditTrail audit;

    public EarlierTexts(Transactions transactions, AuditTrail audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Attests the texts waiting for it, if any; returns how many. Looked for in a read first: at
     * every start but the first after an upgrade there are none, and a start then takes no write
     * lock, which would wait behind other instances' writes (and on PostgreSQL for the writer's mark
     * to settle, {@code WriterPresence}).
     */
    public int attest() {
        if (transactions.read(store -> store.storedTexts().awaitingAttestation().isEmpty())) {
            return 0;
        }
        return transactions.write(store -> {
            Map<String, Object> digests = new TreeMap<>();
            store.storedTexts().awaitingAttestation().forEach(text -> digests.put(text.record(), TextAttestations.sha256(text.text())));
            if (digests.isEmpty()) {
                return 0;
            }
            audit.record(store, null, null, EventType.CHAIN_TEXTS_ATTESTED, null, Map.of("texts", digests));
            store.storedTexts().attested();
            return digests.size();
        });
    }
}
