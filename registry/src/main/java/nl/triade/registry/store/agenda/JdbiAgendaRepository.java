package nl.triade.registry.store.agenda;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.agenda.AgendaItem;
import nl.triade.registry.domain.agenda.AgendaLink;
import nl.triade.registry.domain.agenda.AgendaRepository;
import nl.triade.registry.domain.agenda.AgendaStatus;
import nl.triade.registry.domain.agenda.AgendaTerms;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.store.StoredJson;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** Agenda items in table {@code agenda_items}, listed by deadline; the cursor is the last item's deadline and id. */
public final class JdbiAgendaRepository implements AgendaRepository {
    /** The open items past their deadline, through the partial index on open items' deadlines (see the agenda's index test). */
    public static final String OPEN_BEFORE = """
            SELECT * FROM agenda_items WHERE status = 'open' AND deadline < :today ORDER BY deadline LIMIT :limit""";
    private static final TypeReference<List<String>> SLUGS = new TypeReference<>() {
    };
    private final Handle handle;
    private final StoredJson json;

    public JdbiAgendaRepository(Handle handle, StoredJson json) {
        this.handle = handle;
        this.json = json;
    }

    @Override
    public void insert(AgendaItem item) {
        handle.createUpdate("""
                        INSERT INTO agenda_items (id, topic, condition, document_kind, responsible, deadline, status,
                                                  assigned_to, revision, created_at, updated_at)
                        VALUES (:id, :topic, :condition, :documentKind, :responsible, :deadline, :status,
                                :assignedTo, :revision, :createdAt, :updatedAt)""")
                .bindMap(columns(item))
                .execute();
    }

    @Override
    public boolean update(AgendaItem item, int expected) {
        return handle.createUpdate("""
                        UPDATE agenda_items SET topic = :topic, condition = :condition, document_kind = :documentKind,
                               responsible = :responsible, deadline = :deadline, status = :status, assigned_to = :assignedTo,
                               revision = :revision, updated_at = :updatedAt
                        WHERE id = :id AND revision = :expected""")
                .bindMap(columns(item))
                .bind("expected", expected)
                .execute() == 1;
    }

    @Override
    public Optional<AgendaItem> find(String id) {
        return handle.createQuery("SELECT * FROM agenda_items WHERE id = :id")
                .bind("id", id)
                .map(this::map)
                .findOne();
    }

    @Override
    public Page<AgendaItem> list(AgendaStatus status, PageRequest page) {
        String after = page.cursor() == null ? "" : Cursor.decode(page.cursor());
        Query query = handle.createQuery("""
                        SELECT * FROM agenda_items
                        WHERE deadline || ' ' || id > :after AND (:status IS NULL OR status = :status)
                        ORDER BY deadline, id LIMIT :limit""")
                .bind("after", after)
                .bind("status", status == null ? null : WireNames.of(status))
                .bind("limit", page.rowsToRead());
        return page.cut(query.map(this::map).list(), item -> item.terms().deadline() + " " + item.id());
    }

    @Override
    public List<AgendaItem> openBefore(LocalDate today, int limit) {
        return handle.createQuery(OPEN_BEFORE)
                .bind("today", today.toString())
                .bind("limit", limit)
                .map(this::map)
                .list();
    }

    @Override
    public boolean link(AgendaLink link) {
        return handle.createUpdate("""
                        INSERT INTO agenda_links (item_id, document_id, organisation, account, linked_at)
                        VALUES (:itemId, :documentId, :organisation, :account, :at) ON CONFLICT DO NOTHING""")
                .bind("itemId", link.itemId())
                .bind("documentId", link.documentId())
                .bind("organisation", link.organisation())
                .bind("account", link.account())
                .bind("at", Timestamps.format(link.at()))
                .execute() == 1;
    }

    @Override
    public List<AgendaLink> links(String itemId) {
        return handle.createQuery("SELECT * FROM agenda_links WHERE item_id = :itemId ORDER BY linked_at, document_id")
                .bind("itemId", itemId)
                .map((row, context) -> new AgendaLink(row.getString("item_id"), row.getString("document_id"),
                        row.getString("organisation"), row.getString("account"), Timestamps.parse(row.getString("linked_at"))))
                .list();
    }

    private Map<String, Object> columns(AgendaItem item) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", item.id());
        columns.put("topic", item.terms().topic());
        columns.put("condition", item.terms().condition());
        columns.put("documentKind", WireNames.of(item.terms().documentKind()));
        columns.put("responsible", json.write(item.terms().responsible()));
        columns.put("deadline", item.terms().deadline().toString());
        columns.put("status", WireNames.of(item.status()));
        columns.put("assignedTo", item.assignedTo());
        columns.put("revision", item.revision());
        columns.put("createdAt", Timestamps.format(item.createdAt()));
        columns.put("updatedAt", Timestamps.format(item.updatedAt()));
        return columns;
    }

    private AgendaItem map(ResultSet row, StatementContext context) throws SQLException {
        AgendaTerms terms = new AgendaTerms(row.getString("topic"), row.getString("condition"),
                WireNames.parse(DocumentKind.class, row.getString("document_kind")), json.read(row.getString("responsible"), SLUGS),
                LocalDate.parse(row.getString("deadline")));
        return new AgendaItem(row.getString("id"), terms, WireNames.parse(AgendaStatus.class, row.getString("status")),
                row.getString("assigned_to"), row.getInt("revision"), Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("updated_at")));
    }
}
