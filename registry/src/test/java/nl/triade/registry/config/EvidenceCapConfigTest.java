package nl.triade.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.submission.EvidenceLimits;
import org.junit.jupiter.api.Test;

class EvidenceCapConfigTest {

    private static TriadeConfig load(String events) {
        return ConfigLoader.load(Map.of("TRIADE_EVIDENCE_MAX_EVENTS", events), List.of());
    }

    @Test
    void aPackCarriesTenThousandEventsAtMostByDefault() {
        assertEquals(new EvidenceLimits(10_000), ConfigLoader.load(Map.of(), List.of()).evidenceLimits());
    }

    @Test
    void theCapIsSetInEventsFromOneToAHundredThousand() {
        assertEquals(new EvidenceLimits(1), load("1").evidenceLimits());
        assertEquals(new EvidenceLimits(100_000), load("100000").evidenceLimits());
        for (String wrong : List.of("0", "-5", "100001", "veel", "2.5")) {
            ConfigException refused = assertThrows(ConfigException.class, () -> load(wrong), wrong);
            assertTrue(refused.getMessage().contains("TRIADE_EVIDENCE_MAX_EVENTS"), refused.getMessage());
        }
    }
}
