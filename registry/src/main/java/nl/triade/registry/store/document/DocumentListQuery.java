package nl.triade.registry.store.document;

import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentStatus;
import org.jdbi.v3.core.statement.Query;

/**
 * Builds the keyset-paginated list query from fixed SQL fragments; only the choice of fragments
 * varies, every value is bound. Newest first by {@code seq}, which an index serves for each filter.
 */
final class DocumentListQuery {
    private final DocumentQuery query;
    private final PageRequest page;
    private final List<String> conditions = new ArrayList<>();
    private final String searchQuery;

    DocumentListQuery(DocumentQuery query, PageRequest page) {
        this.query = query;
        this.page = page;
        this.searchQuery = query.text() == null ? null : SearchIndex.query(query.text());
        if (query.kind() != null) {
            conditions.add("d.kind = :kind");
        }
        if (query.status() != null) {
            conditions.add("d.status = :status");
        }
        if (query.condition() != null) {
            conditions.add("d.condition = :condition");
        }
        if (query.organisation() != null) {
            conditions.add("d.seq IN (SELECT document_seq FROM document_participants WHERE organisation = :organisation)");
        }
        if (searchQuery != null) {
            conditions.add(SearchIndex.MATCHING);
        }
        if (query.viewerOrganisation() == null && !query.administrator()) {
            conditions.add("d.status = '" + WireNames.of(DocumentStatus.REGISTERED) + "'");
        } else if (!query.administrator()) {
            conditions.add("(d.status IN (" + openStatuses() + ")"
                    + " OR d.seq IN (SELECT document_seq FROM document_participants WHERE organisation = :viewer))");
        }
        if (page.cursor() != null) {
            conditions.add("d.seq < :cursor");
        }
    }

    String text() {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return "SELECT d.seq, d.id, d.kind, d.status, d.version, d.revision, d.title, d.condition, d.updated_at"
                + " FROM documents d" + where + " ORDER BY d.seq DESC LIMIT :limit";
    }

    Query bindTo(Query statement) {
        statement.bind("limit", page.limit() + 1);
        if (query.kind() != null) {
            statement.bind("kind", WireNames.of(query.kind()));
        }
        if (query.status() != null) {
            statement.bind("status", WireNames.of(query.status()));
        }
        statement.bind("condition", query.condition());
        statement.bind("organisation", query.organisation());
        statement.bind("q", searchQuery);
        statement.bind("viewer", query.viewerOrganisation());
        if (page.cursor() != null) {
            statement.bind("cursor", Cursor.decodeNumber(page.cursor()));
        }
        return statement;
    }

    private static String openStatuses() {
        return DocumentAccess.OPEN_TO_ACCOUNTS.stream().map(status -> "'" + WireNames.of(status) + "'")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }
}
