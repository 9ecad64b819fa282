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
import org.junit.jupiter.api.Test;

/**
 * The archive format pinned on a small fixed registry at schema version 21: its exact text and the
 * SHA-256 of its exact bytes. A change this test notices is a new format ({@code triade-archive/2}),
 * never an edited expectation: archives are backups, read years after they were written.
 */
class ArchiveGoldenTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    private static final String GOLDEN_SHA256 = "b74b4d456f563469fc7a4a2fb11d0edbd916ec5f643d9113b011ae26768d2adf";

    @Test
    void aSmallFixedRegistryIsArchivedExactlyAsPinned() throws IOException, NoSuchAlgorithmException {
        byte[] archive = export(FixedRegistry.at("21"));
        assertEquals(golden(), gunzip(archive));
        assertEquals(GOLDEN_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)));
    }

    @Test
    void importingTheArchiveAndExportingAgainGivesTheSameBytes() throws IOException {
        byte[] archive = export(FixedRegistry.at("21"));
        Path file = Files.createTempFile("triade-golden", ".triade");
        Files.write(file, archive);
        String target = "jdbc:sqlite:" + Files.createTempDirectory("triade-golden").resolve("target.db");
        new ArchiveImport().load(target, WAIT, file);
        assertArrayEquals(archive, export(target));
    }

    static byte[] export(String url) {
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
