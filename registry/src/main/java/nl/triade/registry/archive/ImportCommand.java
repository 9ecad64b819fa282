package nl.triade.registry.archive;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.store.archive.ArchiveImport;
import nl.triade.registry.store.archive.ArchiveSummary;
import nl.triade.registry.store.archive.KeysFolder;

/**
 * {@code import <archive file>}: loads an archive into the empty database at {@code TRIADE_DB_URL}
 * (see {@link ArchiveImport}), then says what the keys folder lacks for it, since the archive
 * carries no keys.
 */
public final class ImportCommand {
    public static final String NAME = "import";
    static final String USAGE = "usage: triade " + NAME + " <archive file>   (into the empty database TRIADE_DB_URL; "
            + "restore the keys folder TRIADE_KEYS_DIR from its own backup)";

    private ImportCommand() {
    }

    public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return CommandRun.guarded(NAME, err, () -> {
            if (args.size() != 1) {
                return CommandRun.refuse(err, USAGE);
            }
            TriadeConfig config = CommandRun.config(environment);
            Path file = Path.of(args.get(0));
            if (!Files.isRegularFile(file)) {
                return CommandRun.refuse(err, NAME + ": " + file + " is not a file");
            }
            ArchiveSummary summary = new ArchiveImport().load(config.databaseUrl(), config.requestWait(), file);
            out.println("imported " + summary.rows() + " rows of " + summary.tables().size() + " tables (schema version "
                    + summary.schemaVersion() + ", audit chain up to event " + summary.headSeq() + "); the chain and every "
                    + "content hash verified");
            KeysFolder.warnings(config.databaseUrl(), config.requestWait(), config.keysDir())
                    .forEach(warning -> err.println(NAME + ": warning: " + warning));
            return 0;
        });
    }
}
