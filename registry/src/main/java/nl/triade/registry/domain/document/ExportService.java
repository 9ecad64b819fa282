package nl.triade.registry.domain.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.document.ExportView.LinkedInstrument;

/**
 * Reading a document, or one of its registered editions, for an export in another format, under
 * exactly the read rights of the document ({@link DocumentLookup#forReader}) and of its editions
 * (public). A standard's instruments are listed as far as the caller may see them: an instrument
 * it may read as it stands, or one with a registered edition, which is public.
 */
public final class ExportService {
    /**
     * Instruments named per standard, oldest first: far more than a standard has (one or a few), and
     * a bound on the read, which loads each to check the caller may see it.
     */
    public static final int MAX_LINKED_INSTRUMENTS = 50;

    private final Transactions transactions;

    public ExportService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The document as it stands. */
    public ExportView current(Caller caller, String id) {
        return transactions.read(store -> {
            Document document = DocumentLookup.forReader(store, caller, id);
            return new ExportView(id, document.status(), document.version(), document.revision(), document.content(),
                    document.updatedAt(), null, authors(store, document.content()), instruments(store, caller, document));
        });
    }

    /** Registered edition {@code version}, public like every edition. */
    public ExportView edition(Caller caller, String id, int version) {
        return transactions.read(store -> {
            EditionService.EditionContent registered = EditionService.content(store, caller, id, version);
            Edition edition = registered.edition();
            DocumentContent content = registered.snapshot().content();
            Document document = DocumentLookup.existing(store, id);
            return new ExportView(id, document.status(), edition.version(), edition.revision(), content,
                    edition.statusChangedAt() == null ? edition.registeredAt() : edition.statusChangedAt(), edition,
                    authors(store, content), instruments(store, caller, document));
        });
    }

    private static List<String> authors(Store store, DocumentContent content) {
        return OrganisationDirectory.namesOf(store, content.participants().stream()
                .filter(participant -> participant.role() == ParticipantRole.AUTHOR).map(Participant::organisation).toList());
    }

    private static List<LinkedInstrument> instruments(Store store, Caller caller, Document standard) {
        if (standard.kind() != DocumentKind.STANDARD) {
            return List.of();
        }
        List<LinkedInstrument> linked = new ArrayList<>();
        for (String instrumentId : store.documents().instrumentsOf(standard.id())) {
            if (linked.size() == MAX_LINKED_INSTRUMENTS) {
                break;
            }
            visibleTitle(store, caller, instrumentId).ifPresent(title -> linked.add(new LinkedInstrument(instrumentId, title)));
        }
        return linked;
    }

    /** The title the caller sees: the instrument's own if it may read it, else that of its latest edition, if any. */
    private static Optional<String> visibleTitle(Store store, Caller caller, String instrumentId) {
        Optional<Document> instrument = DocumentLookup.find(store, instrumentId);
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        if (DocumentAccess.canRead(caller, instrument.get())) {
            return Optional.of(instrument.get().content().fields().title());
        }
        List<Edition> editions = store.editions().of(instrumentId);
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        Edition latest = editions.get(editions.size() - 1);
        return DocumentLookup.revision(store, instrumentId, latest.revision())
                .map(snapshot -> snapshot.content().fields().title());
    }
}
