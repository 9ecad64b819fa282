package nl.triade.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsultationLengthConfigTest {

    private static TriadeConfig load(String days) {
        return ConfigLoader.load(Map.of("TRIADE_CONSULTATION_MIN_DAYS", days), List.of());
    }

    @Test
    void aConsultationLastsFourWeeksAtLeastByDefault() {
        assertEquals(Duration.ofDays(28), ConfigLoader.load(Map.of(), List.of()).shortestConsultation());
    }

    @Test
    void theMinimumIsSetInDays() {
        assertEquals(Duration.ofDays(42), load("42").shortestConsultation());
        assertEquals(Duration.ZERO, load("0").shortestConsultation());
    }

    @Test
    void aMinimumOutsideZeroToAYearStopsTheStartNamingTheVariable() {
        for (String wrong : List.of("-1", "366", "vier weken", "2.5")) {
            ConfigException refused = assertThrows(ConfigException.class, () -> load(wrong), wrong);
            assertTrue(refused.getMessage().contains("TRIADE_CONSULTATION_MIN_DAYS"), refused.getMessage());
        }
    }
}
