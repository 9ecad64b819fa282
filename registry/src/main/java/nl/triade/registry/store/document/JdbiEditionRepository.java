package nl.triade.registry.store.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionRepository;
import nl.triade.registry.domain.document.EditionStatus;
import nl.triade.registry.domain.document.EditionTimeline;
import nl.triade.registry.domain.document.Timeline;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Registered editions in table {@code editions}, keyed by document and version, with their tijdpaden
 * in {@code edition_timelines}; review and due dates as ISO dates, which sort as text.
 */
public final class JdbiEditionRepository implements EditionRepository {
    /** The statuses whose editions' tijdpaden are watched; see {@link EditionRepository#overdueTimelines}. */
    static final List<String> WATCHED = List.of(WireNames.of(EditionStatus.IN_FORCE), WireNames.of(EditionStatus.EXPIRED));

    private static final String OVERDUE_TIMELINES = """
            SELECT t.* FROM edition_timelines t
            JOIN editions e ON e.document_id = t.document_id AND e.version = t.version
            WHERE e.status IN (<watched>) AND t.due_date < :today""";

    private final Handle handle;

    public JdbiEditionRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Edition edition, List<Timeline> timelines) {
        handle.createUpdate("""
                        INSERT INTO editions (document_id, version, revision, content_hash, submission_id, register_reference, registered_at,
                                              status, status_changed_at, withdrawal_reason, review_due, review_due_read)
                        VALUES (:documentId, :version, :revision, :contentHash, :submissionId, :registerReference, :registeredAt,
                                :status, :statusChangedAt, :withdrawalReason, :reviewDue, 1)""")
                .bind("documentId", edition.documentId())
                .bind("version", edition.version())
                .bind("revision", edition.revision())
                .bind("contentHash", edition.contentHash())
                .bind("submissionId", edition.submissionId())
                .bind("registerReference", edition.registerReference())
                .bind("registeredAt", Timestamps.format(edition.registeredAt()))
                .bind("status", WireNames.of(edition.status()))
                .bind("statusChangedAt", Timestamps.format(edition.statusChangedAt()))
                .bind("withdrawalReason", edition.withdrawalReason())
                .bind("reviewDue", date(edition.reviewDue()))
                .execute();
        PreparedBatch promised = handle.prepareBatch("""
                INSERT INTO edition_timelines (document_id, version, position, deliverable, due_date, description)
                VALUES (:documentId, :version, :position, :deliverable, :dueDate, :description)""");
        for (int position = 0; position < timelines.size(); position++) {
            Timeline timeline = timelines.get(position);
            promised.bind("documentId", edition.documentId())
                    .bind("version", edition.version())
                    .bind("position", position)
                    .bind("deliverable", timeline.deliverable())
                    .bind("dueDate", date(timeline.dueDate()))
                    .bind("description", timeline.description())
                    .add();
        }
        if (!timelines.isEmpty()) {
            promised.execute();
        }
    }

    @Override
    public List<Edition> of(String documentId) {
        return handle.createQuery("SELECT * FROM editions WHERE document_id = :documentId ORDER BY version")
                .bind("documentId", documentId)
                .map(JdbiEditionRepository::edition)
                .list();
    }

    @Override
    public void supersedeBefore(String documentId, int version, Instant at) {
        handle.createUpdate("""
                        UPDATE editions SET status = :superseded, status_changed_at = :at
                        WHERE document_id = :documentId AND version < :version AND status IN (:inForce, :expired)""")
                .bind("superseded", WireNames.of(EditionStatus.SUPERSEDED))
                .bind("inForce", WireNames.of(EditionStatus.IN_FORCE))
                .bind("expired", WireNames.of(EditionStatus.EXPIRED))
                .bind("at", Timestamps.format(at))
                .bind("documentId", documentId)
                .bind("version", version)
                .execute();
    }

    @Override
    public boolean move(String documentId, int version, List<EditionStatus> from, EditionStatus status, String reason, Instant at) {
        return handle.createUpdate("""
                        UPDATE editions SET status = :status, status_changed_at = :at, withdrawal_reason = :reason
                        WHERE document_id = :documentId AND version = :version AND status IN (<from>)""")
                .bind("status", WireNames.of(status))
                .bind("at", Timestamps.format(at))
                .bind("reason", reason)
                .bind("documentId", documentId)
                .bind("version", version)
                .bindList("from", from.stream().map(WireNames::of).toList())
                .execute() == 1;
    }

    @Override
    public List<Edition> withReviewDateUnread(int limit) {
        return handle.createQuery("SELECT * FROM editions WHERE review_due_read = 0 LIMIT :limit")
                .bind("limit", limit)
                .map(JdbiEditionRepository::edition)
                .list();
    }

    @Override
    public void setReviewDue(String documentId, int version, LocalDate reviewDue) {
        handle.createUpdate("""
                        UPDATE editions SET review_due = :reviewDue, review_due_read = 1
                        WHERE document_id = :documentId AND version = :version""")
                .bind("reviewDue", date(reviewDue))
                .bind("documentId", documentId)
                .bind("version", version)
                .execute();
    }

    @Override
    public List<EditionTimeline> overdueTimelines(String documentId, LocalDate today) {
        return handle.createQuery(OVERDUE_TIMELINES + " AND t.document_id = :documentId ORDER BY t.version, t.position")
                .bind("documentId", documentId)
                .bind("today", today.toString())
                .bindList("watched", WATCHED)
                .map(JdbiEditionRepository::editionTimeline)
                .list();
    }

    @Override
    public List<EditionTimeline> overdueUnreported(LocalDate today, int limit) {
        return handle.createQuery(OVERDUE_TIMELINES + """
                         AND NOT EXISTS (SELECT 1 FROM overdue_timelines o WHERE o.document_id = t.document_id
                            AND o.version = t.version AND o.deliverable = t.deliverable AND o.due_date = t.due_date)
                        ORDER BY t.due_date, t.document_id, t.version, t.position LIMIT :limit""")
                .bind("today", today.toString())
                .bindList("watched", WATCHED)
                .bind("limit", limit)
                .map(JdbiEditionRepository::editionTimeline)
                .list();
    }

    @Override
    public List<Edition> dueForExpiry(LocalDate today, int limit) {
        return handle.createQuery("""
                        SELECT * FROM editions WHERE status = :inForce AND review_due < :today ORDER BY review_due LIMIT :limit""")
                .bind("inForce", WireNames.of(EditionStatus.IN_FORCE))
                .bind("today", today.toString())
                .bind("limit", limit)
                .map(JdbiEditionRepository::edition)
                .list();
    }

    private static EditionTimeline editionTimeline(ResultSet row, StatementContext context) throws SQLException {
        return new EditionTimeline(row.getString("document_id"), row.getInt("version"),
                new Timeline(row.getString("deliverable"), LocalDate.parse(row.getString("due_date")), row.getString("description")));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Edition edition(ResultSet row, StatementContext context) throws SQLException {
        String reviewDue = row.getString("review_due");
        return new Edition(row.getString("document_id"), row.getInt("version"), row.getInt("revision"),
                row.getString("content_hash"), row.getString("submission_id"), row.getString("register_reference"),
                Timestamps.parse(row.getString("registered_at")), WireNames.parse(EditionStatus.class, row.getString("status")),
                Timestamps.parse(row.getString("status_changed_at")), row.getString("withdrawal_reason"),
                reviewDue == null ? null : LocalDate.parse(reviewDue));
    }
}
