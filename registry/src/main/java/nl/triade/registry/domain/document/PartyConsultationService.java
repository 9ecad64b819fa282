package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * The Kwaliteitsraad records whom of the care parties it consulted for the document it writes
 * under a mandate: who, on which day, how. Only the council itself, only for that document and
 * only while it is a draft, so what the council relied on is fixed before it asks for authorisation.
 * Each record is an event of the document with every value in it, so the chain keeps what was said.
 */
public final class PartyConsultationService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public PartyConsultationService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** Records (or corrects) the consultation of {@code organisation}; returns the mandate with every consultation. */
    public KwaliteitsraadMandate record(Caller caller, String documentId, String organisation, LocalDate consultedOn, String how) {
        return transactions.write(store -> {
            Document document = DocumentLookup.readable(store, caller, documentId);
            KwaliteitsraadMandate mandate = store.mandates().forDocument(documentId).orElseThrow(() -> new RuleViolationException(
                    Rule.NO_MANDATE, "only a document the Kwaliteitsraad writes for an agenda item assigned to it records consultations"));
            if (!caller.organisation().equals(mandate.organisation()) || !document.content().hasAuthor(caller.organisation())) {
                throw new ForbiddenException("only the Kwaliteitsraad '" + mandate.organisation() + "' records whom it consulted");
            }
            if (document.status() != DocumentStatus.DRAFT) {
                throw new RuleViolationException(Rule.NOT_DRAFT, "consultations are recorded while the document is a draft; it is "
                        + WireNames.of(document.status()));
            }
            OrganisationKind kind = OrganisationDirectory.kindsOf(store, List.of(organisation)).get(organisation);
            if (kind == null) {
                throw new InvalidInputException("organisation", Rule.MUST_EXIST, "organisation '" + organisation + "' does not exist");
            }
            if (!kind.isCareParty()) {
                throw new InvalidInputException("organisation", Rule.CARE_PARTY, "the Kwaliteitsraad consults patient, provider and "
                        + "insurer organisations; '" + organisation + "' is none");
            }
            if (consultedOn.isAfter(time.today())) {
                throw new InvalidInputException("consultedOn", Rule.INVALID, "a consultation is recorded once it took place");
            }
            store.mandates().recordConsultation(documentId, new PartyConsultation(organisation, consultedOn, how,
                    caller.accountId(), time.now()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("agendaItem", mandate.agendaItem());
            data.put("organisation", organisation);
            data.put("consultedOn", consultedOn.toString());
            data.put("how", how);
            audit.record(store, caller, EventType.PARTY_CONSULTED, documentId, data);
            return store.mandates().forDocument(documentId).orElseThrow();
        });
    }
}
