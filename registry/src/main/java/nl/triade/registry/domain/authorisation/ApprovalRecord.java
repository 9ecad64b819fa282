package nl.triade.registry.domain.authorisation;

import java.util.List;
import nl.triade.registry.domain.Store;

/** The decisions the parties took on one frozen revision: what a submission carries to the Register. */
public final class ApprovalRecord {
    private ApprovalRecord() {
    }

    public static List<Approval> forRevision(Store store, String documentId, int revision) {
        return store.approvals().forRevision(documentId, revision);
    }
}
