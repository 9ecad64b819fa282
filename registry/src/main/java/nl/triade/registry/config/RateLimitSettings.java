package nl.triade.registry.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.domain.limits.BucketName;
import nl.triade.registry.domain.limits.Rate;
import nl.triade.registry.domain.limits.RateLimits;
import nl.triade.registry.domain.limits.Scope;
import nl.triade.registry.domain.limits.WriteKind;

/**
 * Reads {@code TRIADE_RATE_LIMITS} ({@code on}, the default, or {@code off}) and one
 * {@code TRIADE_RATE_LIMIT_<KIND>_<ACCOUNT|ORGANISATION>} per bucket, a rate like {@code 120/1h} or
 * {@code off}. A misspelt variable stops the server, since a limit silently not applied is worse.
 */
final class RateLimitSettings {
    static final String SWITCH = "TRIADE_RATE_LIMITS";
    private static final String PREFIX = "TRIADE_RATE_LIMIT_";

    private RateLimitSettings() {
    }

    static RateLimits load(Map<String, String> environment) {
        Map<String, BucketName> known = new HashMap<>();
        for (WriteKind kind : WriteKind.values()) {
            for (Scope scope : Scope.values()) {
                BucketName bucket = new BucketName(kind, scope);
                known.put(bucket.setting(), bucket);
            }
        }
        RateLimits defaults = RateLimits.defaults();
        Map<BucketName, Rate> rates = new HashMap<>(defaults.rates());
        environment.forEach((name, value) -> {
            if (!name.startsWith(PREFIX)) {
                return;
            }
            BucketName bucket = known.get(name);
            if (bucket == null) {
                throw new ConfigException(name + " is not a rate limit setting; they are named TRIADE_RATE_LIMIT_<KIND>_<SCOPE> "
                        + "with KIND one of COMMENTS, DOCUMENTS, EDITS, VALIDATIONS, TOKENS, ACCOUNTS and SCOPE ACCOUNT or ORGANISATION");
            }
            if (value.trim().equalsIgnoreCase("off")) {
                rates.remove(bucket);
            } else {
                rates.put(bucket, rate(name, value));
            }
        });
        return new RateLimits(enabled(environment.get(SWITCH)), rates);
    }

    private static Rate rate(String name, String value) {
        try {
            return Rate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + " must be a rate like 120/1h (a count, '/', a number and one of s, m, h, d) "
                    + "or off, was '" + value + "'");
        }
    }

    private static boolean enabled(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ConfigException(SWITCH + " must be on or off, was '" + value + "'");
        };
    }
}
