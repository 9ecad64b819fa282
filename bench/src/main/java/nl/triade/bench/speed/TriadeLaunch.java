package nl.triade.bench.speed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the benchmark starts Triade: {@code java [--jvm options] -jar triade.jar} with the shipped plugins, configured
 * as a deployment would configure them for the seeded organisations, and with the rate limits off (the load is
 * thousands of writes a second by one account, which they exist to stop).
 */
final class TriadeLaunch {
    private final SpeedOptions options;
    private final Path folder;
    private final String databaseUrl;
    private final int port;
    private int starts;

    TriadeLaunch(SpeedOptions options, Path folder, String databaseUrl, int port) {
        this.options = options;
        this.folder = folder;
        this.databaseUrl = databaseUrl;
        this.port = port;
    }

    /** The shipped plugins' settings: each validator, reviewer, submitter and notifier configured, so each is loaded and called. */
    Map<String, String> pluginSettings() {
        return Map.of("TRIADE_PLUGIN_PATIENT_PERSPECTIVE_ORGANISATIONS", SpeedSeed.PATIENTS,
                "TRIADE_PLUGIN_INSURER_REVIEW_ORGANISATIONS", SpeedSeed.INSURERS,
                "TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", folder.resolve("register-outbox").toString(),
                "TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", "https://register.invalid/packages",
                "TRIADE_PLUGIN_MAIL_DIGEST_SMTP_HOST", "localhost",
                "TRIADE_PLUGIN_MAIL_DIGEST_FROM", "triade@bench.invalid");
    }

    ServerProcess start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.addAll(List.of("-jar", options.jar().toAbsolutePath().toString()));
        Map<String, String> environment = new HashMap<>(pluginSettings());
        environment.put("TRIADE_PORT", String.valueOf(port));
        environment.put("TRIADE_DB_URL", databaseUrl);
        environment.put("TRIADE_PLUGINS_DIR", options.plugins().toAbsolutePath().toString());
        environment.put("TRIADE_KEYS_DIR", folder.resolve("keys").toString());
        environment.put("TRIADE_ADMIN_TOKEN", SpeedSeed.ADMIN);
        environment.put("TRIADE_RATE_LIMITS", "off");
        starts++;
        return ServerProcess.start(command, environment, port, "/ready", folder.resolve("triade-" + starts + ".log"));
    }
}
