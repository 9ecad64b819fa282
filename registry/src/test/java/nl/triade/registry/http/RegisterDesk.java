package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;

/**
 * An assessor of the Zorginstituut (an account of a new organisation of kind {@code register}),
 * who assesses submissions and decides them through the API, as the Register does.
 */
public final class RegisterDesk {
    private static final AtomicInteger DESKS = new AtomicInteger();
    private final ApiClient assessor;

    private RegisterDesk(ApiClient assessor) {
        this.assessor = assessor;
    }

    /** A new register organisation in {@code registry} with a member account to assess for it. */
    public static RegisterDesk open(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        String slug = "zorginstituut-" + DESKS.incrementAndGet();
        parties.organisation(slug, "register");
        return new RegisterDesk(parties.as(slug, "member"));
    }

    public ApiClient assessor() {
        return assessor;
    }

    /** Assesses every criterion of submission {@code submissionId} as met and decides {@code registered} once it was delivered. */
    public JsonNode register(String submissionId, String registerReference) {
        assessEvery(submissionId, "met");
        awaitDelivery(submissionId);
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "registered");
        body.put("registerReference", registerReference);
        ApiResponse decided = assessor.post("/api/v1/submissions/" + submissionId + "/outcome", body);
        assertEquals(200, decided.status(), decided.body());
        return decided.json();
    }

    /** Assesses {@code criterion} of submission {@code submissionId} as not met and decides {@code not-registered}. */
    public JsonNode notRegistered(String submissionId, String criterion) {
        String path = "/api/v1/submissions/" + submissionId;
        ApiResponse assessed = assessor.put(path + "/assessment/" + criterion, Map.of("result", "not-met", "note", "Niet voldaan."));
        assertEquals(200, assessed.status(), assessed.body());
        awaitDelivery(submissionId);
        ApiResponse decided = assessor.post(path + "/outcome", Map.of("outcome", "not-registered", "reason", "Niet voldaan."));
        assertEquals(200, decided.status(), decided.body());
        return decided.json();
    }

    /** Waits until the worker delivered submission {@code submissionId}: the Register decides only what arrived. */
    public void awaitDelivery(String submissionId) {
        Eventually.until("submission " + submissionId + " was delivered", () -> !assessor.get("/api/v1/submissions/"
                + submissionId).json().get("state").asText().equals("pending"));
    }

    /** Assesses every criterion of submission {@code submissionId} with {@code result}. */
    public void assessEvery(String submissionId, String result) {
        String path = "/api/v1/submissions/" + submissionId + "/assessment";
        for (JsonNode line : assessor.get(path).json().get("criteria")) {
            ApiResponse assessed = assessor.put(path + "/" + line.get("criterion").asText(), Map.of("result", result,
                    "note", "Beoordeeld."));
            assertEquals(200, assessed.status(), assessed.body());
        }
    }
}
