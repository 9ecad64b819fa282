package nl.triade.registry.domain.document;

import java.util.Optional;
import nl.triade.registry.domain.Store;

/** What other features may know of the Kwaliteitsraad's mandates: the workflow's party rule, the agenda. */
public final class KwaliteitsraadMandates {
    private KwaliteitsraadMandates() {
    }

    public static Optional<KwaliteitsraadMandate> of(Store store, String documentId) {
        return store.mandates().forDocument(documentId);
    }

    public static Optional<String> documentOf(Store store, String agendaItem) {
        return store.mandates().documentOf(agendaItem);
    }
}
