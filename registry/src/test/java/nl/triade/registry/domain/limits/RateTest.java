package nl.triade.registry.domain.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

    @Test
    void ratesAreWrittenAsCountSlashPeriod() {
        assertEquals(new Rate(120, Duration.ofHours(1)), Rate.parse("120/1h"));
        assertEquals(new Rate(5, Duration.ofSeconds(10)), Rate.parse("5/10s"));
        assertEquals(new Rate(30, Duration.ofMinutes(15)), Rate.parse(" 30/15m "));
        assertEquals(new Rate(1000, Duration.ofDays(1)), Rate.parse("1000/1d"));
    }

    @Test
    void aRateIsDescribedInTheLargestWholeUnit() {
        assertEquals("120/1h", new Rate(120, Duration.ofHours(1)).describe());
        assertEquals("5/90s", new Rate(5, Duration.ofSeconds(90)).describe());
        assertEquals("5/2m", new Rate(5, Duration.ofSeconds(120)).describe());
        assertEquals("7/2d", new Rate(7, Duration.ofDays(2)).describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "120", "120/h", "0/1h", "-1/1h", "120/0h", "120/1w", "1.5/1h", "120 / 1h", "10000000000/1h"})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Rate.parse(text));
    }
}
