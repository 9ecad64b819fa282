package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored instants read back exactly as {@link Instant#parse} reads them, whichever way they were written. */
class TimestampsTest {

    @Test
    void whatWasWrittenIsReadBack() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            });
            assertEquals(instant, Timestamps.parse(Timestamps.format(instant)), Timestamps.format(instant));
            assertEquals(Instant.parse(Timestamps.fixedWidth(instant)), Timestamps.parse(Timestamps.fixedWidth(instant)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T10:00:00Z", "2026-12-01T10:00:00.5Z", "2026-12-01T10:00:00.1234Z", "1970-01-01T00:00:00Z",
        "2026-12-31T23:59:59.999999999Z", "2024-02-29T12:00:00Z", "+10000-01-01T00:00:00Z", "2026-06-30T23:59:60Z",
        "2026-12-01T10:00:00.Z"})
    void everyShapeInstantParseReadsIsReadTheSame(String text) {
        assertEquals(Instant.parse(text), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2026-12-01T25:00:00Z", "2026-12-01 10:00:00Z",
        "2026-12-01T10:00:00", "2026-12-01T10:00:00.1234567890Z", "2026-1a-01T10:00:00Z", ""})
    void whatInstantParseRefusesIsRefused(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse(text));
    }

    @Test
    void nothingStoredIsNothingRead() {
        assertNull(Timestamps.parse(null));
    }
}
