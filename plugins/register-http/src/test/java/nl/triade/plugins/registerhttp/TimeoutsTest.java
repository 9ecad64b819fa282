package nl.triade.plugins.registerhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutsTest {

    @Test
    void connectingAndAnsweringEndATenthBeforeTheHostsLimit() {
        // 60 s: 54 s for the exchange, of which at most 10 s to connect.
        assertEquals(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(44)), Timeouts.within(Duration.ofSeconds(60)));
        // 5 s: 4.5 s for the exchange, a quarter of it to connect.
        assertEquals(new Timeouts(Duration.ofMillis(1125), Duration.ofMillis(3375)), Timeouts.within(Duration.ofSeconds(5)));
    }
}
