package nl.triade.registry.store.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import nl.triade.registry.domain.audit.CheckpointKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointKeyFilesTest {

    @Test
    void theKeyIsMadeAtFirstStartReadableByItsOwnerOnlyAndTheSameAfterwards(@TempDir Path data) throws Exception {
        Path folder = data.resolve("keys");
        CheckpointKey made = CheckpointKeyFiles.loadOrCreate(folder);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(CheckpointKeyFiles.PRIVATE_FILE))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertTrue(Files.readString(folder.resolve(CheckpointKeyFiles.PUBLIC_FILE)).startsWith("-----BEGIN PUBLIC KEY-----"));

        CheckpointKey loaded = CheckpointKeyFiles.loadOrCreate(folder);
        assertEquals(made.keyId(), loaded.keyId());
        assertTrue(loaded.signed(made.sign(7, "ab".repeat(32), Instant.parse("2026-11-30T10:15:30Z"))));
    }

    @Test
    void aPrivateKeyOthersMayReadStopsTheStart(@TempDir Path folder) throws Exception {
        CheckpointKeyFiles.loadOrCreate(folder);
        Files.setPosixFilePermissions(folder.resolve(CheckpointKeyFiles.PRIVATE_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CheckpointKeyFiles.loadOrCreate(folder));
        assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
    }

    @Test
    void halfAKeyPairStopsTheStartInsteadOfMakingANewKey(@TempDir Path folder) throws Exception {
        CheckpointKeyFiles.loadOrCreate(folder);
        Files.delete(folder.resolve(CheckpointKeyFiles.PUBLIC_FILE));
        assertThrows(IllegalStateException.class, () -> CheckpointKeyFiles.loadOrCreate(folder));
    }
}
