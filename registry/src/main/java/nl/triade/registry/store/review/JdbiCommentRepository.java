package nl.triade.registry.store.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.domain.review.CommentPosition;
import nl.triade.registry.domain.review.CommentRepository;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.review.Disposition;
import nl.triade.registry.store.HeldInserts;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Comments in table {@code comments}, paged oldest first by {@code seq}. */
public final class JdbiCommentRepository implements CommentRepository {
    private final Handle handle;
    private final HeldInserts held;

    public JdbiCommentRepository(Handle handle, HeldInserts held) {
        this.handle = handle;
        this.held = held;
    }

    @Override
    public void insert(Comment comment) {
        held.insert("comments", """
                        INSERT INTO comments (id, document_id, revision, section_key, reply_to, author, organisation, source,
                                              body, status, disposition, rationale, resolved_by, resolved_at, created_at)
                        VALUES (:id, :documentId, :revision, :sectionKey, :replyTo, :author, :organisation, :source,
                                :body, :status, :disposition, :rationale, :resolvedBy, :resolvedAt, :createdAt)""", row -> row
                .bind("documentId", comment.documentId())
                .bind("revision", comment.revision())
                .bind("sectionKey", comment.sectionKey())
                .bind("replyTo", comment.replyTo())
                .bind("author", comment.author())
                .bind("organisation", comment.organisation())
                .bind("source", comment.source())
                .bind("body", comment.body())
                .bind("createdAt", Timestamps.format(comment.createdAt()))
                .bindMap(answer(comment)));
    }

    @Override
    public void update(Comment comment) {
        handle.createUpdate("""
                        UPDATE comments SET status = :status, disposition = :disposition, rationale = :rationale,
                               resolved_by = :resolvedBy, resolved_at = :resolvedAt
                        WHERE id = :id""")
                .bindMap(answer(comment))
                .execute();
    }

    private static Map<String, Object> answer(Comment comment) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", comment.id());
        values.put("status", WireNames.of(comment.status()));
        values.put("disposition", comment.disposition() == null ? null : WireNames.of(comment.disposition()));
        values.put("rationale", comment.rationale());
        values.put("resolvedBy", comment.resolvedBy());
        values.put("resolvedAt", Timestamps.format(comment.resolvedAt()));
        return values;
    }

    @Override
    public Optional<Comment> find(String documentId, String id) {
        return handle.createQuery("SELECT * FROM comments WHERE document_id = :documentId AND id = :id")
                .bind("documentId", documentId)
                .bind("id", id)
                .map(JdbiCommentRepository::map)
                .findOne();
    }

    @Override
    public Page<Comment> list(String documentId, CommentStatus status, String sectionKey, PageRequest page) {
        long after = page.cursor() == null ? 0 : Cursor.decodeNumber(page.cursor());
        List<Row> rows = handle.createQuery(listQuery(status != null, sectionKey != null))
                .bind("documentId", documentId)
                .bind("after", after)
                .bind("status", status == null ? null : WireNames.of(status))
                .bind("sectionKey", sectionKey)
                .bind("limit", page.rowsToRead())
                .map((row, context) -> new Row(row.getLong("seq"), map(row, context)))
                .list();
        return page.cut(rows, row -> Long.toString(row.seq()), Row::comment);
    }

    private record Row(long seq, Comment comment) {
    }

    /** A page of a document's comments, in order, optionally of one status and of one section. */
    static String listQuery(boolean byStatus, boolean bySection) {
        return "SELECT * FROM comments WHERE document_id = :documentId AND seq > :after"
                + (byStatus ? " AND status = :status" : "") + (bySection ? " AND section_key = :sectionKey" : "")
                + " ORDER BY seq LIMIT :limit";
    }

    @Override
    public int countOpen(String documentId) {
        return handle.createQuery("SELECT COUNT(*) FROM comments WHERE document_id = :documentId AND status = :open")
                .bind("documentId", documentId)
                .bind("open", WireNames.of(CommentStatus.OPEN))
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public List<CommentPosition> positions(String documentId) {
        return handle.createQuery("SELECT seq, id, reply_to, revision FROM comments WHERE document_id = :documentId ORDER BY seq")
                .bind("documentId", documentId)
                .map((row, context) -> new CommentPosition(row.getLong("seq"), row.getString("id"), row.getString("reply_to"),
                        row.getInt("revision")))
                .list();
    }

    @Override
    public List<Comment> withIds(String documentId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM comments WHERE document_id = :documentId AND id IN (<ids>)")
                .bind("documentId", documentId)
                .bindList("ids", List.copyOf(ids))
                .map(JdbiCommentRepository::map)
                .list();
    }

    private static Comment map(ResultSet row, StatementContext context) throws SQLException {
        String disposition = row.getString("disposition");
        return new Comment(row.getString("id"), row.getString("document_id"), row.getInt("revision"),
                row.getString("section_key"), row.getString("reply_to"), row.getString("author"),
                row.getString("organisation"), row.getString("source"), row.getString("body"),
                WireNames.parse(CommentStatus.class, row.getString("status")),
                disposition == null ? null : WireNames.parse(Disposition.class, disposition), row.getString("rationale"),
                row.getString("resolved_by"), Timestamps.parse(row.getString("resolved_at")),
                Timestamps.parse(row.getString("created_at")));
    }
}
