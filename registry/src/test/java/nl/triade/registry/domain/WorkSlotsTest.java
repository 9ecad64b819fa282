package nl.triade.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkSlotsTest {

    @Test
    void aCallerThatFindsEverySlotTakenIsToldWhenToRetry() {
        WorkSlots slots = new WorkSlots(1, Duration.ofMillis(50));
        UnavailableException refused = slots.run(() -> assertThrows(UnavailableException.class, () -> slots.run(() -> "second")));
        assertEquals(Duration.ofMillis(50), refused.retryAfter());
    }

    @Test
    void aSlotIsFreedWhenTheWorkEndsEvenByThrowing() {
        WorkSlots slots = new WorkSlots(1, Duration.ofMillis(50));
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("work failed");
        }));
        assertEquals("done", slots.run(() -> "done"));
    }

    @Test
    void slotsAreSharedUpToTheirNumber() {
        WorkSlots slots = new WorkSlots(2, Duration.ofMillis(50));
        assertEquals("inner", slots.run(() -> slots.run(() -> "inner")));
    }
}
