package nl.triade.registry.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.triade.registry.domain.submission.PackageManifest;

/**
 * The files of a package folder, each read once, before anything is checked: every check then sees
 * exactly the bytes whose SHA-256 was compared with the manifest, even if someone changes the
 * folder meanwhile. The folder is someone else's, so it is read with limits and never outside itself:
 * a symbolic link (which could point anywhere) or anything but a plain file is refused unread,
 * and files are opened without following links, so one swapped in after the listing is refused too.
 */
final class PackFiles {
    /** A pack has ten files; a folder with many more is not one, and is not read further. */
    static final int MOST_ENTRIES = 100;
    static final long LARGEST_MANIFEST = 64 * 1024;
    /** Larger files, or packs, are refused unread: they lie far beyond what the registry writes (README, Evidence pack). */
    static final long LARGEST_FILE = 64L * 1024 * 1024;
    static final long LARGEST_PACK = 128L * 1024 * 1024;
    private final Map<String, byte[]> files;

    private PackFiles(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** Reads every entry of {@code folder}; throws {@link PackageFailure} at the first that is no plain file within the limits. */
    static PackFiles read(Path folder) {
        Map<String, BasicFileAttributes> entries = entries(folder);
        long total = 0;
        for (Map.Entry<String, BasicFileAttributes> entry : entries.entrySet()) {
            String name = entry.getKey();
            BasicFileAttributes attributes = entry.getValue();
            if (attributes.isSymbolicLink()) {
                throw new PackageFailure(name, "is a symbolic link; a package holds its files themselves, and nothing outside its folder is read");
            }
            if (!attributes.isRegularFile()) {
                throw new PackageFailure(name, "is not a plain file");
            }
            long limit = name.equals(PackageManifest.FILE) ? LARGEST_MANIFEST : LARGEST_FILE;
            if (attributes.size() > limit) {
                throw new PackageFailure(name, "is larger than " + limit + " bytes");
            }
            total += attributes.size();
            if (total > LARGEST_PACK) {
                throw new PackageFailure(folder.toString(), "holds more than " + LARGEST_PACK + " bytes");
            }
        }
        Map<String, byte[]> read = new TreeMap<>();
        for (Map.Entry<String, BasicFileAttributes> entry : entries.entrySet()) {
            read.put(entry.getKey(), bytes(folder.resolve(entry.getKey()), entry.getKey(), entry.getValue().size()));
        }
        return new PackFiles(read);
    }

    Set<String> names() {
        return files.keySet();
    }

    byte[] bytes(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new PackageFailure(name, "is missing");
        }
        return bytes;
    }

    /** A file as UTF-8 text; its hash was checked over its bytes, so nothing is lost in decoding. */
    String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static Map<String, BasicFileAttributes> entries(Path folder) {
        Map<String, BasicFileAttributes> entries = new TreeMap<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path entry : listing) {
                if (entries.size() == MOST_ENTRIES) {
                    throw new PackageFailure(folder.toString(), "holds more than " + MOST_ENTRIES + " entries; a package has ten files");
                }
                entries.put(entry.getFileName().toString(),
                        Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException e) {
            throw new PackageFailure(folder.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return entries;
    }

    /** The file's bytes, opened without following a link, and no more than it held when listed (a growing file is refused). */
    private static byte[] bytes(Path file, String name, long size) {
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = in.readNBytes((int) size + 1);
            if (bytes.length != size) {
                throw new PackageFailure(name, "changed while it was read");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new PackageFailure(name, "is missing");
        } catch (IOException e) {
            throw new PackageFailure(name, "cannot be read (" + e.getClass().getSimpleName()
                    + (Files.isSymbolicLink(file) ? ": it became a symbolic link" : "") + ")");
        }
    }
}
