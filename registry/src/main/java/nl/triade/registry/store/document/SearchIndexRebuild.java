package nl.triade.registry.store.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.triade.registry.store.Engine;
import org.jdbi.v3.core.Handle;

/**
 * The full-text index rebuilt from the stored documents, through the same {@link SearchIndex} that
 * every write keeps in step, for a database whose rows were loaded wholesale (an imported archive).
 * Also says which tables and columns are that index: derived data, never carried in an archive.
 */
public final class SearchIndexRebuild {
    private static final String TABLE = "document_search";
    private static final int PAGE = 200;

    private SearchIndexRebuild() {
    }

    /** Indexes every document, a page at a time, on {@code handle}'s open transaction. */
    public static void rebuild(Handle handle, ObjectMapper json, Engine engine) {
        JdbiDocumentRepository documents = new JdbiDocumentRepository(handle, json, engine, new ParsedContents(), BatchDocuments.none());
        SearchIndex index = new SearchIndex(engine);
        long after = 0;
        List<Map.Entry<Long, String>> page;
        do {
            page = handle.createQuery("SELECT seq, id FROM documents WHERE seq > :after ORDER BY seq LIMIT :limit")
                    .bind("after", after)
                    .bind("limit", PAGE)
                    .map((row, context) -> Map.entry(row.getLong("seq"), row.getString("id")))
                    .list();
            for (Map.Entry<Long, String> document : page) {
                index.replace(handle, document.getKey(), documents.find(document.getValue()).orElseThrow());
                after = document.getKey();
            }
        } while (page.size() == PAGE);
    }

    /** The index's own tables: SQLite's FTS5 table and the shadow tables it keeps beside it. */
    public static boolean isIndexTable(String table) {
        return table.equals(TABLE) || table.startsWith(TABLE + "_");
    }

    /** A column that holds the index inside a table (PostgreSQL's {@code tsvector}), by its database type name. */
    public static boolean isIndexColumn(String typeName) {
        return "tsvector".equalsIgnoreCase(typeName);
    }
}
