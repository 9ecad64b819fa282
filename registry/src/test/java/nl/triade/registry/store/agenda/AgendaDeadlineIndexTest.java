package nl.triade.registry.store.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The deadline watch finds open items past their deadline through the partial index, never by reading the whole agenda. */
@Tag("sqlite-only") // it reads SQLite query plans
class AgendaDeadlineIndexTest {

    @Test
    void dueItemsAreFoundThroughTheIndexOnOpenDeadlines() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start();
             Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN " + JdbiAgendaRepository.OPEN_BEFORE
                     .replace(":today", "'2027-01-01'").replace(":limit", "50"))) {
            List<String> steps = new ArrayList<>();
            while (plan.next()) {
                steps.add(plan.getString("detail"));
            }
            assertEquals(1, steps.size(), steps.toString());
            assertTrue(steps.get(0).startsWith("SEARCH agenda_items USING INDEX agenda_items_open_by_deadline"), steps.toString());
        }
    }
}
