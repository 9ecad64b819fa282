package nl.triade.registry.store.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.notification.Delivery;
import nl.triade.registry.domain.notification.DeliveryState;
import nl.triade.registry.domain.notification.DeliveryStatus;
import nl.triade.registry.domain.notification.EventKind;
import nl.triade.registry.domain.notification.Follows;
import nl.triade.registry.domain.notification.Subscription;
import nl.triade.registry.domain.notification.SubscriptionRepository;
import nl.triade.registry.domain.notification.SubscriptionTerms;
import nl.triade.registry.store.StoredJson;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Subscriptions in table {@code subscriptions}, deliveries in {@code notification_deliveries}. The
 * {@code kinds} column holds the kinds' wire names, {@code follows} an object with exactly the members
 * {@code conditions}, {@code participating} and {@code documents}, written out here rather than from a
 * Java record so that no rename changes a stored row.
 */
public final class JdbiSubscriptionRepository implements SubscriptionRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private final Handle handle;
    private final StoredJson json;

    public JdbiSubscriptionRepository(Handle handle, StoredJson json) {
        this.handle = handle;
        this.json = json;
    }

    @Override
    public void insert(Subscription subscription) {
        SubscriptionTerms terms = subscription.terms();
        Map<String, Object> follows = new LinkedHashMap<>();
        follows.put("conditions", terms.follows().conditions());
        follows.put("participating", terms.follows().participating());
        follows.put("documents", terms.follows().documents());
        handle.createUpdate("""
                        INSERT INTO subscriptions (id, organisation, channel, target, kinds, follows, sealed_secret, from_seq,
                                                   created_by, created_at)
                        VALUES (:id, :organisation, :channel, :target, :kinds, :follows, :secret, :fromSeq, :createdBy, :createdAt)""")
                .bind("id", subscription.id())
                .bind("organisation", subscription.organisation())
                .bind("channel", terms.channel())
                .bind("target", terms.target())
                .bind("kinds", json.write(terms.kinds().stream().map(WireNames::of).sorted().toList()))
                .bind("follows", json.write(follows))
                .bind("secret", subscription.sealedSecret())
                .bind("fromSeq", subscription.fromSeq())
                .bind("createdBy", subscription.createdBy())
                .bind("createdAt", Timestamps.format(subscription.createdAt()))
                .execute();
    }

    @Override
    public Optional<Subscription> find(String id) {
        return handle.createQuery("SELECT * FROM subscriptions WHERE id = :id").bind("id", id).map(this::subscription).findOne();
    }

    @Override
    public List<Subscription> of(String organisation) {
        return handle.createQuery("SELECT * FROM subscriptions WHERE organisation = :organisation ORDER BY created_at, id")
                .bind("organisation", organisation)
                .map(this::subscription)
                .list();
    }

    @Override
    public int countOf(String organisation) {
        return handle.createQuery("SELECT COUNT(*) FROM subscriptions WHERE organisation = :organisation")
                .bind("organisation", organisation)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public List<Subscription> all() {
        return handle.createQuery("SELECT * FROM subscriptions ORDER BY created_at, id").map(this::subscription).list();
    }

    @Override
    public void delete(String id) {
        handle.createUpdate("DELETE FROM notification_deliveries WHERE subscription = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM subscriptions WHERE id = :id").bind("id", id).execute();
    }

    @Override
    public boolean insertDelivery(Delivery delivery) {
        return handle.createUpdate("""
                        INSERT INTO notification_deliveries (id, subscription, event_seq, kind, state, attempts, due_at, last_error)
                        VALUES (:id, :subscription, :eventSeq, :kind, :state, :attempts, :dueAt, :lastError)
                        ON CONFLICT (subscription, event_seq) DO NOTHING""")
                .bindMap(columns(delivery))
                .execute() == 1;
    }

    @Override
    public List<Delivery> dueHeads(Instant now, int limit) {
        return handle.createQuery("""
                        SELECT d.* FROM notification_deliveries d
                        WHERE d.state = 'pending' AND d.due_at <= :now
                          AND d.event_seq = (SELECT MIN(e.event_seq) FROM notification_deliveries e
                                             WHERE e.subscription = d.subscription AND e.state = 'pending')
                        ORDER BY d.due_at, d.event_seq LIMIT :limit""")
                .bind("now", Timestamps.fixedWidth(now))
                .bind("limit", limit)
                .map(JdbiSubscriptionRepository::delivery)
                .list();
    }

    @Override
    public Optional<Delivery> dueHead(String subscriptionId, Instant now) {
        return handle.createQuery("""
                        SELECT * FROM notification_deliveries
                        WHERE subscription = :id AND state = 'pending'
                        ORDER BY event_seq LIMIT 1""")
                .bind("id", subscriptionId)
                .map(JdbiSubscriptionRepository::delivery)
                .findOne()
                .filter(head -> !head.dueAt().isAfter(now));
    }

    @Override
    public List<Delivery> dueOf(String subscriptionId, Instant now, int limit) {
        return handle.createQuery("""
                        SELECT * FROM notification_deliveries
                        WHERE subscription = :id AND state = 'pending' AND due_at <= :now
                        ORDER BY event_seq LIMIT :limit""")
                .bind("id", subscriptionId)
                .bind("now", Timestamps.fixedWidth(now))
                .bind("limit", limit)
                .map(JdbiSubscriptionRepository::delivery)
                .list();
    }

    @Override
    public void updateDelivery(Delivery delivery) {
        handle.createUpdate("""
                        UPDATE notification_deliveries SET state = :state, attempts = :attempts, due_at = :dueAt,
                               last_error = :lastError
                        WHERE id = :id""")
                .bindMap(columns(delivery))
                .execute();
    }

    @Override
    public DeliveryStatus status(String subscriptionId) {
        Map<String, Integer> counts = handle.createQuery("""
                        SELECT state, COUNT(*) AS n FROM notification_deliveries WHERE subscription = :id GROUP BY state""")
                .bind("id", subscriptionId)
                .map((row, context) -> Map.entry(row.getString("state"), row.getInt("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Optional<String> lastDelivered = handle.createQuery("""
                        SELECT MAX(due_at) FROM notification_deliveries WHERE subscription = :id AND state = 'delivered'""")
                .bind("id", subscriptionId)
                .mapTo(String.class)
                .findOne();
        Optional<Delivery> retrying = handle.createQuery("""
                        SELECT * FROM notification_deliveries WHERE subscription = :id AND last_error IS NOT NULL
                        ORDER BY event_seq DESC LIMIT 1""")
                .bind("id", subscriptionId)
                .map(JdbiSubscriptionRepository::delivery)
                .findOne();
        return new DeliveryStatus(counts.getOrDefault("pending", 0), counts.getOrDefault("delivered", 0),
                counts.getOrDefault("failed", 0), lastDelivered.map(Timestamps::parse).orElse(null),
                retrying.map(Delivery::lastError).orElse(null),
                retrying.filter(delivery -> delivery.state() == DeliveryState.PENDING).map(Delivery::dueAt).orElse(null));
    }

    private static Map<String, Object> columns(Delivery delivery) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", delivery.id());
        columns.put("subscription", delivery.subscriptionId());
        columns.put("eventSeq", delivery.eventSeq());
        columns.put("kind", WireNames.of(delivery.kind()));
        columns.put("state", WireNames.of(delivery.state()));
        columns.put("attempts", delivery.attempts());
        columns.put("dueAt", Timestamps.fixedWidth(delivery.dueAt()));
        columns.put("lastError", delivery.lastError());
        return columns;
    }

    private static Delivery delivery(ResultSet row, StatementContext context) throws SQLException {
        return new Delivery(row.getString("id"), row.getString("subscription"), row.getLong("event_seq"),
                WireNames.parse(EventKind.class, row.getString("kind")), WireNames.parse(DeliveryState.class, row.getString("state")),
                row.getInt("attempts"), Timestamps.parse(row.getString("due_at")), row.getString("last_error"));
    }

    @SuppressWarnings("unchecked")
    private Subscription subscription(ResultSet row, StatementContext context) throws SQLException {
        Map<String, Object> follows = json.read(row.getString("follows"), OBJECT);
        SubscriptionTerms terms = new SubscriptionTerms(row.getString("channel"), row.getString("target"),
                json.read(row.getString("kinds"), STRINGS).stream().map(kind -> WireNames.parse(EventKind.class, kind))
                        .collect(Collectors.toSet()),
                new Follows((List<String>) follows.get("conditions"), Boolean.TRUE.equals(follows.get("participating")),
                        (List<String>) follows.get("documents")));
        return new Subscription(row.getString("id"), row.getString("organisation"), terms, row.getString("sealed_secret"),
                row.getLong("from_seq"), row.getString("created_by"), Timestamps.parse(row.getString("created_at")));
    }
}
