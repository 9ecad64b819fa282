package nl.triade.registry.domain.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.framework.ApplicableFramework;

/** Creating, reading, listing documents and changing their own fields. */
public final class DocumentService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final DocumentChanges changes;

    public DocumentService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.changes = new DocumentChanges(transactions, audit, time);
    }

    /** A document authored by the caller's organisation; the Register's organisations author none (but see {@link #createForKwaliteitsraad}). */
    public Document create(Caller caller, NewDocument request) {
        if (caller.organisationKind() == OrganisationKind.REGISTER) {
            throw new ForbiddenException("the Register receives documents; it does not author them (the Kwaliteitsraad writes "
                    + "the document of an agenda item assigned to it through POST /agenda/{id}/document)");
        }
        return transactions.write(store -> insert(store, caller, request, Map.of()));
    }

    /**
     * The Kwaliteitsraad's document for agenda item {@code agendaItem}, in the agenda's own
     * transaction ({@code store}), which has checked that the item was assigned to the caller's
     * organisation. The council is its author; the mandate stored with it lets it author without
     * the three care parties once it has recorded consulting them.
     */
    public Document createForKwaliteitsraad(Store store, Caller caller, NewDocument request, String agendaItem) {
        Document document = insert(store, caller, request, Map.of("agendaItem", agendaItem));
        store.mandates().insert(new KwaliteitsraadMandate(document.id(), agendaItem, caller.organisation(), document.createdAt(),
                List.of()));
        return document;
    }

    private Document insert(Store store, Caller caller, NewDocument request, Map<String, Object> facts) {
        checkFields(store, caller, request.kind(), request.fields(), null);
        DocumentContent content = new DocumentContent(request.kind(), request.fields(),
                List.of(new Participant(caller.organisation(), ParticipantRole.AUTHOR, null)), List.of(), List.of(), List.of());
        Instant now = time.now();
        Document document = new Document(Ids.next("doc"), 1, DocumentStatus.DRAFT, 1, content.hash(), content,
                Map.of(), Map.of(), Workflow.NONE, now, now);
        store.documents().insert(document);
        store.documents().insertRevision(document.id(), new Revision(1, document.contentHash(), caller.accountId(),
                caller.organisation(), now, null), content);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", request.kind());
        data.put("title", request.fields().title());
        data.put("revision", 1);
        data.put("contentHash", document.contentHash());
        data.putAll(facts);
        audit.record(store, caller, EventType.DOCUMENT_CREATED, document.id(), data);
        return document;
    }

    /** A document under the read rights of {@link DocumentLookup#forReader}; {@code caller} is null for anonymous reads. */
    public Document get(Caller caller, String id) {
        return transactions.read(store -> DocumentLookup.forReader(store, caller, id));
    }

    /** The document as {@code caller} reads it, with the facts around it, in one read transaction. */
    public DocumentReading read(Caller caller, String id) {
        return transactions.read(store -> reading(store, DocumentLookup.forReader(store, caller, id)));
    }

    /** The facts around {@code document}, just changed, for the answer to the change: in one read transaction. */
    public DocumentReading reading(Document document) {
        return transactions.read(store -> reading(store, document));
    }

    /**
     * The tijdpaden overdue today are those of the document's editions in force (or expired) whose due
     * date has passed: also while the next version is drafted, whose own dates the Register was not
     * promised. Only a document with a frozen revision can have been submitted, so only then is the
     * audit log read for the framework of its submission day.
     */
    private DocumentReading reading(Store store, Document document) {
        LocalDate today = time.today();
        ApplicableFramework framework = document.workflow().frozenRevision() == null
                ? ApplicableFramework.notYetSubmitted(today) : SubmissionDay.framework(store, document, today);
        return new DocumentReading(document, store.editions().overdueTimelines(document.id(), today), framework,
                KwaliteitsraadMandates.of(store, document.id()).orElse(null));
    }

    public Page<DocumentSummary> list(Caller caller, DocumentQuery filters, PageRequest page) {
        DocumentQuery query = new DocumentQuery(filters.kind(), filters.status(), filters.condition(), filters.organisation(),
                filters.text(), filters.overdue(), filters.overdue() == null ? null : time.today(),
                caller == null ? null : caller.organisation(), caller != null && caller.isAdministrator());
        return transactions.read(store -> store.documents().list(query, page));
    }

    /** Replaces the document's own fields (the controller has applied the merge patch to what it read). */
    public Document replaceFields(Caller caller, String id, Precondition precondition, DocumentFields fields, String note) {
        return changes.apply(caller, id, note, (store, current) -> {
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            checkFields(store, caller, current.kind(), fields, current.content().fields().standardId());
            return Change.ofContent(current.content().withFields(fields), PartRevisions.NONE, EventType.DOCUMENT_UPDATED,
                    Map.of(), document -> document);
        });
    }

    /**
     * {@code linkedStandard} is the standard the instrument names now (null for a new document): a
     * new {@code standardId} must name a standard the caller may read, and one it may not read is
     * refused exactly like one that does not exist, so the refusal reveals no draft. A link that
     * stays as it was is not checked again: a co-author may edit an instrument whose standard has
     * since become private to its own participants.
     */
    private static void checkFields(Store store, Caller caller, DocumentKind kind, DocumentFields fields, String linkedStandard) {
        if (kind != DocumentKind.INSTRUMENT) {
            if (fields.standardId() != null) {
                throw new RuleViolationException(Rule.INSTRUMENT_ONLY, "standardId", "only an instrument names the standard it measures");
            }
            if (fields.purpose() != null) {
                throw new RuleViolationException(Rule.INSTRUMENT_ONLY, "purpose", "only an instrument has a purpose");
            }
            return;
        }
        if (fields.standardId() != null && !fields.standardId().equals(linkedStandard)) {
            boolean isStandard = store.documents().find(fields.standardId())
                    .filter(standard -> standard.kind() == DocumentKind.STANDARD)
                    .filter(standard -> DocumentAccess.canRead(caller, standard)).isPresent();
            if (!isStandard) {
                throw new RuleViolationException(Rule.STANDARD_NOT_FOUND, "standardId",
                        "standardId must name a quality standard you may read; '" + fields.standardId() + "' is none");
            }
        }
    }
}
