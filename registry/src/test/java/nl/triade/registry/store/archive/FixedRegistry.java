package nl.triade.registry.store.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;

/**
 * A small registry that is the same on every run, at a chosen schema version: two organisations,
 * the first under the umbrella of the second (so the self-reference points forward in primary-key
 * order), an account and a token; texts with a quote, a line feed and non-ASCII letters, and nulls.
 */
final class FixedRegistry {
    private FixedRegistry() {
    }

    /** The JDBC URL of a new SQLite file holding it, migrated to exactly {@code version}. */
    static String at(String version) {
        String url;
        try {
            url = "jdbc:sqlite:" + Files.createTempDirectory("triade-fixed").resolve("source.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new SchemaVersions(url, ArchiveEngine.SQLITE).migrateTo(MigrationVersion.fromVersion(version));
        Jdbi.create(url).useHandle(handle -> {
            handle.execute("INSERT INTO organisations (slug, name, kind, umbrella, created_at) VALUES "
                    + "('zorgverzekeraars-nl', 'Zorgverzekeraars Nederland', 'insurer', NULL, '2026-01-02T03:04:05Z')");
            handle.execute("INSERT INTO organisations (slug, name, kind, umbrella, created_at) VALUES "
                    + "('a-verzekeraar', 'Verzekeraar \"A\"\nçà été', 'insurer', 'zorgverzekeraars-nl', '2026-01-02T03:04:06.5Z')");
            handle.execute("INSERT INTO accounts (id, name, email, organisation, role, created_at) VALUES "
                    + "('acc-1', 'Inge Ĳsselmeer', 'inge@a.example', 'a-verzekeraar', 'org-admin', '2026-01-02T03:04:07Z')");
            handle.execute("INSERT INTO tokens (id, account_id, name, prefix, hash, created_at, expires_at, revoked_at) VALUES "
                    + "('tok-1', 'acc-1', NULL, 'tri_abcd', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', "
                    + "'2026-01-02T03:04:08Z', '2027-01-02T03:04:08Z', NULL)");
        });
        return url;
    }
}
