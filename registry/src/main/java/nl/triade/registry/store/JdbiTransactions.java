package nl.triade.registry.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;

/** Runs each unit of work in one Jdbi transaction: writes on the single writer connection, reads on the reader pool. */
public final class JdbiTransactions implements Transactions {
    private final Database database;
    private final ObjectMapper json;

    public JdbiTransactions(Database database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public <T> T write(Function<Store, T> work) {
        return database.writer().inTransaction(handle -> work.apply(new JdbiStore(handle, json)));
    }

    @Override
    public <T> T read(Function<Store, T> work) {
        return database.reader().inTransaction(handle -> work.apply(new JdbiStore(handle, json)));
    }
}
