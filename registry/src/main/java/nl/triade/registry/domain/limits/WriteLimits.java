package nl.triade.registry.domain.limits;

import java.time.Duration;
import java.util.Optional;
import nl.triade.registry.domain.RateLimitedException;
import nl.triade.registry.domain.actor.Caller;

/**
 * Admits a write against the caller's account bucket and its organisation's bucket for that kind of
 * write, or refuses it. Administrators run the installation and are never limited. An admitted
 * write counts even if a rule then refuses it, so a client looping on an error is slowed like one
 * that succeeds.
 */
public final class WriteLimits {
    private final RateLimits limits;
    private final RateLimiter limiter;

    public WriteLimits(RateLimits limits, RateLimiter limiter) {
        this.limits = limits;
        this.limiter = limiter;
    }

    /** Returns when the write may go ahead; throws {@link RateLimitedException} naming the empty bucket otherwise. */
    public void admit(Caller caller, WriteKind kind) {
        if (!limits.enabled() || caller.isAdministrator()) {
            return;
        }
        BucketName perAccount = new BucketName(kind, Scope.ACCOUNT);
        BucketName perOrganisation = new BucketName(kind, Scope.ORGANISATION);
        Optional<Rate> accountRate = limits.rate(perAccount);
        String accountKey = key(perAccount, caller.accountId());
        accountRate.ifPresent(rate -> take(perAccount, accountKey, rate));
        Optional<Rate> organisationRate = limits.rate(perOrganisation);
        if (organisationRate.isPresent()) {
            try {
                take(perOrganisation, key(perOrganisation, caller.organisation()), organisationRate.get());
            } catch (RateLimitedException refused) {
                accountRate.ifPresent(rate -> limiter.release(accountKey, rate));
                throw refused;
            }
        }
    }

    private void take(BucketName bucket, String key, Rate rate) {
        Admission admission = limiter.acquire(key, rate);
        if (!admission.admitted()) {
            throw refusal(bucket, rate, admission.retryAfter());
        }
    }

    /** The refusal of a write to an empty bucket: which limit, what it allows, and when to come back. */
    static RateLimitedException refusal(BucketName bucket, Rate rate, Duration retryAfter) {
        return new RateLimitedException(bucket.wire(), "the limit " + bucket.wire() + " allows " + rate.describe()
                + (bucket.scope() == Scope.ORGANISATION ? " for all accounts of an organisation together" : ""), retryAfter);
    }

    private static String key(BucketName bucket, String subject) {
        return bucket.wire() + ":" + subject;
    }
}
