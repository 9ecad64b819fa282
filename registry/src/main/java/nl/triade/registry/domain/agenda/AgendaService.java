package nl.triade.registry.domain.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.InvalidInputException.Violation;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.domain.document.Preconditions;

/**
 * Keeping the Meerjarenagenda. Only the Register's own accounts ({@link Caller#speaksForRegister()})
 * create and change its items: the agenda is the Zorginstituut's planning, and the operator runs the
 * installation without speaking for it. Everyone, also without a token, reads it, as the law
 * publishes it.
 */
public final class AgendaService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public AgendaService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    public AgendaItemView create(Caller caller, AgendaTerms terms) {
        requireRegister(caller);
        return transactions.write(store -> {
            requireCareParties(store, terms);
            Instant now = time.now();
            AgendaItem item = new AgendaItem(Ids.next("agd"), terms, AgendaStatus.OPEN, null, 1, now, now);
            store.agenda().insert(item);
            audit.record(store, caller, EventType.AGENDA_ITEM_CREATED, null, described(item));
            return new AgendaItemView(item, List.of());
        });
    }

    /** {@code caller} is null for an anonymous reader. */
    public AgendaItemView get(Caller caller, String id) {
        return transactions.read(store -> AgendaLinks.view(store, caller, existing(store, id)));
    }

    public Page<AgendaItem> list(AgendaStatus status, PageRequest page) {
        return transactions.read(store -> store.agenda().list(status, page));
    }

    /**
     * Replaces the item's terms while it is open or overdue. A new deadline that has not passed
     * reopens an overdue item: the Register granted the field more time.
     */
    public AgendaItemView change(Caller caller, String id, Precondition precondition, AgendaTerms terms) {
        requireRegister(caller);
        return transactions.write(store -> {
            AgendaItem current = existing(store, id);
            Preconditions.checkExisting(precondition, current.revision(), "the agenda item");
            if (!current.status().isChangeable()) {
                throw new RuleViolationException(Rule.AGENDA_ITEM_CLOSED, "the agenda item is "
                        + WireNames.of(current.status()) + "; its terms stay as they were judged");
            }
            requireCareParties(store, terms);
            AgendaStatus status = current.status() == AgendaStatus.OVERDUE && !terms.deadline().isBefore(time.today())
                    ? AgendaStatus.OPEN : current.status();
            AgendaItem next = current.withTerms(terms, status, time.now());
            if (!store.agenda().update(next, current.revision())) {
                throw new PreconditionFailedException("the agenda item changed while this change was being made", null);
            }
            audit.record(store, caller, EventType.AGENDA_ITEM_UPDATED, null, described(next));
            return AgendaLinks.view(store, caller, next);
        });
    }

    /**
     * The Register's decision that the field failed: the overdue item goes to the Kwaliteitsraad,
     * {@code kwaliteitsraad}, an organisation of kind {@code register} other than the operator's,
     * which may then author the item's document itself.
     */
    public AgendaItemView assign(Caller caller, String id, Precondition precondition, String kwaliteitsraad) {
        requireRegister(caller);
        return transactions.write(store -> {
            AgendaItem current = existing(store, id);
            Preconditions.checkExisting(precondition, current.revision(), "the agenda item");
            if (current.status() != AgendaStatus.OVERDUE) {
                throw new RuleViolationException(Rule.NOT_OVERDUE, "the agenda item is " + WireNames.of(current.status())
                        + "; only an overdue item is assigned to the Kwaliteitsraad");
            }
            OrganisationKind kind = OrganisationDirectory.kindsOf(store, List.of(kwaliteitsraad)).get(kwaliteitsraad);
            if (kind == null) {
                throw new InvalidInputException("organisation", Rule.MUST_EXIST, "organisation '" + kwaliteitsraad + "' does not exist");
            }
            if (kind != OrganisationKind.REGISTER || Caller.OPERATOR_ORGANISATION.equals(kwaliteitsraad)) {
                throw new InvalidInputException("organisation", Rule.REGISTER_ORGANISATION, "the Kwaliteitsraad is an organisation "
                        + "of kind register other than the operator's; '" + kwaliteitsraad + "' is none");
            }
            AgendaItem next = current.withStatus(AgendaStatus.ASSIGNED, kwaliteitsraad, time.now());
            if (!store.agenda().update(next, current.revision())) {
                throw new PreconditionFailedException("the agenda item changed while this change was being made", null);
            }
            audit.record(store, caller, EventType.AGENDA_ITEM_ASSIGNED, null, Map.of("agendaItem", id, "revision", next.revision(),
                    "assignedTo", kwaliteitsraad));
            return AgendaLinks.view(store, caller, next);
        });
    }

    static AgendaItem existing(Store store, String id) {
        return store.agenda().find(id).orElseThrow(() -> new NotFoundException("agenda item", id));
    }

    static void requireRegister(Caller caller) {
        if (!caller.speaksForRegister()) {
            throw new ForbiddenException("only the Register's own accounts keep the Meerjarenagenda");
        }
    }

    /** Every responsible organisation exists and is a care party: the agenda asks the field, not the Register. */
    private static void requireCareParties(Store store, AgendaTerms terms) {
        Map<String, OrganisationKind> kinds = OrganisationDirectory.kindsOf(store, terms.responsible());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < terms.responsible().size(); i++) {
            String slug = terms.responsible().get(i);
            OrganisationKind kind = kinds.get(slug);
            String field = "responsible[" + i + "]";
            if (kind == null) {
                violations.add(new Violation(field, Rule.MUST_EXIST, "organisation '" + slug + "' does not exist"));
            } else if (!kind.isCareParty()) {
                violations.add(new Violation(field, Rule.CARE_PARTY, "'" + slug + "' is no patient, provider or insurer organisation"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The item as its events record it: every term and the status, so the log alone tells the agenda's history. */
    static Map<String, Object> described(AgendaItem item) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agendaItem", item.id());
        data.put("revision", item.revision());
        data.put("topic", item.terms().topic());
        data.put("condition", item.terms().condition());
        data.put("documentKind", item.terms().documentKind());
        data.put("responsible", item.terms().responsible());
        data.put("deadline", item.terms().deadline().toString());
        data.put("status", item.status());
        return data;
    }
}
