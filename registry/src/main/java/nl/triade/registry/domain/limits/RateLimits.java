package nl.triade.registry.domain.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured limits: a rate per bucket (a bucket without one is unlimited), or none at all when
 * switched off. The defaults leave a working committee plenty of room (a reviewer posting a comment
 * a minute all day long never meets them) and stop a flood within seconds.
 */
public record RateLimits(boolean enabled, Map<BucketName, Rate> rates) {

    public RateLimits {
        rates = Map.copyOf(rates);
    }

    public static RateLimits defaults() {
        Map<BucketName, Rate> rates = new HashMap<>();
        put(rates, WriteKind.COMMENTS, 120, 600);
        put(rates, WriteKind.DOCUMENTS, 20, 60);
        put(rates, WriteKind.EDITS, 600, 3_000);
        put(rates, WriteKind.VALIDATIONS, 60, 240);
        put(rates, WriteKind.TOKENS, 10, 50);
        put(rates, WriteKind.ACCOUNTS, 30, 100);
        return new RateLimits(true, rates);
    }

    private static void put(Map<BucketName, Rate> rates, WriteKind kind, long perAccount, long perOrganisation) {
        rates.put(new BucketName(kind, Scope.ACCOUNT), Rate.perHour(perAccount));
        rates.put(new BucketName(kind, Scope.ORGANISATION), Rate.perHour(perOrganisation));
    }

    public Optional<Rate> rate(BucketName bucket) {
        return Optional.ofNullable(rates.get(bucket));
    }
}
