package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc copied its native library out of its jar at every start and read the copy back byte by byte; the copy
 * kept beside the database is made once, whole, and used by every later start.
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path folder;

    @Test
    void theKeptCopyIsTheJarsLibraryInAFolderNamedByItsChecksumAndSize() throws IOException {
        byte[] library = jarLibrary();
        Path kept = SqliteNativeLibrary.kept(folder).orElseThrow();
        assertArrayEquals(library, Files.readAllBytes(kept), "the kept copy's bytes");
        CRC32 crc = new CRC32();
        crc.update(library);
        assertEquals(folder.resolve(String.format("sqlite-%08x-%d", crc.getValue(), library.length))
                .resolve(LibraryLoaderUtil.getNativeLibName()), kept);
        try (var left = Files.list(kept.getParent())) {
            assertEquals(1, left.count(), "files beside the copy (a partial copy left behind?)");
        }
    }

    @Test
    void aLaterStartUsesTheKeptCopyAsItIs() throws IOException {
        Path kept = SqliteNativeLibrary.kept(folder).orElseThrow();
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept, longAgo);
        assertEquals(Optional.of(kept), SqliteNativeLibrary.kept(folder));
        assertEquals(longAgo, Files.getLastModifiedTime(kept), "the kept copy was written again");
    }

    @Test
    void aCopyCutShortIsReplacedByAWholeOne() throws IOException {
        Path kept = SqliteNativeLibrary.kept(folder).orElseThrow();
        byte[] whole = Files.readAllBytes(kept);
        Files.write(kept, Arrays.copyOf(whole, whole.length / 2));
        assertEquals(Optional.of(kept), SqliteNativeLibrary.kept(folder));
        assertArrayEquals(whole, Files.readAllBytes(kept), "the copy after the next start");
    }

    @Test
    void whereNoCopyCanBeKeptTheDriverLoadsItsOwnWay() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("native"), "a file where the folder would be");
        assertEquals(Optional.empty(), SqliteNativeLibrary.kept(notAFolder));
        assertTrue(Files.isRegularFile(notAFolder), "the file in the way is left as it was");
    }

    private static byte[] jarLibrary() throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            return in.readAllBytes();
        }
    }
}
