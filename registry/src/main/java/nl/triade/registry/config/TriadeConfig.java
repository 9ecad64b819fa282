package nl.triade.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.triade.registry.domain.limits.RateLimits;
import nl.triade.registry.domain.submission.EvidenceLimits;

/**
 * Everything the server is configured with, validated once at start so a typo in the
 * environment stops the server with a clear message instead of surfacing later.
 *
 * @param port        HTTP port; 0 picks a free one (tests)
 * @param databaseUrl JDBC URL of the database
 * @param pluginsDir  folder the plugin jars are loaded from
 * @param adminToken  the first administrator's token on an empty database, or null to generate one
 * @param demo        whether to seed the demo organisations, accounts and documents
 * @param pluginTimeout how long one call into a plugin may take
 * @param submitterTimeout how long one call into a submitter plugin may take: it waits on the Register
 * @param pluginEnvironment the {@code TRIADE_PLUGIN_*} environment variables: plugin settings
 * @param submissionPoll how often the submission worker looks for due deliveries
 * @param submissionBackoff the wait after the first failed delivery; it doubles with every further failure
 * @param keysDir     folder of the checkpoint signing key, kept out of the database
 * @param rateLimits the limits on writes per account and per organisation
 * @param requestWait the longest a request waits for a database connection, the database's write lock or a
 *                    slot for expensive work before it is answered {@code 503} with {@code Retry-After}
 * @param expensiveWorkSlots how many requests may do CPU-heavy work (diffs of long texts) at the same time
 * @param shortestConsultation how far ahead a consultation's {@code closesAt} must lie at least when it opens
 * @param publicUrl  the registry's public base URL without a trailing {@code /}: the root of the canonical URLs of its
 *                   FHIR exports, so it must stay the same for as long as those names are used
 * @param instance   this instance's name among several on one database, and the length of its leases
 */
public record TriadeConfig(int port, String databaseUrl, Path pluginsDir, String adminToken, boolean demo,
                           Duration pluginTimeout, Duration submitterTimeout, Map<String, String> pluginEnvironment,
                           Duration submissionPoll, Duration submissionBackoff, Path keysDir, RateLimits rateLimits,
                           Duration requestWait, int expensiveWorkSlots, Duration shortestConsultation,
                           String publicUrl, EvidenceLimits evidenceLimits, InstanceSettings instance) {

    public TriadeConfig {
        pluginEnvironment = Map.copyOf(pluginEnvironment);
    }

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:data/triade.db";
    public static final Path DEFAULT_PLUGINS_DIR = Path.of("plugins", "target", "plugins");
    static final int MIN_ADMIN_TOKEN_LENGTH = 32;
    static final Duration DEFAULT_PLUGIN_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_SUBMITTER_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DEFAULT_REQUEST_WAIT = Duration.ofSeconds(2);
    /**
     * Four weeks: the commentaarfase of Dutch guideline and standard development (AQUA-Leidraad, the
     * Zorginstituut's practice) usually lasts four to six weeks, so that volunteer-run patient
     * organisations can consult their members before they answer.
     */
    static final int DEFAULT_CONSULTATION_MIN_DAYS = 28;
    static final int MAX_CONSULTATION_MIN_DAYS = 365;
    /** The connection pool cannot wait less than this. */
    static final Duration MIN_REQUEST_WAIT = Duration.ofMillis(250);

    /** Half the processors, at least one: the other half stays free for every cheaper request. */
    static int defaultExpensiveWorkSlots() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
