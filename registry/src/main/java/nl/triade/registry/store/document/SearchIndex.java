package nl.triade.registry.store.document;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.triade.registry.domain.document.Document;
import org.jdbi.v3.core.Handle;

/**
 * Full-text search, the one engine-specific part of the document store: SQLite FTS5 here. The
 * user's words are quoted into FTS5 strings, so no input can be read as query syntax.
 */
final class SearchIndex {
    static final String MATCHING = "d.seq IN (SELECT rowid FROM document_search WHERE document_search MATCH :q)";

    private SearchIndex() {
    }

    static void replace(Handle handle, long seq, Document document) {
        handle.createUpdate("DELETE FROM document_search WHERE rowid = :seq").bind("seq", seq).execute();
        String body = document.content().sections().stream()
                .map(section -> section.title() + "\n" + section.body())
                .collect(Collectors.joining("\n\n"));
        handle.createUpdate("INSERT INTO document_search (rowid, title, summary, body) VALUES (:seq, :title, :summary, :body)")
                .bind("seq", seq)
                .bind("title", document.content().fields().title())
                .bind("summary", document.content().fields().summary())
                .bind("body", body)
                .execute();
    }

    /** The FTS5 query for the user's words (all must occur), or null when there are none. */
    static String query(String text) {
        String query = Arrays.stream(text.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> "\"" + word.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? null : query;
    }
}
