package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * DESIGN §3 cell by cell: every workflow action, as every kind of caller, in every state the
 * workflow can reach so far, against a fresh document each time. The expected statuses are
 * written out per action below, straight from the permission table and lifecycle rules.
 */
class PermissionMatrixTest {
    enum Role { ANONYMOUS, UNRELATED, COMMENTER, AUTHOR_MEMBER, AUTHOR_ADMIN, DECLINED_ADMIN, ADMINISTRATOR }

    enum State { DRAFT, CONSULTATION, AUTHORISATION, FINAL, WITHDRAWN }

    private static RunningRegistry registry;
    private static final Map<Role, ApiClient> CLIENTS = new EnumMap<>(Role.class);
    private static ApiClient writer;
    private static ApiClient steward;
    private static ApiClient coAuthor;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start();
        Parties parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("artsen", "provider");
        parties.organisation("verzekeraar", "insurer");
        parties.organisation("therapeuten", "provider");
        parties.organisation("buren", "insurer");
        writer = registry.as(parties.token("patienten", "member"));
        steward = registry.as(parties.token("patienten", "org-admin"));
        coAuthor = registry.as(parties.token("artsen", "org-admin"));
        CLIENTS.put(Role.ANONYMOUS, registry.anonymous());
        CLIENTS.put(Role.UNRELATED, registry.as(parties.token("buren", "member")));
        CLIENTS.put(Role.COMMENTER, registry.as(parties.token("therapeuten", "member")));
        CLIENTS.put(Role.AUTHOR_MEMBER, writer);
        CLIENTS.put(Role.AUTHOR_ADMIN, steward);
        CLIENTS.put(Role.DECLINED_ADMIN, registry.as(parties.token("verzekeraar", "org-admin")));
        CLIENTS.put(Role.ADMINISTRATOR, registry.admin());
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    /** A fresh document in {@code state}: authored by patienten and artsen, verzekeraar declined, therapeuten comments. */
    private static Fixture documentIn(State state) {
        String id = writer.post("/api/v1/documents", Map.of("kind", "standard", "title", "Matrix")).json().get("id").asText();
        put(id, "artsen", Map.of("role", "author"));
        put(id, "verzekeraar", Map.of("role", "declined", "motivation", "Niet van toepassing."));
        put(id, "therapeuten", Map.of("role", "commenter"));
        String comment = writer.post("/api/v1/documents/" + id + "/comments", Map.of("body", "Punt")).json().get("id").asText();
        writer.patch("/api/v1/documents/" + id + "/comments/" + comment, Map.of("status", "resolved", "disposition", "accepted",
                "rationale", "Verwerkt."));
        assertEquals(201, writer.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        switch (state) {
            case CONSULTATION -> step(id, "open-consultation");
            case AUTHORISATION -> step(id, "request-authorisation");
            case FINAL -> {
                JsonNode frozen = step(id, "request-authorisation");
                approve(steward, frozen);
                approve(coAuthor, frozen);
            }
            case WITHDRAWN -> step(id, "withdraw");
            case DRAFT -> { }
        }
        JsonNode document = writer.get("/api/v1/documents/" + id).json();
        assertEquals(state.name().toLowerCase(), document.get("status").asText());
        return new Fixture(id, comment, document);
    }

    private record Fixture(String id, String comment, JsonNode document) {
        String hash() {
            return document.get("frozenContentHash").isNull() ? document.get("contentHash").asText()
                    : document.get("frozenContentHash").asText();
        }
    }

    private static void put(String id, String organisation, Map<String, Object> body) {
        String etag = writer.get("/api/v1/documents/" + id).etag();
        assertEquals(201, writer.put("/api/v1/documents/" + id + "/participants/" + organisation, body, "If-Match", etag).status());
    }

    private static JsonNode step(String id, String action) {
        ApiResponse response = steward.post("/api/v1/documents/" + id + "/transitions", Map.of("action", action));
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static void approve(ApiClient client, JsonNode document) {
        assertEquals(201, client.post("/api/v1/documents/" + document.get("id").asText() + "/approvals",
                Map.of("decision", "approve", "contentHash", document.get("frozenContentHash").asText())).status());
    }

    /** Expected status for each role, in the order of {@link Role}. */
    private static int[] expect(int... statuses) {
        return statuses;
    }

    private static int[] readerOutcome(State state, int whenAllowed, int authorAdmin, int authorMember) {
        boolean inProgress = state == State.DRAFT || state == State.AUTHORISATION;
        int unrelated = inProgress ? 404 : whenAllowed;
        return expect(401, unrelated, whenAllowed, authorMember, authorAdmin, whenAllowed, whenAllowed);
    }

    private record Action(String name, BiFunction<ApiClient, Fixture, ApiResponse> call, Map<State, int[]> expected) {
    }

    private static List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        Map<State, int[]> read = new EnumMap<>(State.class);
        Map<State, int[]> edit = new EnumMap<>(State.class);
        Map<State, int[]> comment = new EnumMap<>(State.class);
        Map<State, int[]> answer = new EnumMap<>(State.class);
        Map<State, int[]> decide = new EnumMap<>(State.class);
        for (State state : State.values()) {
            boolean inProgress = state == State.DRAFT || state == State.AUTHORISATION;
            int unrelated = inProgress ? 404 : 403;
            read.put(state, readerOutcome(state, 200, 200, 200));
            int authorEdit = state == State.DRAFT ? 201 : 409;
            edit.put(state, expect(401, unrelated, 403, authorEdit, authorEdit, 403, 403));
            comment.put(state, switch (state) {
                case DRAFT -> expect(401, 404, 201, 201, 201, 201, 403);
                case CONSULTATION -> expect(401, 201, 201, 201, 201, 201, 201);
                case AUTHORISATION -> expect(401, 404, 409, 409, 409, 409, 409);
                case FINAL, WITHDRAWN -> expect(401, 409, 409, 409, 409, 409, 409);
            });
            int authorAnswer = state == State.DRAFT || state == State.CONSULTATION ? 200 : 409;
            answer.put(state, expect(401, unrelated, 403, authorAnswer, authorAnswer, 403, 403));
            decide.put(state, expect(401, unrelated, 403, 403, state == State.AUTHORISATION ? 201 : 409, 403, 403));
        }
        actions.add(new Action("read", (client, fixture) -> client.get("/api/v1/documents/" + fixture.id()), read));
        actions.add(new Action("edit", (client, fixture) -> client.put("/api/v1/documents/" + fixture.id() + "/sections/nieuw",
                Map.of("title", "Nieuw", "body", "tekst"), "If-None-Match", "*"), edit));
        actions.add(new Action("comment", (client, fixture) -> client.post("/api/v1/documents/" + fixture.id() + "/comments",
                Map.of("body", "Opmerking")), comment));
        actions.add(new Action("answer a comment", (client, fixture) -> client.patch("/api/v1/documents/" + fixture.id()
                + "/comments/" + fixture.comment(), Map.of("status", "resolved", "disposition", "rejected", "rationale", "Nee.")), answer));
        actions.add(new Action("approve", (client, fixture) -> client.post("/api/v1/documents/" + fixture.id() + "/approvals",
                Map.of("decision", "approve", "contentHash", fixture.hash())), decide));
        actions.add(new Action("reject", (client, fixture) -> client.post("/api/v1/documents/" + fixture.id() + "/approvals",
                Map.of("decision", "reject", "motivation", "Onvoldoende.", "contentHash", fixture.hash())), decide));
        addTransition(actions, "open-consultation", State.DRAFT);
        addTransition(actions, "close-consultation", State.CONSULTATION);
        addTransition(actions, "request-authorisation", State.DRAFT);
        addTransition(actions, "withdraw", State.DRAFT, State.CONSULTATION, State.AUTHORISATION, State.FINAL);
        addTransition(actions, "revise");
        return actions;
    }

    private static void addTransition(List<Action> actions, String action, State... allowedIn) {
        Map<State, int[]> expected = new EnumMap<>(State.class);
        for (State state : State.values()) {
            boolean allowed = List.of(allowedIn).contains(state);
            boolean inProgress = state == State.DRAFT || state == State.AUTHORISATION;
            expected.put(state, expect(401, inProgress ? 404 : 403, 403, 403, allowed ? 200 : 409, 403, 403));
        }
        actions.add(new Action(action, (client, fixture) -> client.post("/api/v1/documents/" + fixture.id() + "/transitions",
                Map.of("action", action)), expected));
    }

    @TestFactory
    List<DynamicTest> everyActionAsEveryCallerInEveryState() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Action action : actions()) {
            for (State state : State.values()) {
                for (Role role : Role.values()) {
                    int expected = action.expected().get(state)[role.ordinal()];
                    String name = role + " " + action.name() + " in " + state + " -> " + expected;
                    cells.add(dynamicTest(name, () -> {
                        ApiResponse response = action.call().apply(CLIENTS.get(role), documentIn(state));
                        assertEquals(expected, response.status(), name + ": " + response.body());
                    }));
                }
            }
        }
        return cells;
    }
}
