package nl.triade.registry.archive;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import nl.triade.registry.config.ConfigException;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.Credentials;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.store.archive.ArchiveRefused;

/**
 * What {@code export} and {@code import} share: the configuration read as a start reads it, and the
 * exit codes: 2 for a refusal (a bad argument or setting, a non-empty target, an archive that does
 * not verify), 1 for anything unexpected, each cause on a line of its own with credentials masked.
 */
final class CommandRun {
    static final int REFUSED = 2;
    static final int FAILED = 1;

    private CommandRun() {
    }

    interface Work {
        int run() throws Exception;
    }

    static TriadeConfig config(Map<String, String> environment) {
        return ConfigLoader.load(environment, List.of());
    }

    static int refuse(PrintStream err, String message) {
        err.println(message);
        return REFUSED;
    }

    static int guarded(String command, PrintStream err, Work work) {
        try {
            return work.run();
        } catch (ConfigException | ArchiveRefused e) {
            return refuse(err, "triade " + command + ": refused: " + Credentials.masked(e.getMessage()));
        } catch (Exception e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ArchiveRefused refused) {
                    return refuse(err, "triade " + command + ": refused: " + Credentials.masked(refused.getMessage()));
                }
            }
            err.println("triade " + command + ": failed");
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                err.println("  " + Credentials.masked(String.valueOf(cause.getMessage())));
            }
            return FAILED;
        }
    }
}
