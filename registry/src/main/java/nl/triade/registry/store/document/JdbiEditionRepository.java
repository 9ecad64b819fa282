package nl.triade.registry.store.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionRepository;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Registered editions in table {@code editions}, keyed by document and version. */
public final class JdbiEditionRepository implements EditionRepository {
    private final Handle handle;

    public JdbiEditionRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Edition edition) {
        handle.createUpdate("""
                        INSERT INTO editions (document_id, version, revision, content_hash, submission_id, register_reference, registered_at)
                        VALUES (:documentId, :version, :revision, :contentHash, :submissionId, :registerReference, :registeredAt)""")
                .bind("documentId", edition.documentId())
                .bind("version", edition.version())
                .bind("revision", edition.revision())
                .bind("contentHash", edition.contentHash())
                .bind("submissionId", edition.submissionId())
                .bind("registerReference", edition.registerReference())
                .bind("registeredAt", Timestamps.format(edition.registeredAt()))
                .execute();
    }

    @Override
    public List<Edition> of(String documentId) {
        return handle.createQuery("SELECT * FROM editions WHERE document_id = :documentId ORDER BY version")
                .bind("documentId", documentId)
                .map(JdbiEditionRepository::edition)
                .list();
    }

    private static Edition edition(ResultSet row, StatementContext context) throws SQLException {
        return new Edition(row.getString("document_id"), row.getInt("version"), row.getInt("revision"),
                row.getString("content_hash"), row.getString("submission_id"), row.getString("register_reference"),
                Timestamps.parse(row.getString("registered_at")));
    }
}
