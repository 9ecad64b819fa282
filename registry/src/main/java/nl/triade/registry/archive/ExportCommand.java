package nl.triade.registry.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.store.archive.ArchiveExport;
import nl.triade.registry.store.archive.ArchiveSummary;

/**
 * {@code export <archive file>}: writes the whole registry at {@code TRIADE_DB_URL} to one archive,
 * live (one read transaction, so a running server goes on serving). Written beside the file first
 * and moved into place when complete, so a file of that name is always a whole archive; an
 * existing file is never overwritten.
 */
public final class ExportCommand {
    public static final String NAME = "export";
    static final String USAGE = "usage: triade " + NAME + " <archive file>   (the database is TRIADE_DB_URL; "
            + "the keys folder is not in the archive: back it up apart)";

    private ExportCommand() {
    }

    public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return CommandRun.guarded(NAME, err, () -> {
            if (args.size() != 1) {
                return CommandRun.refuse(err, USAGE);
            }
            TriadeConfig config = CommandRun.config(environment);
            Path file = Path.of(args.get(0)).toAbsolutePath();
            if (Files.exists(file)) {
                return CommandRun.refuse(err, NAME + ": " + file + " exists; an export never overwrites a file, so name a new one");
            }
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            ArchiveSummary summary;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                summary = new ArchiveExport().write(config.databaseUrl(), config.requestWait(), stream);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            out.println("exported " + summary.rows() + " rows of " + summary.tables().size() + " tables (schema version "
                    + summary.schemaVersion() + ", audit chain up to event " + summary.headSeq() + ") to " + file);
            return 0;
        });
    }
}
