package nl.triade.registry;

import java.util.List;
import nl.triade.registry.app.ClassArchiveCommand;
import nl.triade.registry.app.Triade;
import nl.triade.registry.archive.ExportCommand;
import nl.triade.registry.archive.ImportCommand;
import nl.triade.registry.config.ConfigException;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.Credentials;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.verify.VerifyPackageCommand;

/**
 * Reads the configuration and starts the registry; prints where its web interface is, and a generated first
 * administrator token once.
 * {@code verify-package <folder>} instead checks an evidence pack offline and starts nothing;
 * {@code export <file>} and {@code import <file>} write the registry to an archive and load one into an
 * empty database, and start nothing either; {@code class-archive} writes the class-data archive a
 * start can map (see {@link ClassArchiveCommand}).
 * A refused setting exits with 2, any other start-up failure with 1; both print one line per cause,
 * with credentials masked, since an exception's text may quote a setting.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(VerifyPackageCommand.NAME)) {
            System.exit(VerifyPackageCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ExportCommand.NAME)) {
            System.exit(ExportCommand.run(List.of(args).subList(1, args.length), System.getenv(), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ClassArchiveCommand.NAME)) {
            System.exit(ClassArchiveCommand.run(List.of(args).subList(1, args.length), System.getenv(), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(List.of(args).subList(1, args.length), System.getenv(), System.out, System.err));
            return;
        }
        Triade triade;
        TriadeConfig config;
        try {
            config = ConfigLoader.load(System.getenv(), List.of(args));
            triade = Triade.start(config);
        } catch (ConfigException e) {
            System.err.println("triade: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("triade: cannot start");
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                System.err.println("  " + Credentials.masked(String.valueOf(cause.getMessage())));
            }
            System.exit(1);
            return;
        }
        triade.generatedAdminToken().ifPresent(token -> System.out.println(
                "First administrator token (shown only now, store it safely): " + token));
        String address = config.port() == 0 ? "http://localhost:" + triade.port() : config.publicUrl();
        System.out.println("Triade's web interface: " + address + "/ (the API: " + address + "/api/v1, its docs: " + address + "/docs)");
        Runtime.getRuntime().addShutdownHook(new Thread(triade::close, "triade-shutdown"));
    }
}
