package nl.triade.registry.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in a folder beside the database and loaded from there. Left to itself, sqlite-jdbc
 * copies the library out of its jar into the temporary folder under a new name at every start, reads the copy back
 * byte by byte to compare it, and sweeps the temporary folder for its older copies: a quarter of a second of
 * processor time in a start of a second and a half on two cores (README, Performance). The kept copy is named by the
 * jar entry's CRC-32 and size, so another sqlite-jdbc gets a copy of its own, and it is written under a name of its
 * own and then renamed, so a start never loads half a copy. It is as trustworthy as the database folder it is in:
 * whoever may write there may change the registry's data already. Where no copy can be kept (a read-only folder, a
 * library outside a jar, an operator who set {@code org.sqlite.lib.path}), sqlite-jdbc loads the library its own way;
 * so it does when the kept copy does not load.
 */
final class SqliteNativeLibrary {
    private static final String FOLDER = "native";
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);

    private SqliteNativeLibrary() {
    }

    /** Loads the library, from a copy kept in {@code databaseFolder}'s {@value #FOLDER} when there can be one. */
    static void load(Path databaseFolder) throws Exception {
        if (System.getProperty(PATH_PROPERTY) == null) {
            kept(databaseFolder.resolve(FOLDER)).ifPresent(file -> {
                System.setProperty(PATH_PROPERTY, file.getParent().toString());
                System.setProperty(NAME_PROPERTY, file.getFileName().toString());
            });
        }
        SQLiteJDBCLoader.initialize();
    }

    /** The kept copy in {@code folder}, made if need be; empty where none can be kept. */
    static Optional<Path> kept(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            Path file = folder.resolve(String.format(Locale.ROOT, "sqlite-%08x-%d", entry.getCrc(), entry.getSize())).resolve(name);
            if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) {
                return Optional.of(file);
            }
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), name, ".part");
            try (InputStream library = jar.getInputStream()) {
                Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.info("SQLite's native library is copied to the temporary folder at every start: no copy can be kept in {} ({})",
                    folder, e.toString());
            return Optional.empty();
        }
    }
}
