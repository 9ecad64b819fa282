package nl.triade.registry.domain.account;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/** Creating and reading organisations. Only administrators create them; every account may list them. */
public final class OrganisationService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public OrganisationService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    public record NewOrganisation(String slug, String name, OrganisationKind kind, String umbrella) {
    }

    public Organisation create(Caller caller, NewOrganisation request) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("only administrators create organisations");
        }
        return transactions.write(store -> {
            if (store.organisations().find(request.slug()).isPresent()) {
                throw new RuleViolationException(Rule.ORGANISATION_EXISTS, "slug",
                        "an organisation with slug '" + request.slug() + "' already exists");
            }
            if (request.umbrella() != null && store.organisations().find(request.umbrella()).isEmpty()) {
                throw new InvalidInputException("umbrella", Rule.MUST_EXIST,
                        "umbrella organisation '" + request.umbrella() + "' does not exist");
            }
            Organisation organisation = new Organisation(request.slug(), request.name(), request.kind(),
                    request.umbrella(), time.now());
            store.organisations().insert(organisation);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("slug", organisation.slug());
            data.put("name", organisation.name());
            data.put("kind", organisation.kind());
            data.put("umbrella", organisation.umbrella());
            audit.record(store, caller, EventType.ORGANISATION_CREATED, null, data);
            return organisation;
        });
    }

    public Organisation get(String slug) {
        return transactions.read(store -> store.organisations().find(slug)
                .orElseThrow(() -> new NotFoundException("organisation", slug)));
    }

    public Page<Organisation> list(PageRequest page) {
        return transactions.read(store -> store.organisations().list(page));
    }
}
