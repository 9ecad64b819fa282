package nl.triade.registry.store;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.Update;

/**
 * Inserts whose outcome no caller reads (a comment, an audit event), held back in a batch's first
 * run and sent together: one JDBC batch per statement, which pgjdbc sends in one round trip. On
 * PostgreSQL each comment of a batch was two round trips in a row (the comment, its event) that
 * every write queued behind the batch waited for; held, the batch's comments cost two in all.
 *
 * <p>What is held is sent before it could be missed:
 * <ul>
 *   <li>before any statement that names a table with inserts waiting, so a read (or an update)
 *       sees them, as it would have;</li>
 *   <li>before any statement that is not a plain query or change (a savepoint, its undoing), so a
 *       savepoint divides what is held as it divides what ran;</li>
 *   <li>after the batch's last unit, before the commit ({@link #send}).</li>
 * </ul>
 * A statement that depends on a held row without naming its table (a foreign key to it) fails,
 * as does a held insert itself if a constraint refuses it; either way the batch's first run fails,
 * and it runs again with every statement sent at once ({@link #atOnce}), each unit in a savepoint
 * of its own, where the failure is its own unit's. A failed send is kept, so a unit that caught it
 * cannot hide it from the batch. Only statements run through Jdbi are seen: SQL run on the bare
 * connection must not read the held tables.
 */
public final class HeldInserts {
    private static final Pattern QUERY_OR_CHANGE = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\\b",
            Pattern.CASE_INSENSITIVE);
    private final Handle handle;
    private final boolean holds;
    /** By statement, in the order first held: rows of one statement keep their order, and a later statement's rows follow. */
    private final Map<String, PreparedBatch> waiting = new LinkedHashMap<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private Pattern naming;
    private boolean sending;
    private RuntimeException failed;

    private HeldInserts(Handle handle, boolean holds) {
        this.handle = handle;
        this.holds = holds;
    }

    /** Every insert runs when called. */
    public static HeldInserts atOnce(Handle handle) {
        return new HeldInserts(handle, false);
    }

    /** Inserts wait until a statement could miss them, or {@link #send}; for the handle's one transaction. */
    static HeldInserts holding(Handle handle) {
        HeldInserts held = new HeldInserts(handle, true);
        handle.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                held.sendBefore(context.getRenderedSql());
            }
        });
        return held;
    }

    /** Inserts one row into {@code table} with {@code sql}, its values bound by {@code values}; held if this holds. */
    public void insert(String table, String sql, Consumer<SqlStatement<?>> values) {
        if (!holds) {
            Update update = handle.createUpdate(sql);
            values.accept(update);
            update.execute();
            return;
        }
        PreparedBatch batch = waiting.computeIfAbsent(sql, handle::prepareBatch);
        values.accept(batch);
        batch.add();
        if (tables.add(table.toLowerCase(Locale.ROOT))) {
            naming = Pattern.compile("\\b(" + String.join("|", tables) + ")\\b", Pattern.CASE_INSENSITIVE);
        }
    }

    /** Sends what is held; throws {@link HeldInsertsFailed} if this or an earlier send failed. */
    void send() {
        if (failed == null) {
            sendWaiting();
        }
        if (failed != null) {
            throw new HeldInsertsFailed(failed);
        }
    }

    private void sendBefore(String sql) {
        if (sending || waiting.isEmpty()) {
            return;
        }
        if (!QUERY_OR_CHANGE.matcher(sql).find() || naming.matcher(sql).find()) {
            send();
        }
    }

    private void sendWaiting() {
        sending = true;
        try {
            for (PreparedBatch batch : waiting.values()) {
                batch.execute();
            }
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            sending = false;
            waiting.clear();
            tables.clear();
        }
    }

    /** A held insert failed when sent: the batch's first run cannot commit, and runs again. */
    static final class HeldInsertsFailed extends RuntimeException {
        HeldInsertsFailed(RuntimeException cause) {
            super("a held insert failed when sent", cause);
        }
    }
}
