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
 * Prepared statements of SQLite's connections, compiled once and run again: SQLite compiles every
 * statement into a program ({@code sqlite3_prepare}), which costs more than running a small insert
 * or a lookup by key, and a server runs the same few hundred statements all day. It matters most
 * on the one writer connection, where every write of a batch runs the same handful of statements
 * while the others wait for the batch.
 *
 * <ul>
 *   <li>Statements are kept per connection, made on the driver's own connection beneath the pool's
 *       wrapper, so the pool does not close them when the connection goes back to it. When the pool
 *       closes a connection, its statements are dropped the next time a new connection is met.</li>
 *   <li>A statement is lent to one use at a time: a use that asks for a statement already lent (a
 *       query run again while its own results are still being read) gets a fresh one, closed after it.</li>
 *   <li>A finished use leaves nothing behind: the driver resets a statement when its results are
 *       closed or its update ran, so no kept statement holds a read snapshot open.</li>
 *   <li>One the driver closed (after an error that ended it) is made again. Statements that return
 *       generated keys, and calls, are always made afresh.</li>
 *   <li>At most {@value #MOST_PER_CONNECTION} are kept per connection: the least recently used is
 *       closed to make room.</li>
 * </ul>
 */
final class ReusedStatements implements StatementBuilderFactory, AutoCloseable {
    static final int MOST_PER_CONNECTION = 200;
    private static final StatementBuilder FRESH = new DefaultStatementBuilder();
    private final Map<Connection, Kept> byConnection = new IdentityHashMap<>();

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return new Lender();
    }

    /** Closes every kept statement (the database closes). */
    @Override
    public synchronized void close() {
        byConnection.values().forEach(Kept::close);
        byConnection.clear();
    }

    private synchronized PreparedStatement lend(Connection pooled, String sql) throws SQLException {
        Connection own = pooled.unwrap(SQLiteConnection.class);
        Kept kept = byConnection.get(own);
        if (kept == null) {
            dropClosedConnections();
            kept = new Kept();
            byConnection.put(own, kept);
        }
        return kept.lend(own, sql);
    }

    private synchronized void giveBack(Statement statement) throws SQLException {
        Kept kept = statement.isClosed() ? null : byConnection.get(statement.getConnection());
        if (kept == null || !kept.takeBack(statement)) {
            statement.close();
        }
    }

    private void dropClosedConnections() throws SQLException {
        Iterator<Map.Entry<Connection, Kept>> entries = byConnection.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Connection, Kept> entry = entries.next();
            if (entry.getKey().isClosed()) {
                entry.getValue().close();
                entries.remove();
            }
        }
    }

    /** One connection's statements, least recently used first, and those lent out now. */
    private static final class Kept {
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(32, 0.75f, true);
        private final Set<Statement> lent = Collections.newSetFromMap(new IdentityHashMap<>());

        PreparedStatement lend(Connection own, String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement != null && statement.isClosed()) {
                statements.remove(sql);
                statement = null;
            }
            if (statement != null && lent.contains(statement)) {
                return own.prepareStatement(sql);
            }
            if (statement == null) {
                statement = own.prepareStatement(sql);
                statements.put(sql, statement);
                makeRoom();
            }
            lent.add(statement);
            return statement;
        }

        /** True if {@code statement} is kept here, and now free for the next use. */
        boolean takeBack(Statement statement) throws SQLException {
            if (!lent.remove(statement)) {
                return false;
            }
            ((PreparedStatement) statement).clearParameters();
            return true;
        }

        private void makeRoom() throws SQLException {
            Iterator<PreparedStatement> eldestFirst = statements.values().iterator();
            while (statements.size() > MOST_PER_CONNECTION && eldestFirst.hasNext()) {
                PreparedStatement statement = eldestFirst.next();
                if (!lent.contains(statement)) {
                    eldestFirst.remove();
                    statement.close();
                }
            }
        }

        void close() {
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    // a statement of a connection that is gone; nothing more to free
                }
            }
            statements.clear();
            lent.clear();
        }
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
