package nl.triade.registry.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * Prepared statements of SQLite's one writer connection, compiled once and run again: SQLite
 * compiles every statement into a program ({@code sqlite3_prepare}), which costs more than running
 * a small insert, and every write of a batch runs the same handful of statements on that
 * connection, one after the other, while the others wait for the batch.
 *
 * <ul>
 *   <li>Statements are made on the driver's own connection, beneath the pool's wrapper, so the pool
 *       does not close them when the connection goes back to it. When the pool replaces that
 *       connection, the statements of the old one are closed and made anew on the new one.</li>
 *   <li>A statement is lent to one use at a time: a use that asks for a statement already lent (a
 *       query run again while its own results are still being read) gets a fresh one, closed after it.</li>
 *   <li>One the driver closed (after an error that ended it) is made again. Statements that return
 *       generated keys, and calls, are always made afresh.</li>
 *   <li>At most {@value #MOST} are kept: the least recently used is closed to make room.</li>
 * </ul>
 * Everything is done under this object's lock, though the writer's pool lends its one connection to
 * one thread at a time.
 */
final class ReusedStatements implements StatementBuilderFactory, AutoCloseable {
    static final int MOST = 200;
    private static final StatementBuilder FRESH = new DefaultStatementBuilder();
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(32, 0.75f, true);
    private final Set<Statement> lent = Collections.newSetFromMap(new IdentityHashMap<>());
    private Connection keptOn;

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return new Lender();
    }

    /** Closes every kept statement (the database closes). */
    @Override
    public synchronized void close() {
        closeKept();
    }

    private synchronized PreparedStatement lend(Connection pooled, String sql) throws SQLException {
        Connection own = pooled.unwrap(SQLiteConnection.class);
        if (own != keptOn) {
            closeKept();
            keptOn = own;
        }
        PreparedStatement statement = kept.get(sql);
        if (statement != null && statement.isClosed()) {
            kept.remove(sql);
            statement = null;
        }
        if (statement != null && lent.contains(statement)) {
            return own.prepareStatement(sql);
        }
        if (statement == null) {
            statement = own.prepareStatement(sql);
            kept.put(sql, statement);
            makeRoom();
        }
        lent.add(statement);
        return statement;
    }

    private synchronized void giveBack(Statement statement) throws SQLException {
        if (lent.remove(statement) && !statement.isClosed()) {
            ((PreparedStatement) statement).clearParameters();
            return;
        }
        statement.close();
    }

    private void makeRoom() throws SQLException {
        Iterator<PreparedStatement> eldestFirst = kept.values().iterator();
        while (kept.size() > MOST && eldestFirst.hasNext()) {
            PreparedStatement statement = eldestFirst.next();
            if (!lent.contains(statement)) {
                eldestFirst.remove();
                statement.close();
            }
        }
    }

    private void closeKept() {
        for (PreparedStatement statement : kept.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // a statement of a connection that is gone; nothing more to free
            }
        }
        kept.clear();
        lent.clear();
        keptOn = null;
    }

    /** One handle's way to its statements: kept ones for plain SQL, fresh ones for everything else. */
    private final class Lender implements StatementBuilder {
        @Override
        public Statement create(Connection connection, StatementContext context) throws SQLException {
            return FRESH.create(connection, context);
        }

        @Override
        public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
            if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
                return FRESH.create(connection, sql, context);
            }
            return lend(connection, sql);
        }

        @Override
        public CallableStatement createCall(Connection connection, String sql, StatementContext context) throws SQLException {
            return FRESH.createCall(connection, sql, context);
        }

        @Override
        public void close(Connection connection, String sql, Statement statement) throws SQLException {
            giveBack(statement);
        }
    }
}
