package nl.triade.registry.http.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An SQLite database file, removed on close together with the write-ahead log and index SQLite keeps beside it. */
record SqliteFile(Path file) implements SharedDatabase {
    @Override
    public String jdbcUrl() {
        return "jdbc:sqlite:" + file;
    }

    @Override
    public void close() {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
