package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.actor.Caller;

/**
 * How every feature finds a document inside its own transaction. On a caller's behalf an absent
 * document and one the caller may not see are refused alike, so an id reveals nothing of a draft.
 */
public final class DocumentLookup {
    private DocumentLookup() {
    }

    /** The document if it exists, else the refusal of {@link DocumentAccess#notVisible}; read access is still to be checked. */
    public static Document located(Store store, Caller caller, String id) {
        return store.documents().find(id).orElseThrow(() -> DocumentAccess.notVisible(caller, id));
    }

    /** A document the caller may read. */
    public static Document readable(Store store, Caller caller, String id) {
        Document document = located(store, caller, id);
        DocumentAccess.requireRead(caller, document);
        return document;
    }

    /**
     * A document the caller may read, as {@link #readable}; {@code caller} is null for anonymous
     * reads, which see registered documents only, and an anonymous reader of a registered document
     * that is being revised is pointed to its public editions.
     */
    public static Document forReader(Store store, Caller caller, String id) {
        Document document = located(store, caller, id);
        if (caller == null && !DocumentAccess.canRead(null, document) && !store.editions().of(id).isEmpty()) {
            throw new UnauthenticatedException("document '" + id + "' is being revised; its registered editions are public at "
                    + "/api/v1/documents/" + id + "/editions");
        }
        DocumentAccess.requireRead(caller, document);
        return document;
    }

    /** A document whose working papers ({@code what}: revisions, validations, submissions) the caller may see. */
    public static Document forInsider(Store store, Caller caller, String id, String what) {
        Document document = located(store, caller, id);
        DocumentAccess.requireInsider(caller, document, what);
        return document;
    }

    /** As {@link #forInsider}, with the Register admitted while it {@link DocumentAccess#assesses assesses} the document. */
    public static Document forAssessment(Store store, Caller caller, String id, String what) {
        Document document = located(store, caller, id);
        DocumentAccess.requireInsiderOrAssessor(caller, document, what);
        return document;
    }

    /** For work on no caller's behalf (a plugin's answer, the submission worker). */
    public static Optional<Document> find(Store store, String id) {
        return store.documents().find(id);
    }

    /** For work on no caller's behalf that needs the document to exist. */
    public static Document existing(Store store, String id) {
        return find(store, id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** Ids of the consultations whose closing time is at or before {@code moment}, earliest first, at most {@code limit}. */
    public static List<String> consultationsClosingBy(Store store, Instant moment, int limit) {
        return store.documents().consultationsClosingBy(moment, limit);
    }

    /** A revision exactly as it was stored: its frozen content and hash. */
    public static Optional<RevisionSnapshot> revision(Store store, String id, int number) {
        return store.documents().revision(id, number);
    }
}
