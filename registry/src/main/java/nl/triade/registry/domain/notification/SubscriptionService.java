package nl.triade.registry.domain.notification;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentLookup;

/**
 * An organisation's subscriptions, kept by its org-admins and by administrators; nobody else sees
 * them (a target may be a private URL). A subscription may name only documents its organisation
 * may read, and what it hears is judged again against the organisation's read rights at every
 * event (see {@link SubscriptionMatch}).
 */
public final class SubscriptionService {
    /** Subscriptions per organisation: a few per channel and team is plenty; each costs a match per event. */
    public static final int MAX_SUBSCRIPTIONS = 20;
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Notifiers notifiers;
    private final SecretSeal seal;

    public SubscriptionService(Transactions transactions, AuditTrail audit, TimeSource time, Notifiers notifiers, SecretSeal seal) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.notifiers = notifiers;
        this.seal = seal;
    }

    /** A new subscription, with its secret in clear: shown this once, stored only sealed. */
    public record Created(Subscription subscription, String secret, DeliveryStatus status) {
    }

    /** A subscription with how its deliveries fare. */
    public record Listed(Subscription subscription, DeliveryStatus status) {
    }

    /** The channels one can subscribe through: the installed and configured notifier plugins. */
    public Set<String> channels() {
        return notifiers.channels();
    }

    public Created create(Caller caller, String organisation, SubscriptionTerms terms) {
        requireSteward(caller, organisation);
        if (!notifiers.channels().contains(terms.channel())) {
            throw new RuleViolationException(Rule.UNKNOWN_CHANNEL, "channel", "channel '" + terms.channel()
                    + "' is not installed and configured; GET /plugins lists the notifiers");
        }
        // the channel's own check may resolve names or open nothing at all; either way, outside the transaction
        Optional<String> problem = notifiers.targetProblem(terms.channel(), terms.target());
        if (problem.isPresent()) {
            throw new InvalidInputException("target", Rule.TARGET_REFUSED, problem.get());
        }
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        return transactions.write(store -> {
            requireOrganisation(store, organisation);
            if (store.subscriptions().countOf(organisation) >= MAX_SUBSCRIPTIONS) {
                throw new LimitExceededException(Rule.MAX_SUBSCRIPTIONS, "subscriptions", MAX_SUBSCRIPTIONS, "organisation '"
                        + organisation + "' has " + MAX_SUBSCRIPTIONS + " subscriptions, the most it may have; delete one first");
            }
            for (String document : terms.follows().documents()) {
                if (DocumentLookup.find(store, document).filter(found -> DocumentAccess.readableByOrganisation(organisation, found))
                        .isEmpty()) {
                    throw new NotFoundException("document", document);
                }
            }
            String id = Ids.next("sub");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("subscription", id);
            data.put("organisation", organisation);
            data.put("channel", terms.channel());
            data.put("kinds", terms.kinds().stream().map(WireNames::of).sorted().toList());
            Event created = audit.record(store, caller, EventType.SUBSCRIPTION_CREATED, null, data);
            Subscription subscription = new Subscription(id, organisation, terms, seal.seal(secret), created.seq(),
                    caller.accountId(), time.now());
            store.subscriptions().insert(subscription);
            return new Created(subscription, secret, store.subscriptions().status(id));
        });
    }

    public List<Listed> list(Caller caller, String organisation) {
        requireSteward(caller, organisation);
        return transactions.read(store -> {
            requireOrganisation(store, organisation);
            return store.subscriptions().of(organisation).stream()
                    .map(subscription -> new Listed(subscription, store.subscriptions().status(subscription.id()))).toList();
        });
    }

    public Listed get(Caller caller, String organisation, String id) {
        requireSteward(caller, organisation);
        return transactions.read(store -> {
            Subscription subscription = existing(store, organisation, id);
            return new Listed(subscription, store.subscriptions().status(id));
        });
    }

    /** Ends the subscription; deliveries still waiting are dropped with it. */
    public void delete(Caller caller, String organisation, String id) {
        requireSteward(caller, organisation);
        transactions.write(store -> {
            Subscription subscription = existing(store, organisation, id);
            store.subscriptions().delete(subscription.id());
            audit.record(store, caller, EventType.SUBSCRIPTION_DELETED, null, Map.of("subscription", id,
                    "organisation", organisation));
            return null;
        });
    }

    /** An organisation's subscriptions are its own business: its org-admins', and the administrators' who run the installation. */
    private static void requireSteward(Caller caller, String organisation) {
        if (!caller.managesAccountsOf(organisation)) {
            throw new ForbiddenException("only org-admins of '" + organisation + "' and administrators manage its subscriptions");
        }
    }

    private static void requireOrganisation(Store store, String organisation) {
        if (!OrganisationDirectory.exists(store, organisation)) {
            throw new NotFoundException("organisation", organisation);
        }
    }

    private static Subscription existing(Store store, String organisation, String id) {
        return store.subscriptions().find(id).filter(subscription -> subscription.organisation().equals(organisation))
                .orElseThrow(() -> new NotFoundException("subscription", id));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
