package nl.triade.registry.store.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page of a document's comments is read from an index that holds exactly the rows asked for, in
 * their order: with a status or a section filter too, so a consultation with a million comments
 * reads one page's rows, not every comment of the document to find the open ones or one section's.
 * The plan is read on a running registry's schema: SQLite's {@code EXPLAIN QUERY PLAN}, and
 * PostgreSQL's {@code EXPLAIN} with sequential scans priced out (its tables here are too small for
 * the planner to want an index; what matters is that one fits).
 */
class CommentQueryPlanTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    private static List<String> plan(String query) throws SQLException {
        String literal = query.replace(":after", "0").replace(":limit", "50").replaceAll(":[a-zA-Z]+\\b", "'x'");
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = connection.createStatement()) {
            if (TestDatabases.postgresql()) {
                statement.execute("SET enable_seqscan = off");
            }
            List<String> steps = new ArrayList<>();
            try (ResultSet plan = statement.executeQuery((TestDatabases.postgresql() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + literal)) {
                while (plan.next()) {
                    // seq is SQLite's rowid, which every index of the table ends in
                    steps.add(plan.getString(TestDatabases.postgresql() ? 1 : 4).strip().replace("rowid>?", "seq>?"));
                }
            }
            return steps;
        }
    }

    private static void readsInOrderFrom(String index, String searched, String query) throws SQLException {
        List<String> steps = plan(query);
        if (TestDatabases.postgresql()) {
            assertTrue(steps.stream().anyMatch(step -> step.contains("Index Scan using " + index + " on comments")), steps.toString());
            assertTrue(steps.stream().noneMatch(step -> step.contains("Sort") || step.startsWith("Filter")), steps.toString());
        } else {
            assertEquals(List.of("SEARCH comments USING INDEX " + index + " (" + searched + ")"), steps);
        }
    }

    @Test
    void aPageOfCommentsIsSearchedByEveryFilterInOrder() throws SQLException {
        readsInOrderFrom("comments_document", "document_id=? AND seq>?", JdbiCommentRepository.listQuery(false, false));
        readsInOrderFrom("comments_open", "document_id=? AND status=? AND seq>?", JdbiCommentRepository.listQuery(true, false));
        readsInOrderFrom("comments_section", "document_id=? AND section_key=? AND seq>?", JdbiCommentRepository.listQuery(false, true));
    }
}
