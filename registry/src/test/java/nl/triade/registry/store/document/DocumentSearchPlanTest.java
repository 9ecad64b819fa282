package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.store.Engine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search page costs what the page holds, not what the registry holds: SQLite reads the full-text index newest first
 * and stops at the page's last visible match, testing each match's visibility with one index lookup. Before, it listed
 * every match and every document of the viewer's organisation, and sorted: at 100,000 documents a search took 30 ms
 * of the database's time where it took under 1 ms at 1,000 (bench/speed --scale). The plan is read on a running
 * registry's schema with SQLite's {@code EXPLAIN QUERY PLAN}.
 */
@Tag("sqlite-only") // the plan of FTS5; PostgreSQL's search is its own (SearchIndex)
class DocumentSearchPlanTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    private static List<String> plan(DocumentListQuery query) throws SQLException {
        String literal = query.text().replace(":limit", "51").replace(":cursor", "1000").replaceAll(":[a-zA-Z]+\\b", "'x'");
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN " + literal)) {
            List<String> steps = new ArrayList<>();
            while (plan.next()) {
                steps.add(plan.getString(4).strip());
            }
            return steps;
        }
    }

    private static DocumentListQuery search(String viewer, boolean administrator, String cursor) {
        return new DocumentListQuery(new DocumentQuery(null, null, null, null, "voetcontrole", null, null, viewer, administrator),
                new PageRequest(50, cursor), new SearchIndex(Engine.SQLITE), Engine.SQLITE);
    }

    @Test
    void aMembersSearchReadsTheIndexNewestFirstAndLooksUpEachMatchesVisibility() throws SQLException {
        List<String> steps = plan(search("patienten", false, null));
        readsTheIndexInOrder(steps);
        assertTrue(steps.contains("SEARCH p USING COVERING INDEX sqlite_autoindex_document_participants_1 (document_seq=? AND organisation=?)"),
                steps.toString());
        assertEquals(4, steps.size(), steps.toString());
    }

    @Test
    void anAdministratorsSearchReadsTheIndexInOrderToo() throws SQLException {
        List<String> steps = plan(search(null, true, null));
        readsTheIndexInOrder(steps);
        assertEquals(2, steps.size(), steps.toString());
    }

    @Test
    void aLaterPageStartsInTheIndexAfterTheCursor() throws SQLException {
        List<String> steps = plan(search("patienten", false, "ZAA"));
        readsTheIndexInOrder(steps);
        // FTS5 takes the rowid bound itself ("<" after its index number): it reads from the cursor on
        assertTrue(steps.get(0).endsWith("<"), steps.toString());
    }

    /** The full-text table first, the documents by key, and no sort afterwards: the index's rowid order is the page's. */
    private static void readsTheIndexInOrder(List<String> steps) {
        assertTrue(steps.get(0).startsWith("SCAN s VIRTUAL TABLE INDEX "), steps.toString());
        assertEquals("SEARCH d USING INTEGER PRIMARY KEY (rowid=?)", steps.get(1), steps.toString());
        assertTrue(steps.stream().noneMatch(step -> step.contains("TEMP B-TREE")), steps.toString());
    }
}
