package nl.triade.registry.store.document;

import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.EditionStatus;
import nl.triade.registry.domain.document.Overdue;
import nl.triade.registry.store.Engine;
import org.jdbi.v3.core.statement.Query;

/**
 * Builds the keyset-paginated list query from fixed SQL fragments; only the choice of fragments
 * varies, every value is bound. Newest first by {@code seq}.
 *
 * <p>For an ordinary account the visible documents are "open to all accounts" or "my
 * organisation participates". Written as one {@code OR}, SQLite materialises every document of
 * the organisation and sorts them (40 ms at 20,000); written as the union of the newest
 * {@code limit} of each side, both sides are read in index order and stop early (under 1 ms).
 * The first {@code limit} of the union are the first {@code limit} overall. With a filter the
 * union side has to test every document of the organisation against it, and the plain {@code OR}
 * is the faster form again (measured in {@code bench/}: 5–10 ms against 20–33 ms), with "my
 * organisation participates" tested per row ({@code EXISTS}) rather than as a list of all its
 * documents (30 ms at 100,000 documents, each query). A search is read in the full-text index's own
 * order, newest first, so it stops at {@code limit} matches too (see {@link SearchIndex#from}).
 */
final class DocumentListQuery {
    /**
     * {@link DocumentAccess#openToAccounts} in SQL: an open status, or withdrawn from one. The
     * second term is a residual test on the few withdrawn rows the status index yields.
     */
    private static String openToAccounts(Engine engine) {
        return "(d.status IN (" + openStatuses() + ") OR (d.status = '" + WireNames.of(DocumentStatus.WITHDRAWN) + "' AND "
                + engine.jsonText("d.workflow", "withdrawnFrom") + " IN (" + openStatuses() + ")))";
    }

    /** The editions whose review date or tijdpaden are watched: in force or expired (superseded and withdrawn ones are nobody's to keep any more). */
    private static final String WATCHED_EDITION = "e.document_id = d.id AND e.status IN ('"
            + WireNames.of(EditionStatus.IN_FORCE) + "', '" + WireNames.of(EditionStatus.EXPIRED) + "')";

    /**
     * {@link nl.triade.registry.domain.document.EditionRepository#overdueTimelines} in SQL: a
     * document with a watched edition that has a tijdpad due before {@code :today}. ISO dates
     * compare as text.
     */
    private static final String OVERDUE_TIMELINE = "EXISTS (SELECT 1 FROM editions e JOIN edition_timelines t"
            + " ON t.document_id = e.document_id AND t.version = e.version WHERE " + WATCHED_EDITION + " AND t.due_date < :today)";

    /** A document with a watched edition whose review date lies before {@code :today}. */
    private static final String OVERDUE_REVIEW = "EXISTS (SELECT 1 FROM editions e WHERE " + WATCHED_EDITION + " AND e.review_due < :today)";

    private final DocumentQuery query;
    private final PageRequest page;
    private final List<String> conditions = new ArrayList<>();
    private final String searchQuery;
    private final String openToAccounts;
    private final String from;
    private final String seq;

    DocumentListQuery(DocumentQuery query, PageRequest page, SearchIndex search, Engine engine) {
        this.query = query;
        this.page = page;
        this.searchQuery = query.text() == null ? null : search.query(query.text());
        this.openToAccounts = openToAccounts(engine);
        this.from = searchQuery == null ? " FROM documents d" : search.from();
        this.seq = searchQuery == null ? "d.seq" : search.seq();
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
            conditions.add(search.matching());
        }
        if (query.overdue() == Overdue.TIJDPAD) {
            conditions.add(OVERDUE_TIMELINE);
        } else if (query.overdue() == Overdue.REVIEW) {
            conditions.add(OVERDUE_REVIEW);
        }
        if (query.viewerOrganisation() == null && !query.administrator()) {
            conditions.add("d.status = '" + WireNames.of(DocumentStatus.REGISTERED) + "'");
        }
        if (page.cursor() != null) {
            conditions.add(seq + " < :cursor");
        }
    }

    String text() {
        String columns = "SELECT d.seq, d.id, d.kind, d.status, d.version, d.revision, d.title, d.condition, d.updated_at";
        String newestFirst = " ORDER BY " + seq + " DESC LIMIT :limit";
        if (query.administrator() || query.viewerOrganisation() == null) {
            return columns + from + where(conditions) + newestFirst;
        }
        if (filtered()) {
            List<String> visible = new ArrayList<>(conditions);
            visible.add("(" + openToAccounts
                    + " OR EXISTS (SELECT 1 FROM document_participants p WHERE p.document_seq = d.seq AND p.organisation = :viewer))");
            return columns + from + where(visible) + newestFirst;
        }
        columns += " FROM documents d";
        List<String> open = new ArrayList<>(conditions);
        open.add(openToAccounts);
        List<String> participating = new ArrayList<>(conditions);
        participating.add("v.organisation = :viewer");
        return columns + " WHERE d.seq IN ("
                + "SELECT seq FROM (SELECT d.seq AS seq FROM documents d" + where(open)
                + " ORDER BY d.seq DESC LIMIT :limit)"
                + " UNION ALL SELECT seq FROM (SELECT d.seq AS seq FROM document_participants v"
                + " JOIN documents d ON d.seq = v.document_seq" + where(participating)
                + " ORDER BY v.document_seq DESC LIMIT :limit))"
                + " ORDER BY d.seq DESC LIMIT :limit";
    }

    private boolean filtered() {
        return query.kind() != null || query.status() != null || query.condition() != null
                || query.organisation() != null || searchQuery != null || query.overdue() != null;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Query bindTo(Query statement) {
        statement.bind("limit", page.rowsToRead());
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
        statement.bind("today", query.overdueOn() == null ? null : query.overdueOn().toString());
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
