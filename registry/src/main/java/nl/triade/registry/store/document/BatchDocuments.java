package nl.triade.registry.store.document;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.triade.registry.domain.document.Document;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * The documents a batch read by id, kept until the batch runs anything but a query: the comments
 * of a consultation round land on a few documents, and each comment of a batch read its document
 * again, a round trip on PostgreSQL while the batch's other writes wait.
 *
 * <p>Sound because a batch holds the write lock from its first statement to its commit: only its
 * own statements change a row meanwhile, and any of them that is not a plain {@code SELECT} (an
 * insert, an update, a savepoint set or undone) forgets every kept document first. Reads outside
 * a batch use {@link #none()}, which keeps nothing. Only statements run through Jdbi are seen; no
 * SQL on the bare connection changes {@code documents}.
 */
public final class BatchDocuments {
    private static final Pattern QUERY = Pattern.compile("^\\s*SELECT\\b", Pattern.CASE_INSENSITIVE);
    private final boolean keeps;
    private final Map<String, Document> read = new HashMap<>();

    private BatchDocuments(boolean keeps) {
        this.keeps = keeps;
    }

    /** For one batch's transaction on {@code handle}, from its start to its commit. */
    public static BatchDocuments forBatch(Handle handle) {
        BatchDocuments documents = new BatchDocuments(true);
        handle.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                documents.forgetBefore(context.getRenderedSql());
            }
        });
        return documents;
    }

    /** For a read on its own: always read from the table. */
    public static BatchDocuments none() {
        return new BatchDocuments(false);
    }

    Optional<Document> find(String id, Supplier<Optional<Document>> query) {
        Document kept = read.get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Document> found = query.get();
        if (keeps) {
            found.ifPresent(document -> read.put(id, document));
        }
        return found;
    }

    private void forgetBefore(String sql) {
        if (!read.isEmpty() && !QUERY.matcher(sql).find()) {
            read.clear();
        }
    }
}
