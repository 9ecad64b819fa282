package nl.triade.registry.domain.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.triade.registry.domain.RateLimitedException;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import org.junit.jupiter.api.Test;

class WriteLimitsTest {
    private static final Caller MEMBER = new Caller("acc-1", "hartpatienten", OrganisationKind.PATIENT, Role.MEMBER, "tok-1");
    private static final Caller COLLEAGUE = new Caller("acc-2", "hartpatienten", OrganisationKind.PATIENT, Role.ORG_ADMIN, "tok-2");
    private static final Caller ADMINISTRATOR = new Caller("acc-0", "beheer", OrganisationKind.REGISTER, Role.ADMINISTRATOR, "tok-0");
    private final CountingLimiter limiter = new CountingLimiter();

    private WriteLimits limits(boolean enabled, long perAccount, long perOrganisation) {
        return new WriteLimits(new RateLimits(enabled, Map.of(
                new BucketName(WriteKind.COMMENTS, Scope.ACCOUNT), Rate.perHour(perAccount),
                new BucketName(WriteKind.COMMENTS, Scope.ORGANISATION), Rate.perHour(perOrganisation))), limiter);
    }

    @Test
    void anAccountIsRefusedWhenItsOwnBucketIsEmpty() {
        WriteLimits limits = limits(true, 2, 10);
        limits.admit(MEMBER, WriteKind.COMMENTS);
        limits.admit(MEMBER, WriteKind.COMMENTS);
        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limits.admit(MEMBER, WriteKind.COMMENTS));
        assertEquals("comments-per-account", refused.bucket());
        assertEquals(1800, refused.retryAfterSeconds());
        assertEquals(2, limiter.taken("comments-per-organisation:hartpatienten"), "a refusal by the account leaves the organisation alone");
    }

    @Test
    void accountsOfOneOrganisationShareItsBucketAndARefusalGivesTheAccountsWriteBack() {
        WriteLimits limits = limits(true, 5, 3);
        limits.admit(MEMBER, WriteKind.COMMENTS);
        limits.admit(MEMBER, WriteKind.COMMENTS);
        limits.admit(COLLEAGUE, WriteKind.COMMENTS);
        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limits.admit(COLLEAGUE, WriteKind.COMMENTS));
        assertEquals("comments-per-organisation", refused.bucket());
        assertEquals(1, limiter.taken("comments-per-account:acc-2"), "the refused write is not counted against the account");
    }

    @Test
    void otherKindsOfWriteHaveTheirOwnBuckets() {
        WriteLimits limits = new WriteLimits(new RateLimits(true, Map.of(
                new BucketName(WriteKind.COMMENTS, Scope.ACCOUNT), Rate.perHour(1),
                new BucketName(WriteKind.EDITS, Scope.ACCOUNT), Rate.perHour(1))), limiter);
        limits.admit(MEMBER, WriteKind.COMMENTS);
        limits.admit(MEMBER, WriteKind.EDITS);
        assertThrows(RateLimitedException.class, () -> limits.admit(MEMBER, WriteKind.EDITS));
    }

    @Test
    void aBucketWithoutARateIsUnlimited() {
        WriteLimits limits = limits(true, 1, 1);
        for (int i = 0; i < 10; i++) {
            limits.admit(MEMBER, WriteKind.DOCUMENTS);
        }
    }

    @Test
    void administratorsAreNeverLimited() {
        WriteLimits limits = limits(true, 1, 1);
        for (int i = 0; i < 10; i++) {
            limits.admit(ADMINISTRATOR, WriteKind.COMMENTS);
        }
        assertEquals(0, limiter.taken("comments-per-account:acc-0"));
    }

    @Test
    void switchedOffNothingIsLimited() {
        WriteLimits limits = limits(false, 1, 1);
        for (int i = 0; i < 10; i++) {
            limits.admit(MEMBER, WriteKind.COMMENTS);
        }
        assertEquals(0, limiter.taken("comments-per-account:acc-1"));
    }

    @Test
    void theRefusalSaysWhichLimitAndWhenToComeBack() {
        RateLimitedException refused = WriteLimits.refusal(new BucketName(WriteKind.TOKENS, Scope.ORGANISATION),
                new Rate(50, Duration.ofHours(1)), Duration.ofMillis(71_001));
        assertEquals(72, refused.retryAfterSeconds(), "rounded up, so a client that waits is admitted");
        assertEquals("the limit tokens-per-organisation allows 50/1h for all accounts of an organisation together; "
                + "try again in 72 s", refused.getMessage());
    }

    /** Counts writes per key against each rate's count; time stands still. */
    private static final class CountingLimiter implements RateLimiter {
        private final Map<String, Long> taken = new HashMap<>();

        @Override
        public Admission acquire(String key, Rate rate) {
            long now = taken(key);
            if (now >= rate.count()) {
                return Admission.refused(rate.period().dividedBy(rate.count()));
            }
            taken.put(key, now + 1);
            return Admission.granted();
        }

        @Override
        public void release(String key, Rate rate) {
            taken.merge(key, -1L, Long::sum);
        }

        long taken(String key) {
            return taken.getOrDefault(key, 0L);
        }
    }
}
