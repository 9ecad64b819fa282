package nl.triade.registry.domain.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * Reading registered editions, and the Register's withdrawal of one. They are public like the
 * Register itself, whatever the document's current state: a standard being revised stays readable
 * in the edition that is in force, and an edition superseded, withdrawn or expired stays readable
 * with that status. A document without editions is visible only to those who may read the document.
 */
public final class EditionService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public EditionService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** An edition with the content that was registered. */
    public record EditionContent(Edition edition, RevisionSnapshot snapshot) {
    }

    public List<Edition> list(Caller caller, String documentId) {
        return transactions.read(store -> editions(store, caller, documentId));
    }

    public EditionContent get(Caller caller, String documentId, int version) {
        return transactions.read(store -> content(store, caller, documentId, version));
    }

    /** {@link #get} inside the caller's transaction, for readers of an edition in another form. */
    static EditionContent content(Store store, Caller caller, String documentId, int version) {
        Edition edition = edition(store, caller, documentId, version);
        RevisionSnapshot snapshot = store.documents().revision(documentId, edition.revision())
                .orElseThrow(() -> new IllegalStateException("edition " + documentId + "/" + version + " names a missing revision"));
        return new EditionContent(edition, snapshot);
    }

    /**
     * Withdraws edition {@code version} from the Register, on the Register's decision only, with its
     * reason; one in force or expired, not one already superseded or withdrawn.
     */
    public Edition withdraw(Caller caller, String documentId, int version, String reason) {
        if (!caller.speaksForRegister()) {
            throw new ForbiddenException(Rule.REGISTER_DECIDES, "only the Register withdraws an edition from the Register");
        }
        return transactions.write(store -> {
            Edition edition = edition(store, caller, documentId, version);
            List<EditionStatus> withdrawable = List.of(EditionStatus.IN_FORCE, EditionStatus.EXPIRED);
            if (!store.editions().move(documentId, version, withdrawable, EditionStatus.WITHDRAWN, reason, time.now())) {
                throw new RuleViolationException(Rule.EDITION_NOT_IN_FORCE, "edition " + version + " is "
                        + WireNames.of(edition.status()) + "; only an edition in force or expired is withdrawn");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("version", version);
            data.put("reason", reason);
            audit.record(store, caller, EventType.EDITION_WITHDRAWN, documentId, data);
            return edition(store, caller, documentId, version);
        });
    }

    private static Edition edition(Store store, Caller caller, String documentId, int version) {
        return editions(store, caller, documentId).stream().filter(candidate -> candidate.version() == version)
                .findFirst().orElseThrow(() -> new NotFoundException("edition", documentId + "/" + version));
    }

    /** A document's editions; when it has none, only its readers may learn that. */
    private static List<Edition> editions(Store store, Caller caller, String documentId) {
        List<Edition> editions = store.editions().of(documentId);
        if (editions.isEmpty()) {
            requireReadable(store, caller, documentId);
        }
        return editions;
    }

    private static void requireReadable(Store store, Caller caller, String documentId) {
        DocumentLookup.readable(store, caller, documentId);
    }
}
