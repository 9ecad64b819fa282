package nl.triade.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code TRIADE_PUBLIC_URL}: the root of the FHIR exports' canonical URLs. */
class PublicUrlConfigTest {

    private static String publicUrl(Map<String, String> environment) {
        return ConfigLoader.load(environment, List.of()).publicUrl();
    }

    @Test
    void unsetItIsTheLocalAddressOnTheConfiguredPort() {
        assertEquals("http://localhost:7070", publicUrl(Map.of()));
        assertEquals("http://localhost:8080", publicUrl(Map.of("TRIADE_PORT", "8080")));
        assertEquals("http://localhost", publicUrl(Map.of("TRIADE_PORT", "0")));
    }

    @Test
    void aTrailingSlashIsDroppedSoEveryCanonicalUrlIsSpelledOneWay() {
        assertEquals("https://triade.example.org", publicUrl(Map.of("TRIADE_PUBLIC_URL", "https://triade.example.org/")));
        assertEquals("https://zorg.example.nl/triade", publicUrl(Map.of("TRIADE_PUBLIC_URL", " https://zorg.example.nl/triade// ")));
    }

    @Test
    void anythingButAnAbsoluteWebUrlStopsTheStartNamingTheVariableWithoutItsCredentials() {
        for (String wrong : List.of("triade.example.org", "ftp://triade.example.org", "https://triade.example.org/?x=1",
                "https://triade.example.org/#top", "https://user:geheim@triade.example.org", "https://", "http://bad host")) {
            ConfigException refused = assertThrows(ConfigException.class, () -> publicUrl(Map.of("TRIADE_PUBLIC_URL", wrong)), wrong);
            assertTrue(refused.getMessage().contains("TRIADE_PUBLIC_URL"), refused.getMessage());
            assertFalse(refused.getMessage().contains("geheim"), refused.getMessage());
        }
    }
}
