package nl.triade.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void thePauseDoublesWithEveryFailureUpToTheLongest() {
        assertEquals(Duration.ofSeconds(2), backoff.after(1));
        assertEquals(Duration.ofSeconds(4), backoff.after(2));
        assertEquals(Duration.ofSeconds(256), backoff.after(8));
        assertEquals(Duration.ofSeconds(512), backoff.after(9));
        assertEquals(Duration.ofMinutes(10), backoff.after(10));
        assertEquals(Duration.ofMinutes(10), backoff.after(1_000), "no overflow however long it fails");
    }

    @Test
    void aWishIsKeptWithinBounds() {
        assertEquals(Duration.ofSeconds(30), backoff.atMost(Duration.ofSeconds(30)));
        assertEquals(Duration.ofMinutes(10), backoff.atMost(Duration.ofDays(3)));
        assertEquals(Duration.ofSeconds(2), backoff.within(Duration.ofMillis(10)));
        assertEquals(Duration.ofMinutes(10), backoff.within(Duration.ofHours(1)));
    }
}
