package nl.triade.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceConfigTest {

    private static InstanceSettings load(Map<String, String> environment) {
        return ConfigLoader.load(environment, List.of()).instance();
    }

    @Test
    void withoutANameEachStartIsAnotherInstance() {
        String first = load(Map.of()).id();
        assertTrue(first.matches("[A-Za-z0-9._-]{1,100}"), first);
        assertNotEquals(first, load(Map.of()).id());
    }

    @Test
    void aNamedInstanceKeepsItsName() {
        assertEquals("triade-2", load(Map.of("TRIADE_INSTANCE_ID", "triade-2")).id());
        for (String wrong : List.of("twee woorden", "x".repeat(101), "ä")) {
            ConfigException refused = assertThrows(ConfigException.class, () -> load(Map.of("TRIADE_INSTANCE_ID", wrong)), wrong);
            assertTrue(refused.getMessage().contains("TRIADE_INSTANCE_ID"), refused.getMessage());
        }
    }

    @Test
    void aLeaseLastsAMinuteAndAtLeastTwoPluginCalls() {
        assertEquals(Duration.ofMinutes(1), load(Map.of()).lease());
        assertEquals(Duration.ofSeconds(80), load(Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "40000")).lease());
        assertEquals(Duration.ofSeconds(10), load(Map.of("TRIADE_LEASE_MS", "10000")).lease());
        for (String wrong : List.of("9999", "3600001", "lang")) {
            ConfigException refused = assertThrows(ConfigException.class, () -> load(Map.of("TRIADE_LEASE_MS", wrong)), wrong);
            assertTrue(refused.getMessage().contains("TRIADE_LEASE_MS"), refused.getMessage());
        }
    }

    @Test
    void aSubmissionIsLeasedForTheSubmitterTimeLimitAndTheLease() {
        TriadeConfig config = ConfigLoader.load(Map.of("TRIADE_SUBMITTER_TIMEOUT_MS", "20000"), List.of());
        assertEquals(Duration.ofSeconds(80), config.instance().submissionLease(config.submitterTimeout()));
    }
}
