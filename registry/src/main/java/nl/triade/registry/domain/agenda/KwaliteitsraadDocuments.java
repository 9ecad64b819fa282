package nl.triade.registry.domain.agenda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.KwaliteitsraadMandates;
import nl.triade.registry.domain.document.NewDocument;

/**
 * The Kwaliteitsraad starts the document of an agenda item assigned to it: one document per item,
 * titled by the item's topic, of the kind the item asks for, with the council as author under a
 * mandate and linked to the item. Nobody else uses the mandate, not the operator, not another
 * account of the Register: the council's exemption from the tripartite rule is for that document only.
 */
public final class KwaliteitsraadDocuments {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final DocumentService documents;

    public KwaliteitsraadDocuments(Transactions transactions, AuditTrail audit, TimeSource time, DocumentService documents) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.documents = documents;
    }

    /** The started document's id, and the item as the council now sees it. */
    public record Started(String documentId, AgendaItemView item) {
    }

    public Started start(Caller caller, String itemId) {
        return transactions.write(store -> {
            AgendaItem item = AgendaService.existing(store, itemId);
            if (item.status() != AgendaStatus.ASSIGNED || !caller.organisation().equals(item.assignedTo())) {
                throw new ForbiddenException("only the Kwaliteitsraad an agenda item was assigned to writes its document");
            }
            KwaliteitsraadMandates.documentOf(store, itemId).ifPresent(existing -> {
                throw new RuleViolationException(Rule.AGENDA_DOCUMENT_EXISTS, "the Kwaliteitsraad writes one document per agenda "
                        + "item; this item's is '" + existing + "'");
            });
            AgendaTerms terms = item.terms();
            Document document = documents.createForKwaliteitsraad(store, caller, new NewDocument(terms.documentKind(),
                    new DocumentFields(terms.topic(), terms.condition(), null, null, null, List.of(), null, null, null, null)), itemId);
            store.agenda().link(new AgendaLink(itemId, document.id(), caller.organisation(), caller.accountId(), time.now()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("agendaItem", itemId);
            data.put("topic", terms.topic());
            audit.record(store, caller, EventType.AGENDA_ITEM_LINKED, document.id(), data);
            return new Started(document.id(), AgendaLinks.view(store, caller, item));
        });
    }
}
