package nl.triade.registry.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Function;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnavailableException;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Runs each unit of work in one Jdbi transaction: writes on the single writer connection, holding
 * the engine's write lock, reads on the reader pool. A connection or the write lock not had within the wait is
 * {@link UnavailableException}, answered {@code 503} with {@code Retry-After}.
 */
public final class JdbiTransactions implements Transactions {
    /** PostgreSQL's SQLSTATE when {@code lock_timeout} passed before the write lock was had. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private final Database database;
    private final ObjectMapper json;
    private final Duration wait;

    public JdbiTransactions(Database database, ObjectMapper json, Duration wait) {
        this.database = database;
        this.json = json;
        this.wait = wait;
    }

    @Override
    public <T> T write(Function<Store, T> work) {
        try {
            return database.writer().inTransaction(handle -> {
                database.engine().lockWrites(handle);
                return work.apply(new JdbiStore(handle, json, database.engine()));
            });
        } catch (JdbiException e) {
            throw busyOr(e);
        }
    }

    @Override
    public <T> T read(Function<Store, T> work) {
        try {
            return database.reader().inTransaction(handle -> work.apply(new JdbiStore(handle, json, database.engine())));
        } catch (JdbiException e) {
            throw busyOr(e);
        }
    }

    private RuntimeException busyOr(JdbiException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return new UnavailableException("no database connection became free within " + wait.toMillis()
                        + " ms; try again shortly", wait);
            }
            if (cause instanceof SQLiteException sqlite && isBusy(sqlite.getResultCode())
                    || cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return new UnavailableException("the database stayed locked for " + wait.toMillis()
                        + " ms; try again shortly", wait);
            }
        }
        return failure;
    }

    /** SQLITE_BUSY and its extended codes (e.g. SQLITE_BUSY_SNAPSHOT) share the primary code in the low byte. */
    private static boolean isBusy(SQLiteErrorCode code) {
        return (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }
}
