package nl.triade.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a database this code wrote back into one an earlier release left, from a given migration
 * on, so an upgrade test can watch that migration run on it. Each migration since V12 says here how
 * it is undone, in one place: a migration added without its undo fails
 * {@code LaterMigrationsTest} instead of silently leaving the upgrade tests on a schema no release
 * ever had.
 */
public final class LaterMigrations {
    /** Data-only migrations undo nothing in the schema; the test that needs their input removes the fact itself. */
    static final NavigableMap<Integer, List<String>> UNDO = new TreeMap<>(Map.ofEntries(
            Map.entry(12, List.of()),
            Map.entry(13, List.of("DROP INDEX documents_consultation_closes", "ALTER TABLE documents DROP COLUMN consultation_closes_at")),
            Map.entry(14, List.of("DROP TABLE overdue_timelines")),
            Map.entry(15, List.of("DROP TABLE minister_referrals", "DROP TABLE criterion_assessments")),
            Map.entry(16, List.of("DROP TABLE agenda_links", "DROP TABLE agenda_items")),
            Map.entry(17, List.of("DROP TABLE party_consultations", "DROP TABLE kwaliteitsraad_mandates")),
            Map.entry(18, List.of("DROP INDEX editions_review_due", "DROP INDEX editions_review_due_unread",
                    "ALTER TABLE editions DROP COLUMN status", "ALTER TABLE editions DROP COLUMN status_changed_at",
                    "ALTER TABLE editions DROP COLUMN withdrawal_reason", "ALTER TABLE editions DROP COLUMN review_due",
                    "ALTER TABLE editions DROP COLUMN review_due_read")),
            Map.entry(19, List.of("DROP TABLE edition_timelines")),
            Map.entry(20, List.of("DROP TABLE notification_deliveries", "DROP TABLE subscriptions")),
            Map.entry(21, List.of("DROP TABLE sign_in_failures", "DROP TABLE sessions", "DROP TABLE password_links",
                    "DROP TABLE passwords")),
            Map.entry(22, List.of("DROP TABLE rate_buckets", "DROP TABLE leases", "ALTER TABLE submissions DROP COLUMN lease_until",
                    "ALTER TABLE submissions DROP COLUMN lease_holder")),
            Map.entry(23, List.of("DROP INDEX comments_section", "DROP INDEX comments_open",
                    "CREATE INDEX comments_open ON comments (document_id, status)")),
            Map.entry(24, callerChangesUndone())));

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private LaterMigrations() {
    }

    /** V24's twelve triggers first: a trigger left on {@code tokens} would fail every write there without its table. */
    private static List<String> callerChangesUndone() {
        List<String> undo = new ArrayList<>();
        for (String table : List.of("tokens", "sessions", "accounts", "organisations")) {
            for (String change : List.of("inserted", "updated", "deleted")) {
                undo.add("DROP TRIGGER " + table + "_" + change + "_count_callers");
            }
        }
        undo.add("DROP TABLE change_counts");
        return List.copyOf(undo);
    }

    /** Undoes migration {@code version} and every later one, newest first, so Flyway runs them again at the next start. */
    public static void undoFrom(Connection connection, int version) throws SQLException {
        if (!UNDO.containsKey(version)) {
            throw new IllegalArgumentException("no undo is written for V" + version);
        }
        try (Statement statement = connection.createStatement()) {
            for (List<String> undo : UNDO.tailMap(version, true).descendingMap().values()) {
                for (String sql : undo) {
                    statement.executeUpdate(sql);
                }
            }
            statement.executeUpdate("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) >= " + version);
        }
    }

    /** The versions of the SQLite migrations the server ships. */
    static TreeSet<Integer> shippedVersions() {
        try (Stream<Path> files = Files.list(Path.of(Objects.requireNonNull(
                LaterMigrations.class.getResource("/db/sqlite/V1__initial_schema.sql")).toURI()).getParent())) {
            TreeSet<Integer> versions = new TreeSet<>();
            files.map(file -> VERSIONED.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .forEach(match -> versions.add(Integer.parseInt(match.group(1))));
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
