package nl.triade.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.Test;

class TargetTest {
    private static final Map<String, String> DEFAULTS = Map.of();

    /** The check as made when subscribing, with this machine's name service. */
    private static Optional<String> problem(String url, Map<String, String> settings) {
        return Target.problem(url, settings, SystemDefaultDnsResolver.INSTANCE);
    }

    @Test
    void internalAddressesAreRefusedByDefault() {
        for (String url : new String[] {"https://127.0.0.1/hook", "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://[::1]/", "https://[fe80::1]/",
                "https://[fd00::1]/", "https://0.0.0.0/", "https://localhost/"}) {
            Optional<String> problem = problem(url, DEFAULTS);
            assertTrue(problem.isPresent() && problem.get().contains("public addresses only"), url + ": " + problem);
        }
    }

    /**
     * A hostile org-admin's other spellings of an internal address: IPv4 inside IPv6 (mapped, compatible,
     * translated, NAT64, 6to4, Teredo), a bare number, the unspecified and broadcast addresses, and the
     * ranges IANA reserves (benchmarking, protocol assignments, the old class E).
     */
    @Test
    void internalAddressesInOtherSpellingsAreRefused() {
        for (String url : new String[] {"https://2130706433/", "https://0/", "https://[::]/", "https://[::ffff:127.0.0.1]/",
                "https://[::ffff:a9fe:a9fe]/", "https://[0:0:0:0:0:ffff:7f00:1]/", "https://[::127.0.0.1]/",
                "https://[::ffff:0:7f00:1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[64:ff9b::7f00:1]/",
                "https://[2002:7f00:1::]/", "https://[2001::1]/", "https://[100::1]/",
                "https://[::1%1]/", "https://LOCALHOST/", "https://255.255.255.255/", "https://240.0.0.1/", "https://198.18.0.1/",
                "https://192.0.0.8/", "https://224.0.0.1/",
                "https://[ff02::1]/", "https://[fec0::1]/"}) {
            Optional<String> problem = problem(url, DEFAULTS);
            assertTrue(problem.isPresent() && problem.get().contains("public addresses only"), url + ": " + problem);
        }
    }

    /** Spellings that name no host to java.net.URI, or put one inside the user information, never reach a resolver. */
    @Test
    void hostsHiddenInTheUrlAreRefused() {
        for (String url : new String[] {"https://127.1/", "https://%31%32%37.0.0.1/", "https://8.8.8.8@127.0.0.1/",
                "https://127.0.0.1%2f@8.8.8.8/", "https://8.8.8.8\\@127.0.0.1/", "https://\u2460\u2461\u2466.0.0.1/"}) {
            assertTrue(problem(url, DEFAULTS).isPresent(), url);
        }
        assertTrue(problem("https://127.0.0.1#@8.8.8.8/", DEFAULTS).orElseThrow().contains("public addresses only"));
    }

    @Test
    void publicAddressesInEveryFormStayAccepted() throws Exception {
        for (String address : new String[] {"8.8.8.8", "177.0.0.1", "100.128.0.1", "2a00:1450:4001:80b::200e",
                "64:ff9b::808:808", "2606:4700:4700::1111"}) {
            assertTrue(!Target.isInternal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void plainHttpCredentialsAndOtherSchemesAreRefused() {
        assertTrue(problem("http://8.8.8.8/hook", DEFAULTS).orElseThrow().contains("https://"));
        assertTrue(problem("https://user:pw@8.8.8.8/hook", DEFAULTS).orElseThrow().contains("credentials"));
        assertTrue(problem("file:///etc/passwd", DEFAULTS).orElseThrow().contains("https://"));
        assertTrue(problem("not a url", DEFAULTS).orElseThrow().contains("not a URL"));
    }

    @Test
    void aPublicHttpsAddressIsAcceptedAndSettingsOpenTheRest() {
        assertEquals(Optional.empty(), problem("https://8.8.8.8/hook", DEFAULTS));
        assertEquals(Optional.empty(), problem("http://127.0.0.1:8080/hook",
                Map.of(Target.ALLOW_PLAIN_HTTP, "true", Target.ALLOW_PRIVATE_ADDRESSES, "true")));
        assertTrue(problem("http://127.0.0.1:8080/hook", Map.of(Target.ALLOW_PRIVATE_ADDRESSES, "true")).isPresent());
    }

    @Test
    void theRangesTheJdkDoesNotKnowHaveTheirEdges() throws Exception {
        assertTrue(Target.isInternal(InetAddress.getByName("100.127.255.255")));
        assertTrue(!Target.isInternal(InetAddress.getByName("100.128.0.1")));
        assertTrue(!Target.isInternal(InetAddress.getByName("100.63.255.255")));
        assertTrue(Target.isInternal(InetAddress.getByName("fc00::1")));
        assertTrue(!Target.isInternal(InetAddress.getByName("2001:db8::1")), "documentation reaches nothing, and examples use it");
        assertTrue(!Target.isInternal(InetAddress.getByName("192.0.2.10")), "documentation reaches nothing, and examples use it");
    }
}
