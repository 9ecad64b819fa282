package nl.triade.plugins.registerhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointTest {
    private static final String ADVICE = " (set allow-plain-http=true to allow http:// for tests and a local Register)";

    private static Optional<String> problem(Map<String, String> settings) {
        return new HttpRegisterSubmitter().configurationProblem(settings);
    }

    @Test
    void anHttpsEndpointIsFine() {
        assertEquals(Optional.empty(), problem(Map.of("endpoint", "https://register.example/api")));
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        assertEquals(Optional.of("endpoint must be an https:// URL, was 'http://register.example:8080/api'" + ADVICE),
                problem(Map.of("endpoint", "http://register.example:8080/api")));
        assertEquals(Optional.of("endpoint must be an https:// URL, was 'http://register.example/api'" + ADVICE),
                problem(Map.of("endpoint", "http://register.example/api", "allow-plain-http", "yes")));
        assertEquals(Optional.empty(), problem(Map.of("endpoint", "http://localhost:9000/api", "allow-plain-http", "true")));
    }

    @Test
    void otherSchemesAndNonUrlsAreRefused() {
        assertEquals(Optional.of("endpoint must be an https:// URL, was 'ftp://register.example/in'" + ADVICE),
                problem(Map.of("endpoint", "ftp://register.example/in", "allow-plain-http", "true")));
        assertEquals(Optional.of("endpoint must be an https:// URL, was '(no scheme)'" + ADVICE),
                problem(Map.of("endpoint", "register.example/api")));
        assertEquals(Optional.of("endpoint is not a URL"), problem(Map.of("endpoint", "https://register example")));
    }

    @Test
    void credentialsAndQueriesInTheEndpointAreNeverShown() {
        assertEquals(Optional.of("endpoint must be an https:// URL, was 'http://register.example/api'" + ADVICE),
                problem(Map.of("endpoint", "http://user:geheim@register.example/api?key=geheim")));
    }
}
