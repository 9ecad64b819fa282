package nl.triade.registry.store;

import nl.triade.registry.store.audit.BatchChainHead;
import nl.triade.registry.store.document.BatchDocuments;
import org.jdbi.v3.core.Handle;

/**
 * What one transaction keeps between its statements to spare some: the audit chain's head, the
 * inserts it holds back, the documents it read. A batch's writes share one; a read on its own gets
 * one that keeps nothing and holds nothing back.
 */
record BatchScope(BatchChainHead chainHead, HeldInserts held, BatchDocuments documents) {
    /** For a batch on {@code handle}; its inserts held back if {@code holdInserts}, for the batch to send before it commits. */
    static BatchScope forBatch(Handle handle, boolean holdInserts) {
        return new BatchScope(BatchChainHead.forBatch(),
                holdInserts ? HeldInserts.holding(handle) : HeldInserts.atOnce(handle),
                BatchDocuments.forBatch(handle));
    }

    static BatchScope none(Handle handle) {
        return new BatchScope(BatchChainHead.unknown(), HeldInserts.atOnce(handle), BatchDocuments.none());
    }
}
