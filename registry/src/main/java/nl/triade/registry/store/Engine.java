package nl.triade.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The database engines Triade runs on, and the few SQL fragments in which they differ. Everything
 * else in {@code store/} is SQL both engines read alike: JSON is stored as text on both, and only
 * these fragments read into it.
 */
public enum Engine {
    SQLITE("SQLite", "jdbc:sqlite:", "classpath:db/sqlite"),
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", "classpath:db/postgresql");

    /**
     * The key of the transaction-scoped advisory lock every write transaction on PostgreSQL takes
     * first: writes are serialised across every instance on the database, as SQLite's single writer
     * serialises them, so the hash chain stays one unbroken line and no update is lost (hex "Triade").
     */
    public static final long WRITE_LOCK = 0x547269616465L;

    /** JSON members named in SQL are fixed words of the code, never input; anything else is refused. */
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final String displayName;
    private final String urlPrefix;
    private final String migrations;

    Engine(String displayName, String urlPrefix, String migrations) {
        this.displayName = displayName;
        this.urlPrefix = urlPrefix;
        this.migrations = migrations;
    }

    /** The engine a JDBC URL names; {@link IllegalArgumentException} for any other. */
    public static Engine of(String url) {
        for (Engine engine : values()) {
            if (url.startsWith(engine.urlPrefix)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("not a database Triade runs on: " + url);
    }

    /**
     * The file an SQLite URL names ({@code jdbc:sqlite:data/triade.db}, also as {@code file:} URI, options after
     * {@code ?} left off); empty for PostgreSQL and for SQLite in memory ({@code :memory:}, {@code mode=memory}).
     */
    public static Optional<Path> sqliteFile(String url) {
        if (of(url) != SQLITE) {
            return Optional.empty();
        }
        String file = url.substring(SQLITE.urlPrefix.length());
        int options = file.indexOf('?');
        boolean inMemory = options >= 0 && file.substring(options).contains("mode=memory");
        file = options < 0 ? file : file.substring(0, options);
        file = file.startsWith("file:") ? file.substring("file:".length()) : file;
        return inMemory || file.isBlank() || file.startsWith(":") ? Optional.empty() : Optional.of(Path.of(file));
    }

    /** The folder an SQLite URL's file is in, where the keys and the kept native library go by default; empty as {@link #sqliteFile}. */
    public static Optional<Path> sqliteFolder(String url) {
        return sqliteFile(url).map(file -> file.toAbsolutePath().getParent());
    }

    /** Creates the folder an SQLite file is to be in, as SQLite creates the file but not its folder; nothing for the others. */
    public static void createSqliteFolder(String url) {
        Optional<Path> folder = sqliteFolder(url);
        try {
            if (folder.isPresent()) {
                Files.createDirectories(folder.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + folder.get(), e);
        }
    }

    public String displayName() {
        return displayName;
    }

    public String migrations() {
        return migrations;
    }

    /** The text value of a top-level member of a JSON text column, or NULL. */
    public String jsonText(String column, String member) {
        String name = checked(member);
        return switch (this) {
            case SQLITE -> "json_extract(" + column + ", '$." + name + "')";
            case POSTGRESQL -> "(CAST(" + column + " AS jsonb) ->> '" + name + "')";
        };
    }

    /** The integer value of a top-level member of a JSON text column, or NULL. */
    public String jsonInteger(String column, String member) {
        return switch (this) {
            case SQLITE -> jsonText(column, member);
            case POSTGRESQL -> "CAST(" + jsonText(column, member) + " AS BIGINT)";
        };
    }

    /**
     * A table expression of the text elements of a JSON array member, one row each in column
     * {@code value}, named {@code alias}: to join against.
     */
    public String jsonTextElements(String column, String member, String alias) {
        String name = checked(member);
        return switch (this) {
            case SQLITE -> "json_each(" + column + ", '$." + name + "') " + alias;
            case POSTGRESQL -> "jsonb_array_elements_text(CAST(" + column + " AS jsonb) -> '" + name + "') AS " + alias + "(value)";
        };
    }

    /**
     * Called first in every write transaction: on PostgreSQL it waits (at most the connection's
     * {@code lock_timeout}) for the write lock of the whole registry; SQLite's transactions hold
     * it from {@code BEGIN IMMEDIATE} on.
     */
    void lockWrites(Handle handle) {
        if (this == POSTGRESQL) {
            handle.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", WRITE_LOCK).mapTo(String.class).one();
        }
    }

    private static String checked(String member) {
        if (!MEMBER.matcher(member).matches()) {
            throw new IllegalArgumentException("not a JSON member name: " + member);
        }
        return member;
    }
}
