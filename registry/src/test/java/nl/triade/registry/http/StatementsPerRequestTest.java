package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No N+1 queries on the hot paths (issue 14): what a request costs in statements does not grow with
 * the document's sections, participants or comments, nor with the number of documents listed. Each
 * path is run on a small document and on a large one, and the statements the database was sent are
 * counted around each request. The background rounds are held back (a poll of ten minutes, after the
 * rounds of the start) so only the request itself is counted.
 */
class StatementsPerRequestTest {
    private static final int MANY = 25;
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_SUBMISSION_POLL_MS", "600000",
            "TRIADE_RATE_LIMITS", "off"));
    private static ApiClient author;
    private static String small;
    private static String large;
    private static Parties parties;
    private static String email;
    private static FormClient browser;

    @BeforeAll
    static void documents() {
        parties = new Parties(registry);
        parties.organisation("astmapatienten", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("verzekeraar", "insurer");
        parties.organisation("apothekers", "provider");
        String authorId = parties.accountId("astmapatienten", "member");
        author = registry.as(parties.tokenOf(authorId));
        email = FormClient.withPassword(registry, authorId);
        small = standard("Astma bij kinderen", 1);
        large = standard("Astma bij volwassenen", MANY);
        int revision = author.get(path(large)).json().get("revision").asInt();
        for (String organisation : new String[] {"longartsen", "verzekeraar", "apothekers"}) {
            ApiResponse invited = author.put(path(large) + "/participants/" + organisation, Map.of("role", "author"),
                    "If-Match", "\"" + revision++ + "\"");
            assertEquals(201, invited.status(), invited.body());
        }
        for (int i = 0; i < MANY; i++) {
            assertEquals(201, author.post(path(large) + "/comments", Map.of("body", "Opmerking " + i)).status());
        }
        assertEquals(201, author.post(path(small) + "/comments", Map.of("body", "Opmerking")).status());
        for (int i = 0; i < MANY; i++) {
            assertEquals(201, author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Longziekte " + i,
                    "condition", "astma")).status());
        }
    }

    private static String standard(String title, int sections) {
        ApiResponse created = author.post("/api/v1/documents", Map.of("kind", "standard", "title", title, "condition", "astma"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        for (int i = 0; i < sections; i++) {
            ApiResponse section = author.put(path(id) + "/sections/deel-" + i, Map.of("title", "Deel " + i, "body", "Tekst " + i),
                    "If-None-Match", "*");
            assertEquals(201, section.status(), section.body());
        }
        return id;
    }

    private static String path(String id) {
        return "/api/v1/documents/" + id;
    }

    /** The statements {@code request} cost; it must answer {@code expected}. */
    private static long statementsOf(int expected, IntSupplier request) {
        long before = registry.statementsRun();
        assertEquals(expected, request.getAsInt());
        return registry.statementsRun() - before;
    }

    /** A request on the hot path and the status it must answer. */
    private record Request(int status, IntSupplier send) {
    }

    private static Map<String, Request> hotPaths(String id) {
        Map<String, Request> paths = new LinkedHashMap<>();
        paths.put("POST comment", new Request(201, () -> author.post(path(id) + "/comments", Map.of("body", "Nog een opmerking")).status()));
        paths.put("GET document, first read after a change", new Request(200, () -> author.get(path(id)).status()));
        paths.put("PUT section", new Request(200, () -> author.put(path(id) + "/sections/deel-0",
                Map.of("title", "Deel 0", "body", "Nieuwe tekst " + System.nanoTime()), "If-Match", "*").status()));
        paths.put("GET comments", new Request(200, () -> author.get(path(id) + "/comments?limit=200").status()));
        paths.put("web document page", new Request(200, () -> browser.get("/documenten/" + id).status()));
        return paths;
    }

    /** What each hot path costs on document {@code id}, by path. */
    private static Map<String, Long> costs(String id) {
        Map<String, Long> costs = new LinkedHashMap<>();
        hotPaths(id).forEach((name, request) -> {
            // the caller and the session kept (issue 14) on every path alike, so what is counted is the path's own work
            assertEquals(200, author.get("/api/v1/me").status());
            assertEquals(200, browser.get("/").status());
            costs.put(name, statementsOf(request.status(), request.send()));
        });
        return costs;
    }

    @Test
    void aLargeDocumentCostsAsManyStatementsAsASmallOne() {
        // a session just begun is not touched again (a write) for a minute, so both pages cost alike
        browser = FormClient.signIn(registry, email);
        Map<String, Long> ofSmall = costs(small);
        Map<String, Long> ofLarge = costs(large);
        assertEquals(ofSmall, ofLarge);
    }

    @Test
    void aListOrSearchCostsAsManyStatementsForManyDocumentsAsForOne() {
        long one = statementsOf(200, () -> author.get("/api/v1/documents?q=kinderen").status());
        long many = statementsOf(200, () -> author.get("/api/v1/documents?q=longziekte").status());
        assertEquals(one, many, "search");
        long firstPage = statementsOf(200, () -> author.get("/api/v1/documents?limit=1").status());
        long fullPage = statementsOf(200, () -> author.get("/api/v1/documents?limit=50").status());
        assertEquals(firstPage, fullPage, "list");
    }

    @Test
    void theAccountsPageCostsAsManyStatementsForManyAccountsAsForOne() {
        parties.organisation("eenling", "patient");
        parties.organisation("vereniging", "patient");
        FormClient alone = FormClient.signIn(registry, FormClient.withPassword(registry, parties.accountId("eenling", "org-admin")));
        FormClient many = FormClient.signIn(registry, FormClient.withPassword(registry, parties.accountId("vereniging", "org-admin")));
        for (int i = 0; i < MANY; i++) {
            String member = parties.accountId("vereniging", "member");
            if (i % 2 == 0) {
                FormClient.withPassword(registry, member);
            }
        }
        long one = statementsOf(200, () -> alone.get("/organisaties/eenling/accounts").status());
        long all = statementsOf(200, () -> many.get("/organisaties/vereniging/accounts").status());
        assertEquals(one, all);
    }
}
