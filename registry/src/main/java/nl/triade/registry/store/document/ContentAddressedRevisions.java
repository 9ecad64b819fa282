package nl.triade.registry.store.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.List;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.store.StoredJson;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Migration 11: revisions stop holding a full copy of the content each and list their
 * {@link ContentParts content parts} instead. Java, because splitting the stored JSON into parts and
 * hashing them is beyond SQL. Every old revision is rewritten in the order it was made, read back
 * and compared with the content it held; any difference aborts the migration, which runs in one
 * transaction, so the database is either fully migrated or untouched. Content hashes are copied as
 * they are: they were computed over the content, which does not change.
 */
public final class ContentAddressedRevisions implements JavaMigration {
    private static final int BATCH = 200;
    private final StoredJson json;

    public ContentAddressedRevisions(ObjectMapper json) {
        this.json = new StoredJson(json);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "content addressed revisions";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connection;
            }

            @Override
            public void closeConnection(Connection toClose) {
                // Flyway owns the connection and its transaction.
            }
        }).useHandle(this::migrate);
    }

    private void migrate(Handle handle) {
        handle.execute("""
                CREATE TABLE content_parts (
                    id    INTEGER PRIMARY KEY,
                    hash  TEXT NOT NULL UNIQUE,
                    json  TEXT NOT NULL
                )""");
        handle.execute("""
                CREATE TABLE revisions_by_parts (
                    document_seq  INTEGER NOT NULL REFERENCES documents (seq),
                    number        INTEGER NOT NULL,
                    content_hash  TEXT NOT NULL,
                    author        TEXT NOT NULL,
                    organisation  TEXT NOT NULL,
                    at            TEXT NOT NULL,
                    note          TEXT,
                    parts         TEXT NOT NULL,
                    PRIMARY KEY (document_seq, number)
                )""");
        ContentParts parts = new ContentParts(handle, json);
        long afterSeq = -1;
        int afterNumber = 0;
        List<OldRevision> batch;
        do {
            batch = handle.createQuery("""
                            SELECT * FROM revisions WHERE (document_seq, number) > (:seq, :number)
                            ORDER BY document_seq, number LIMIT :limit""")
                    .bind("seq", afterSeq)
                    .bind("number", afterNumber)
                    .bind("limit", BATCH)
                    .map((row, ctx) -> new OldRevision(row.getLong("document_seq"), row.getInt("number"), row.getString("content")))
                    .list();
            for (OldRevision old : batch) {
                rewrite(handle, parts, old);
                afterSeq = old.documentSeq();
                afterNumber = old.number();
            }
        } while (batch.size() == BATCH);
        handle.execute("DROP TABLE revisions");
        handle.execute("ALTER TABLE revisions_by_parts RENAME TO revisions");
    }

    private void rewrite(Handle handle, ContentParts parts, OldRevision old) {
        DocumentContent content = json.read(old.content(), DocumentContent.class);
        RevisionManifest manifest = parts.store(content);
        if (!parts.load(manifest).equals(content)) {
            throw new IllegalStateException("revision " + old.number() + " of document " + old.documentSeq()
                    + " does not read back as it was stored; migration aborted");
        }
        handle.createUpdate("""
                        INSERT INTO revisions_by_parts (document_seq, number, content_hash, author, organisation, at, note, parts)
                        SELECT document_seq, number, content_hash, author, organisation, at, note, :parts
                        FROM revisions WHERE document_seq = :seq AND number = :number""")
                .bind("parts", json.write(manifest))
                .bind("seq", old.documentSeq())
                .bind("number", old.number())
                .execute();
    }

    private record OldRevision(long documentSeq, int number, String content) {
    }
}
