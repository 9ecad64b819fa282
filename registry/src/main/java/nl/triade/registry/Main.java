package nl.triade.registry;

import java.util.List;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigException;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.TriadeConfig;

/** Reads the configuration and starts the registry; prints a generated first administrator token once. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        TriadeConfig config;
        try {
            config = ConfigLoader.load(System.getenv(), List.of(args));
        } catch (ConfigException e) {
            System.err.println("triade: " + e.getMessage());
            System.exit(2);
            return;
        }
        Triade triade = Triade.start(config);
        triade.generatedAdminToken().ifPresent(token -> System.out.println(
                "First administrator token (shown only now, store it safely): " + token));
        Runtime.getRuntime().addShutdownHook(new Thread(triade::close, "triade-shutdown"));
    }
}
