package nl.triade.registry.store.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The archive format pinned on a small fixed registry at schema version 21: its exact text and the
 * SHA-256 of its exact bytes. A change this test notices is a new format ({@code triade-archive/2}),
 * never an edited expectation: archives are backups, read years after they were written.
 */
class ArchiveGoldenTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String GOLDEN_SHA256 = "b74b4d456f563469fc7a4a2fb11d0edbd916ec5f643d9113b011ae26768d2adf";

    @Test
    void aSmallFixedRegistryIsArchivedExactlyAsPinned() throws IOException, NoSuchAlgorithmException {
        byte[] archive = export(fixedRegistry());
        assertEquals(golden(), gunzip(archive));
        assertEquals(GOLDEN_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)));
    }

    @Test
    void importingTheArchiveAndExportingAgainGivesTheSameBytes() throws IOException {
        byte[] archive = export(fixedRegistry());
        Path file = Files.createTempFile("triade-golden", ".triade");
        Files.write(file, archive);
        String target = "jdbc:sqlite:" + Files.createTempDirectory("triade-golden").resolve("target.db");
        new ArchiveImport().load(target, WAIT, file);
        assertArrayEquals(archive, export(target));
    }

    /**
     * Two organisations, the first under the umbrella of the second (so the self-reference points
     * forward in primary-key order), an account and a token; texts with a quote, a line feed and
     * non-ASCII letters, and a null.
     */
    private static String fixedRegistry() throws IOException {
        String url = "jdbc:sqlite:" + Files.createTempDirectory("triade-golden").resolve("source.db");
        new SchemaVersions(url, ArchiveEngine.SQLITE).migrateTo(MigrationVersion.fromVersion("21"));
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

    private static byte[] export(String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveExport().write(url, WAIT, out);
        return out.toByteArray();
    }

    private static String gunzip(byte[] archive) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String golden() throws IOException {
        try (InputStream in = Objects.requireNonNull(ArchiveGoldenTest.class.getResourceAsStream("/archive/golden-v21.jsonl"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
