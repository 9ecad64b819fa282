package nl.triade.registry.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.triade.registry.domain.submission.EvidenceLimits;
import nl.triade.registry.store.Engine;

/** Reads {@link TriadeConfig} from environment variables and command-line arguments. */
public final class ConfigLoader {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final Pattern USER_INFO_IN_AUTHORITY = Pattern.compile("^jdbc:postgresql://[^/?]*@");
    /** Beyond this, a pack would pass its cap in bytes long before its cap in events. */
    private static final int MAX_EVIDENCE_EVENTS = 100_000;
    static final int MIN_DISTINCT_CHARACTERS = 12;

    private ConfigLoader() {
    }

    public static TriadeConfig load(Map<String, String> environment, List<String> arguments) {
        boolean demo = false;
        for (String argument : arguments) {
            if (argument.equals("--demo")) {
                demo = true;
            } else {
                throw new ConfigException("unknown argument '" + argument + "'; the only argument is --demo "
                        + "(or, instead, one of the commands export, import, verify-package and class-archive)");
            }
        }
        String databaseUrl = databaseUrl(environment.get("TRIADE_DB_URL"));
        int port = port(environment.get("TRIADE_PORT"));
        Duration pluginTimeout = pluginTimeout(environment.get("TRIADE_PLUGIN_TIMEOUT_MS"));
        return new TriadeConfig(
                port,
                databaseUrl,
                pluginsDir(environment.get("TRIADE_PLUGINS_DIR")),
                adminToken(environment.get("TRIADE_ADMIN_TOKEN")),
                demo,
                pluginTimeout,
                millis("TRIADE_SUBMITTER_TIMEOUT_MS", environment.get("TRIADE_SUBMITTER_TIMEOUT_MS"),
                        TriadeConfig.DEFAULT_SUBMITTER_TIMEOUT.toMillis()),
                pluginEnvironment(environment, demo),
                millis("TRIADE_SUBMISSION_POLL_MS", environment.get("TRIADE_SUBMISSION_POLL_MS"), 1000),
                millis("TRIADE_SUBMISSION_BACKOFF_MS", environment.get("TRIADE_SUBMISSION_BACKOFF_MS"), 2000),
                keysDir(environment.get("TRIADE_KEYS_DIR"), databaseUrl),
                RateLimitSettings.load(environment),
                requestWait(environment.get("TRIADE_REQUEST_WAIT_MS")),
                expensiveWorkSlots(environment.get("TRIADE_EXPENSIVE_WORK_SLOTS")),
                shortestConsultation(environment.get("TRIADE_CONSULTATION_MIN_DAYS")),
                publicUrl(environment.get("TRIADE_PUBLIC_URL"), port),
                evidenceLimits(environment.get("TRIADE_EVIDENCE_MAX_EVENTS")),
                InstanceSettings.load(environment, pluginTimeout));
    }

    private static int port(String value) {
        if (isBlank(value)) {
            return TriadeConfig.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new ConfigException("TRIADE_PORT must be a number from 0 to 65535, was '" + value + "'");
    }

    private static String databaseUrl(String value) {
        if (isBlank(value)) {
            return TriadeConfig.DEFAULT_DATABASE_URL;
        }
        if (!value.startsWith(SQLITE) && !value.startsWith(POSTGRESQL)) {
            throw new ConfigException("TRIADE_DB_URL must be a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:, was '"
                    + Credentials.masked(value) + "'");
        }
        if (value.startsWith(POSTGRESQL) && USER_INFO_IN_AUTHORITY.matcher(value).find()) {
            // the driver would read "user:password" as host and port, and log the password while refusing it
            throw new ConfigException("TRIADE_DB_URL must give PostgreSQL credentials as ?user=...&password=..., not as "
                    + "user:password@ before the host, was '" + Credentials.masked(value) + "'");
        }
        return value;
    }

    /**
     * An absolute {@code http} or {@code https} URL without query, fragment or credentials, its
     * trailing {@code /} dropped; unset, the local address on the configured port ({@code http://localhost}
     * for port 0), which suits one machine only.
     */
    private static String publicUrl(String value, int port) {
        if (isBlank(value)) {
            return port == 0 ? "http://localhost" : "http://localhost:" + port;
        }
        String url = value.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below with the rule
        }
        throw new ConfigException("TRIADE_PUBLIC_URL must be an absolute http or https URL without query, fragment or "
                + "credentials, such as https://triade.example.org, was '" + Credentials.masked(value) + "'");
    }

    private static Path pluginsDir(String value) {
        return isBlank(value) ? TriadeConfig.DEFAULT_PLUGINS_DIR : Path.of(value);
    }

    /**
     * By default beside the database file ({@code data/keys} for {@code data/triade.db}), so one
     * installation keeps one key; a separate folder (or volume) keeps it out of database backups.
     * On PostgreSQL, {@code keys} in the working folder: every instance on the database needs the
     * same keys, which README tells how to share.
     */
    private static Path keysDir(String value, String databaseUrl) {
        if (!isBlank(value)) {
            return Path.of(value);
        }
        return Engine.sqliteFolder(databaseUrl).map(folder -> folder.resolve("keys")).orElse(Path.of("keys"));
    }

    private static Duration pluginTimeout(String value) {
        return millis("TRIADE_PLUGIN_TIMEOUT_MS", value, TriadeConfig.DEFAULT_PLUGIN_TIMEOUT.toMillis());
    }

