package nl.triade.registry.store.work;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.store.Engine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queries of "my work" read what waits for one organisation by searching indexes: none scans a
 * whole table or index of documents, comments, approvals or editions, however many other
 * organisations' rows it holds (only the JSON array of a subscription's conditions is walked).
 * SQLite's plan, read on a running registry's schema.
 */
@Tag("sqlite-only") // it reads SQLite query plans
class WorkQueryPlanTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    private static List<String> plan(String query) throws SQLException {
        String literal = query.replaceAll(":(rows|excerpt)\\b", "50").replaceAll(":[a-zA-Z]+\\b", "'x'");
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN " + literal)) {
            List<String> steps = new ArrayList<>();
            while (plan.next()) {
                steps.add(plan.getString("detail"));
            }
            return steps;
        }
    }

    @Test
    void noQueryReadsAWholeTable() throws SQLException {
        Map<String, String> queries = Map.of("awaitingAnswer", JdbiWorkRepository.AWAITING_ANSWER,
                "awaitingDecision", JdbiWorkRepository.awaitingDecision(Engine.SQLITE),
                "consultationsFollowed", JdbiWorkRepository.consultationsFollowed(Engine.SQLITE),
                "overdueTijdpaden", JdbiWorkRepository.OVERDUE_TIJDPADEN);
        for (Map.Entry<String, String> query : queries.entrySet()) {
            List<String> steps = plan(query.getValue());
            for (String step : steps) {
                assertTrue(!step.startsWith("SCAN ") || step.contains("VIRTUAL TABLE"),
                        query.getKey() + " reads a whole table or index: " + steps);
            }
            assertTrue(steps.stream().anyMatch(step -> step.contains("INDEX")), query.getKey() + ": " + steps);
        }
    }
}
