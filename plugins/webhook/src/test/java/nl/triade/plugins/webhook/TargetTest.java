package nl.triade.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTest {
    private static final Map<String, String> DEFAULTS = Map.of();

    @Test
    void internalAddressesAreRefusedByDefault() {
        for (String url : new String[] {"https://127.0.0.1/hook", "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://[::1]/", "https://[fe80::1]/",
                "https://[fd00::1]/", "https://0.0.0.0/", "https://localhost/"}) {
            Optional<String> problem = Target.problem(url, DEFAULTS);
            assertTrue(problem.isPresent() && problem.get().contains("public addresses only"), url + ": " + problem);
        }
    }

    @Test
    void plainHttpCredentialsAndOtherSchemesAreRefused() {
        assertTrue(Target.problem("http://8.8.8.8/hook", DEFAULTS).orElseThrow().contains("https://"));
        assertTrue(Target.problem("https://user:pw@8.8.8.8/hook", DEFAULTS).orElseThrow().contains("credentials"));
        assertTrue(Target.problem("file:///etc/passwd", DEFAULTS).orElseThrow().contains("https://"));
        assertTrue(Target.problem("not a url", DEFAULTS).orElseThrow().contains("not a URL"));
    }

    @Test
    void aPublicHttpsAddressIsAcceptedAndSettingsOpenTheRest() {
        assertEquals(Optional.empty(), Target.problem("https://8.8.8.8/hook", DEFAULTS));
        assertEquals(Optional.empty(), Target.problem("http://127.0.0.1:8080/hook",
                Map.of(Target.ALLOW_PLAIN_HTTP, "true", Target.ALLOW_PRIVATE_ADDRESSES, "true")));
        assertTrue(Target.problem("http://127.0.0.1:8080/hook", Map.of(Target.ALLOW_PRIVATE_ADDRESSES, "true")).isPresent());
    }

    @Test
    void onlyCarrierGradeNatAndUniqueLocalRangesAreAddedToTheJdksOwnChecks() throws Exception {
        assertTrue(Target.isInternal(InetAddress.getByName("100.127.255.255")));
        assertTrue(!Target.isInternal(InetAddress.getByName("100.128.0.1")));
        assertTrue(!Target.isInternal(InetAddress.getByName("100.63.255.255")));
        assertTrue(Target.isInternal(InetAddress.getByName("fc00::1")));
        assertTrue(!Target.isInternal(InetAddress.getByName("2001:db8::1")));
    }
}
