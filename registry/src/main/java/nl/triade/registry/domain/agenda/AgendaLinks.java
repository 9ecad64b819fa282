package nl.triade.registry.domain.agenda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentLookup;

/**
 * Documents answer agenda items: a member of one of the document's author organisations links it,
 * since the authors say what their document delivers. The link is a fact beside the document, not
 * part of its hashed content: it says which planning the work answers, not what the parties
 * approve, so making it changes no {@code contentHash}, needs no new round of approvals, and can be
 * made in any state, also after submission. It is recorded with who made it and when, and as an
 * event of the document.
 */
public final class AgendaLinks {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public AgendaLinks(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** Links {@code documentId} to item {@code itemId}; linking it again changes nothing. */
    public AgendaItemView link(Caller caller, String itemId, String documentId) {
        return transactions.write(store -> {
            AgendaItem item = AgendaService.existing(store, itemId);
            Document document = DocumentLookup.readable(store, caller, documentId);
            if (!document.content().hasAuthor(caller.organisation())) {
                throw new ForbiddenException("only members of the document's author organisations link it to the agenda");
            }
            if (!item.status().isChangeable()) {
                throw new RuleViolationException(Rule.AGENDA_ITEM_CLOSED, "the agenda item is " + WireNames.of(item.status())
                        + "; documents link to open or overdue items");
            }
            if (document.kind() != item.terms().documentKind()) {
                throw new RuleViolationException(Rule.AGENDA_KIND_MISMATCH, "document", "the agenda item asks for a "
                        + WireNames.of(item.terms().documentKind()) + "; this document is a " + WireNames.of(document.kind()));
            }
            if (store.agenda().link(new AgendaLink(itemId, documentId, caller.organisation(), caller.accountId(), time.now()))) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("agendaItem", itemId);
                data.put("topic", item.terms().topic());
                audit.record(store, caller, EventType.AGENDA_ITEM_LINKED, documentId, data);
            }
            return view(store, caller, item);
        });
    }

    /** {@code item} with the links {@code caller} (null: anonymous) may see. */
    static AgendaItemView view(Store store, Caller caller, AgendaItem item) {
        List<AgendaLink> visible = store.agenda().links(item.id()).stream()
                .filter(link -> DocumentLookup.find(store, link.documentId())
                        .filter(document -> DocumentAccess.canRead(caller, document)).isPresent())
                .toList();
        return new AgendaItemView(item, visible);
    }
}
