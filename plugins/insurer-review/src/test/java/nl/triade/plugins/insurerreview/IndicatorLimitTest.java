package nl.triade.plugins.insurerreview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.PluginContext;
import org.junit.jupiter.api.Test;

/** Where registration burden starts: more than the limit is commented on, the limit itself is not. */
class IndicatorLimitTest {

    private static int comments(int indicators, Map<String, String> settings) {
        List<IndicatorSnapshot> measured = IntStream.range(0, indicators)
                .mapToObj(i -> new IndicatorSnapshot("i" + i, "Indicator " + i, "process", "teller", "noemer", null, "HIS", null, "jaar"))
                .toList();
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "instrument", "consultation", 1, 1, "0".repeat(64), "Titel",
                null, null, null, null, null, null, null, List.of(), List.of(), measured, null, List.of(), List.of(), List.of());
        return new InsurerReviewer().review(document, new PluginContext("insurer-review", Clock.systemUTC(), settings)).size();
    }

    @Test
    void exactlyTheLimitIsNoBurden() {
        assertEquals(0, comments(8, Map.of()));
        assertEquals(1, comments(9, Map.of()));
        assertEquals(0, comments(3, Map.of(InsurerReviewer.MAX_INDICATORS, " 3 ")));
        assertEquals(1, comments(4, Map.of(InsurerReviewer.MAX_INDICATORS, "3")));
    }

    @Test
    void aLimitThatIsNoNumberFallsBackToEight() {
        assertEquals(0, comments(8, Map.of(InsurerReviewer.MAX_INDICATORS, "veel")));
        assertEquals(1, comments(9, Map.of(InsurerReviewer.MAX_INDICATORS, "veel")));
    }
}
