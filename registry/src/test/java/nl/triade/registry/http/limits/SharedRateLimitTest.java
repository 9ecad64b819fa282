package nl.triade.registry.http.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one registry on one database (issue 13): a client whose requests a load balancer
 * spreads over both still gets the configured rate in all, not that rate from each.
 */
class SharedRateLimitTest {

    @Test
    void aLimitOfThreeAnHourAdmitsThreeAcrossTwoInstances() {
        try (RunningRegistry first = RunningRegistry.start(false, Map.of("TRIADE_RATE_LIMIT_DOCUMENTS_ACCOUNT", "3/1h"));
             RunningRegistry second = first.secondInstance()) {
            Parties parties = new Parties(first);
            parties.organisation("schrijvers", "patient");
            String token = parties.token("schrijvers", "member");
            List<ApiClient> balanced = List.of(first.as(token), second.as(token));

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(balanced.get(i % 2).post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard " + i)).status());
            }

            assertEquals(List.of(201, 201, 201, 429, 429, 429), statuses);
        }
    }
}
