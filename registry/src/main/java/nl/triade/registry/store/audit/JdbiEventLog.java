package nl.triade.registry.store.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.audit.ChainHead;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventLog;
import nl.triade.registry.store.Engine;
import nl.triade.registry.store.HeldInserts;
import nl.triade.registry.store.StoredJson;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The audit chain in table {@code events}. Inserts only; the table has no code path that updates or deletes. */
public final class JdbiEventLog implements EventLog {
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private final Handle handle;
    private final Engine engine;
    private final StoredJson json;
    private final BatchChainHead batchHead;
    private final HeldInserts held;

    public JdbiEventLog(Handle handle, ObjectMapper json, Engine engine, BatchChainHead batchHead, HeldInserts held) {
        this.handle = handle;
        this.engine = engine;
        this.json = new StoredJson(json);
        this.batchHead = batchHead;
        this.held = held;
    }

    @Override
    public Optional<Event> last() {
        return handle.createQuery("SELECT * FROM events ORDER BY seq DESC LIMIT 1")
                .map(this::map)
                .findOne();
    }

    @Override
    public ChainHead head() {
        return batchHead.head(() -> handle.createQuery("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
                .map((row, context) -> new ChainHead(row.getLong("seq"), row.getString("hash")))
                .findOne()
                .orElse(ChainHead.GENESIS));
    }

    @Override
    public void append(Event event) {
        held.insert("events", """
                        INSERT INTO events (seq, at, actor, organisation, type, document, data, previous_hash, hash)
                        VALUES (:seq, :at, :actor, :organisation, :type, :document, :data, :previousHash, :hash)""", row -> row
                .bind("seq", event.seq())
                .bind("at", Timestamps.format(event.at()))
                .bind("actor", event.actor())
                .bind("organisation", event.organisation())
                .bind("type", event.type())
                .bind("document", event.document())
                .bind("data", json.write(event.data()))
                .bind("previousHash", event.previousHash())
                .bind("hash", event.hash()));
        batchHead.appended(new ChainHead(event.seq(), event.hash()));
    }

    @Override
    public List<Event> after(long after, String document, int limit) {
        String filter = document == null ? "" : " AND document = :document";
        return handle.createQuery("SELECT * FROM events WHERE seq > :after" + filter + " ORDER BY seq LIMIT :limit")
                .bind("after", after)
                .bind("document", document)
                .bind("limit", limit)
                .map(this::map)
                .list();
    }

    @Override
    public Optional<Event> first(String document, String type, String member, long value) {
        return handle.createQuery("SELECT * FROM events WHERE document = :document AND type = :type"
                        + " AND " + engine.jsonInteger("data", member) + " = :value ORDER BY seq LIMIT 1")
                .bind("document", document)
                .bind("type", type)
                .bind("value", value)
                .map(this::map)
                .findOne();
    }

    @Override
    public List<Event> ofTypes(String document, Collection<String> types) {
        return handle.createQuery("SELECT * FROM events WHERE document = :document AND type IN (<types>) ORDER BY seq")
                .bind("document", document)
                .bindList("types", List.copyOf(types))
                .map(this::map)
                .list();
    }

    private Event map(ResultSet row, StatementContext context) throws SQLException {
        return new Event(row.getLong("seq"), Timestamps.parse(row.getString("at")), row.getString("actor"),
                row.getString("organisation"), row.getString("type"), row.getString("document"),
                json.read(row.getString("data"), DATA), row.getString("previous_hash"), row.getString("hash"));
    }
}
