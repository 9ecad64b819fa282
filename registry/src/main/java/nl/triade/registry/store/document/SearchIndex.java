package nl.triade.registry.store.document;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.store.Engine;
import org.jdbi.v3.core.Handle;

/**
 * Full-text search, the one engine-specific part of the document store. SQLite: FTS5, the user's
 * words quoted into FTS5 strings, so no input can be read as query syntax. PostgreSQL: a Dutch
 * {@code tsvector} per document (title weighs most), queried with {@code plainto_tsquery}, which
 * reads no syntax at all. Either way every word must occur; PostgreSQL's Dutch stemming also finds
 * other forms of a word ({@code richtlijnen} for {@code richtlijn}), where FTS5 matches whole words
 * with their diacritics removed.
 */
final class SearchIndex {
    private final Engine engine;

    SearchIndex(Engine engine) {
        this.engine = engine;
    }

    /** The condition on {@code d.seq} that the bound {@code :q} matches. */
    String matching() {
        return switch (engine) {
            case SQLITE -> "d.seq IN (SELECT rowid FROM document_search WHERE document_search MATCH :q)";
            case POSTGRESQL -> "d.seq IN (SELECT document_seq FROM document_search WHERE words @@ plainto_tsquery('dutch', :q))";
        };
    }

    void replace(Handle handle, long seq, Document document) {
        String body = document.content().sections().stream()
                .map(section -> section.title() + "\n" + section.body())
                .collect(Collectors.joining("\n\n"));
        String delete = switch (engine) {
            case SQLITE -> "DELETE FROM document_search WHERE rowid = :seq";
            case POSTGRESQL -> "DELETE FROM document_search WHERE document_seq = :seq";
        };
        String insert = switch (engine) {
            case SQLITE -> "INSERT INTO document_search (rowid, title, summary, body) VALUES (:seq, :title, :summary, :body)";
            case POSTGRESQL -> "INSERT INTO document_search (document_seq, words) VALUES (:seq,"
                    + " setweight(to_tsvector('dutch', coalesce(:title, '')), 'A')"
                    + " || setweight(to_tsvector('dutch', coalesce(:summary, '')), 'B')"
                    + " || to_tsvector('dutch', :body))";
        };
        handle.createUpdate(delete).bind("seq", seq).execute();
        handle.createUpdate(insert)
                .bind("seq", seq)
                .bind("title", document.content().fields().title())
                .bind("summary", document.content().fields().summary())
                .bind("body", body)
                .execute();
    }

    /** What {@code :q} is bound to for the user's words (all must occur), or null when there are none. */
    String query(String text) {
        String[] words = Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
        if (words.length == 0) {
            return null;
        }
        return switch (engine) {
            case SQLITE -> Arrays.stream(words).map(word -> "\"" + word.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" "));
            case POSTGRESQL -> String.join(" ", words);
        };
    }
}