    private static Duration requestWait(String value) {
        Duration wait = millis("TRIADE_REQUEST_WAIT_MS", value, TriadeConfig.DEFAULT_REQUEST_WAIT.toMillis());
        if (wait.compareTo(TriadeConfig.MIN_REQUEST_WAIT) < 0) {
            throw new ConfigException("TRIADE_REQUEST_WAIT_MS must be at least " + TriadeConfig.MIN_REQUEST_WAIT.toMillis()
                    + ", was '" + value + "'");
        }
        return wait;
    }

    private static int expensiveWorkSlots(String value) {
        if (isBlank(value)) {
            return TriadeConfig.defaultExpensiveWorkSlots();
        }
        try {
            int slots = Integer.parseInt(value.trim());
            if (slots >= 1 && slots <= 256) {
                return slots;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new ConfigException("TRIADE_EXPENSIVE_WORK_SLOTS must be a number from 1 to 256, was '" + value + "'");
    }

    private static EvidenceLimits evidenceLimits(String value) {
        if (isBlank(value)) {
            return new EvidenceLimits(EvidenceLimits.DEFAULT_EVENTS);
        }
        try {
            int events = Integer.parseInt(value.trim());
            if (events >= 1 && events <= MAX_EVIDENCE_EVENTS) {
                return new EvidenceLimits(events);
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new ConfigException("TRIADE_EVIDENCE_MAX_EVENTS must be a number from 1 to " + MAX_EVIDENCE_EVENTS + ", was '" + value + "'");
    }

    private static Duration shortestConsultation(String value) {
        if (isBlank(value)) {
            return Duration.ofDays(TriadeConfig.DEFAULT_CONSULTATION_MIN_DAYS);
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 0 && days <= TriadeConfig.MAX_CONSULTATION_MIN_DAYS) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new ConfigException("TRIADE_CONSULTATION_MIN_DAYS must be a number of days from 0 to "
                + TriadeConfig.MAX_CONSULTATION_MIN_DAYS + ", was '" + value + "'");
    }

    private static Duration millis(String name, String value, long fallback) {
        if (isBlank(value)) {
            return Duration.ofMillis(fallback);
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis >= 10 && millis <= 600_000) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new ConfigException(name + " must be a number of milliseconds from 10 to 600000, was '" + value + "'");
    }

    /**
     * With {@code --demo}, the shipped plugins are configured for the demo data, each unless one of
     * its own variables is set (then those are its whole configuration): both demo insurers run the
     * reviewer with settings of their own, the patient perspective is the demo patient
     * organisation's, the outbox writes under {@code data/}, and webhooks may go to this machine over
     * plain http (the demo's subscription sends to a receiver on localhost).
     */
    private static Map<String, String> pluginEnvironment(Map<String, String> environment, boolean demo) {
        Map<String, String> settings = new HashMap<>();
        if (demo) {
            Map<String, Map<String, String>> demoSettings = Map.of(
                    "TRIADE_PLUGIN_INSURER_REVIEW_", Map.of("TRIADE_PLUGIN_INSURER_REVIEW_ORGANISATIONS", "zorgverzekeraar-a",
                            "TRIADE_PLUGIN_INSURER_REVIEW_AT_ZORGVERZEKERAAR_B__MAX_INDICATORS", "5"),
                    "TRIADE_PLUGIN_PATIENT_PERSPECTIVE_", Map.of("TRIADE_PLUGIN_PATIENT_PERSPECTIVE_ORGANISATIONS", "diabetesvereniging"),
                    "TRIADE_PLUGIN_REGISTER_OUTBOX_", Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                            Path.of("data", "register-outbox").toString()),
                    "TRIADE_PLUGIN_WEBHOOK_", Map.of("TRIADE_PLUGIN_WEBHOOK_ALLOW_PLAIN_HTTP", "true",
                            "TRIADE_PLUGIN_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true"));
            demoSettings.forEach((prefix, values) -> {
                if (environment.keySet().stream().noneMatch(name -> name.startsWith(prefix))) {
                    settings.putAll(values);
                }
            });
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("TRIADE_PLUGIN_") && !name.equals("TRIADE_PLUGIN_TIMEOUT_MS")) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    /**
     * The first administrator's token holds every right, so a guessable one is refused: at least
     * {@value TriadeConfig#MIN_ADMIN_TOKEN_LENGTH} characters without white space, at least
     * {@value #MIN_DISTINCT_CHARACTERS} different ones, from at least three of: lower-case letters,
     * upper-case letters, digits, other characters. A generated token meets this.
     */
    private static String adminToken(String value) {
        if (value == null) {
            return null;
        }
        boolean longEnough = value.length() >= TriadeConfig.MIN_ADMIN_TOKEN_LENGTH;
        boolean noWhiteSpace = value.chars().noneMatch(Character::isWhitespace);
        boolean varied = value.chars().distinct().count() >= MIN_DISTINCT_CHARACTERS && characterClasses(value) >= 3;
        if (!longEnough || !noWhiteSpace || !varied) {
            throw new ConfigException("TRIADE_ADMIN_TOKEN must be at least " + TriadeConfig.MIN_ADMIN_TOKEN_LENGTH
                    + " characters without white space, with at least " + MIN_DISTINCT_CHARACTERS
                    + " different characters from at least three of: lower-case letters, upper-case letters, digits, "
                    + "other characters (leave it unset to have one generated)");
        }
        return value;
    }

    private static long characterClasses(String value) {
        return Stream.<IntPredicate>of(Character::isLowerCase, Character::isUpperCase,
                Character::isDigit, c -> !Character.isLetterOrDigit(c))
                .filter(kind -> value.chars().anyMatch(kind))
                .count();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
