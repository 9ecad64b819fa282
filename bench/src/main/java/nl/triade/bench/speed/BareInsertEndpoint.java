package nl.triade.bench.speed;

import io.javalin.Javalin;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.sqlite.SQLiteConfig;

/**
 * The ceiling of a durable write: a bare Javalin endpoint doing one SQLite insert and its commit per
 * {@code POST /comments}, with Triade's own durability (WAL, {@code synchronous=FULL}) and Triade's own single writer
 * connection; it answers {@code 201} once the commit returned. {@code GET /ready} says it serves. Run in a process of
 * its own. Arguments: the port, the JDBC URL of the database: a SQLite file (made if absent), or a PostgreSQL database
 * (with {@code --postgresql}: the same server as Triade's, its durability as configured there).
 */
public final class BareInsertEndpoint {
    private BareInsertEndpoint() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[1];
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        Connection writer = sqlite ? sqliteWriter(url) : DriverManager.getConnection(url);
        try (Statement schema = writer.createStatement()) {
            schema.execute("CREATE TABLE IF NOT EXISTS comments (id " + (sqlite ? "INTEGER" : "BIGSERIAL")
                    + " PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)");
        }
        PreparedStatement insert = writer.prepareStatement("INSERT INTO comments (body, created_at) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/ready", ctx -> ctx.result("ready"));
            config.routes.post("/comments", ctx -> ctx.status(201).contentType("application/json")
                    .result("{\"id\":" + insert(insert, ctx.body()) + "}"));
        }).start(Integer.parseInt(args[0]));
    }

    private static Connection sqliteWriter(String url) throws SQLException {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return sqlite.createConnection(url);
    }

    /** One writer at a time, as Triade's single writer connection; autocommit makes each insert its own durable commit. */
    private static long insert(PreparedStatement insert, String body) throws SQLException {
        synchronized (insert) {
            insert.setString(1, body);
            insert.setString(2, Instant.now().toString());
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
