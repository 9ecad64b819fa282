package nl.triade.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.limits.BucketName;
import nl.triade.registry.domain.limits.Rate;
import nl.triade.registry.domain.limits.RateLimits;
import nl.triade.registry.domain.limits.Scope;
import nl.triade.registry.domain.limits.WriteKind;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {
    private static final BucketName COMMENTS_PER_ACCOUNT = new BucketName(WriteKind.COMMENTS, Scope.ACCOUNT);

    @Test
    void withoutSettingsTheDefaultsApply() {
        RateLimits limits = ConfigLoader.load(Map.of(), List.of()).rateLimits();
        assertTrue(limits.enabled());
        assertEquals(RateLimits.defaults(), limits);
        assertEquals(Optional.of(Rate.perHour(120)), limits.rate(COMMENTS_PER_ACCOUNT));
    }

    @Test
    void oneBucketIsSetAndAnotherSwitchedOff() {
        RateLimits limits = RateLimitSettings.load(Map.of("TRIADE_RATE_LIMIT_COMMENTS_ACCOUNT", "5/10s",
                "TRIADE_RATE_LIMIT_EDITS_ORGANISATION", "off"));
        assertEquals(Optional.of(new Rate(5, Duration.ofSeconds(10))), limits.rate(COMMENTS_PER_ACCOUNT));
        assertEquals(Optional.empty(), limits.rate(new BucketName(WriteKind.EDITS, Scope.ORGANISATION)));
        assertEquals(Optional.of(Rate.perHour(600)), limits.rate(new BucketName(WriteKind.EDITS, Scope.ACCOUNT)));
    }

    @Test
    void allLimitsAreSwitchedOffAtOnce() {
        assertFalse(RateLimitSettings.load(Map.of("TRIADE_RATE_LIMITS", "off")).enabled());
        assertTrue(RateLimitSettings.load(Map.of("TRIADE_RATE_LIMITS", "ON")).enabled());
    }

    @Test
    void aMisspeltOrMalformedSettingStopsTheServerNamingTheVariable() {
        ConfigException misspelt = assertThrows(ConfigException.class,
                () -> RateLimitSettings.load(Map.of("TRIADE_RATE_LIMIT_COMMENT_ACCOUNT", "5/1h")));
        assertTrue(misspelt.getMessage().startsWith("TRIADE_RATE_LIMIT_COMMENT_ACCOUNT is not a rate limit setting"));
        ConfigException malformed = assertThrows(ConfigException.class,
                () -> RateLimitSettings.load(Map.of("TRIADE_RATE_LIMIT_TOKENS_ACCOUNT", "five a day")));
        assertTrue(malformed.getMessage().startsWith("TRIADE_RATE_LIMIT_TOKENS_ACCOUNT must be a rate like 120/1h"));
        assertThrows(ConfigException.class, () -> RateLimitSettings.load(Map.of("TRIADE_RATE_LIMITS", "no")));
    }
}
