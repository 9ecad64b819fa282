package nl.triade.registry.store;

import java.sql.SQLException;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements sent to the database (a batch counts once: it is one round trip), so the
 * number of statements one request costs can be read around it: a page or a change whose count grows
 * with the number of sections, comments or participants is an N+1 query.
 */
final class StatementCount implements SqlLogger {
    private final LongAdder statements = new LongAdder();

    @Override
    public void logAfterExecution(StatementContext context) {
        statements.increment();
    }

    @Override
    public void logException(StatementContext context, SQLException failure) {
        statements.increment();
    }

    long total() {
        return statements.sum();
    }
}
