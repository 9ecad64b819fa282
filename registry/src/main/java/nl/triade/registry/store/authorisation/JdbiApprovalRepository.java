package nl.triade.registry.store.authorisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.authorisation.ApprovalRepository;
import nl.triade.registry.domain.authorisation.Decision;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Decisions in table {@code approvals}; the unique key makes a second decision per organisation and round impossible. */
public final class JdbiApprovalRepository implements ApprovalRepository {
    private final Handle handle;

    public JdbiApprovalRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(String documentId, Approval approval) {
        handle.createUpdate("""
                        INSERT INTO approvals (document_id, organisation, decision, motivation, revision, content_hash,
                                               decided_by, decided_at)
                        VALUES (:documentId, :organisation, :decision, :motivation, :revision, :contentHash, :decidedBy, :decidedAt)""")
                .bind("documentId", documentId)
                .bind("organisation", approval.organisation())
                .bind("decision", WireNames.of(approval.decision()))
                .bind("motivation", approval.motivation())
                .bind("revision", approval.revision())
                .bind("contentHash", approval.contentHash())
                .bind("decidedBy", approval.decidedBy())
                .bind("decidedAt", Timestamps.format(approval.decidedAt()))
                .execute();
    }

    @Override
    public List<Approval> forRevision(String documentId, int revision) {
        return handle.createQuery("SELECT * FROM approvals WHERE document_id = :documentId AND revision = :revision ORDER BY seq")
                .bind("documentId", documentId)
                .bind("revision", revision)
                .map(JdbiApprovalRepository::map)
                .list();
    }

    @Override
    public Page<Approval> list(String documentId, PageRequest page) {
        long after = page.cursor() == null ? 0 : Cursor.decodeNumber(page.cursor());
        List<Row> rows = handle.createQuery("SELECT * FROM approvals WHERE document_id = :documentId AND seq > :after"
                        + " ORDER BY seq LIMIT :limit")
                .bind("documentId", documentId)
                .bind("after", after)
                .bind("limit", page.rowsToRead())
                .map((row, context) -> new Row(row.getLong("seq"), map(row, context)))
                .list();
        return page.cut(rows, row -> Long.toString(row.seq()), Row::approval);
    }

    @Override
    public OptionalInt roundBefore(String documentId, int revision) {
        return handle.createQuery("SELECT MAX(revision) FROM approvals WHERE document_id = :documentId AND revision < :revision")
                .bind("documentId", documentId)
                .bind("revision", revision)
                .mapTo(Integer.class)
                .findOne()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    private record Row(long seq, Approval approval) {
    }

    private static Approval map(ResultSet row, StatementContext context) throws SQLException {
        return new Approval(row.getString("organisation"), WireNames.parse(Decision.class, row.getString("decision")),
                row.getString("motivation"), row.getInt("revision"), row.getString("content_hash"),
                row.getString("decided_by"), Timestamps.parse(row.getString("decided_at")));
    }
}
