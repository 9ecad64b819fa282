package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * DESIGN §3 cell by cell: every workflow action, as every kind of caller, in every state the
 * workflow can reach, against a fresh document whenever the previous cell changed one. The
 * expected statuses are written out per action below, straight from the permission table, the
 * lifecycle rules and the trust rules (an organisation speaks only for itself; roles only
 * downward).
 */
class PermissionMatrixTest {
    enum Role { ANONYMOUS, UNRELATED, COMMENTER, AUTHOR_MEMBER, AUTHOR_ADMIN, DECLINED_ADMIN, ADMINISTRATOR }

    enum State { DRAFT, CONSULTATION, AUTHORISATION, FINAL, WITHDRAWN, SUBMITTED, REGISTERED, REJECTED }

    /** Each role's own organisation, for the actions an organisation takes for itself. */
    private static final Map<Role, String> ORGANISATION = new EnumMap<>(Map.of(Role.ANONYMOUS, "patienten",
            Role.UNRELATED, "buren", Role.COMMENTER, "therapeuten", Role.AUTHOR_MEMBER, "patienten",
            Role.AUTHOR_ADMIN, "patienten", Role.DECLINED_ADMIN, "verzekeraar", Role.ADMINISTRATOR, "triade"));

    private static RunningRegistry registry;
    private static final Map<Role, ApiClient> CLIENTS = new EnumMap<>(Role.class);
    private static ApiClient writer;
    private static ApiClient steward;
    private static ApiClient coAuthor;
    private static RegisterDesk register;
    private static String agendaItem;
    private static final Map<State, Fixture> UNCHANGED = new EnumMap<>(State.class);

    @BeforeAll
    static void start() throws IOException {
        // Hundreds of fresh documents by the same few accounts, far past the write limits a committee
        // needs: the matrix is about permissions, RateLimitTest about the limits.
        registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                Files.createTempDirectory("triade-matrix-outbox").toString(), "TRIADE_SUBMISSION_POLL_MS", "100",
                "TRIADE_RATE_LIMITS", "off"), "register-outbox", "webhook");
        Parties parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("artsen", "provider");
        parties.organisation("verzekeraar", "insurer");
        parties.organisation("therapeuten", "provider");
        parties.organisation("buren", "insurer");
        parties.organisation("gasten", "patient");
        writer = parties.as("patienten", "member");
        steward = parties.as("patienten", "org-admin");
        coAuthor = parties.as("artsen", "org-admin");
        CLIENTS.put(Role.ANONYMOUS, registry.anonymous());
        CLIENTS.put(Role.UNRELATED, parties.as("buren", "member"));
        CLIENTS.put(Role.COMMENTER, parties.as("therapeuten", "member"));
        CLIENTS.put(Role.AUTHOR_MEMBER, writer);
        CLIENTS.put(Role.AUTHOR_ADMIN, steward);
        CLIENTS.put(Role.DECLINED_ADMIN, parties.as("verzekeraar", "org-admin"));
        CLIENTS.put(Role.ADMINISTRATOR, registry.admin());
        register = RegisterDesk.open(registry);
        ApiResponse item = register.assessor().post("/api/v1/agenda", Map.of("topic", "Matrix", "condition", "matrix",
                "documentKind", "standard", "responsible", List.of("patienten", "artsen", "verzekeraar"), "deadline", "2031-06-30"));
        assertEquals(201, item.status(), item.body());
        agendaItem = item.json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    /**
     * A document in {@code state}: authored by patienten and artsen, verzekeraar declined by its own
     * org-admin, therapeuten comments. The last one made is reused as long as every cell since was refused.
     */
    private static Fixture documentIn(State state) {
        return UNCHANGED.computeIfAbsent(state, PermissionMatrixTest::freshDocumentIn);
    }

    private static Fixture freshDocumentIn(State state) {
        String id = writer.post("/api/v1/documents", Map.of("kind", "standard", "title", "Matrix")).json().get("id").asText();
        put(writer, id, "artsen", Map.of("role", "author"));
        put(writer, id, "verzekeraar", Map.of("role", "commenter"));
        put(CLIENTS.get(Role.DECLINED_ADMIN), id, "verzekeraar", Map.of("role", "declined", "motivation", "Niet van toepassing."));
        put(writer, id, "therapeuten", Map.of("role", "commenter"));
        String comment = writer.post("/api/v1/documents/" + id + "/comments", Map.of("body", "Punt")).json().get("id").asText();
        writer.patch("/api/v1/documents/" + id + "/comments/" + comment, Map.of("status", "resolved", "disposition", "accepted",
                "rationale", "Verwerkt."));
        assertEquals(201, writer.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        String submission = null;
        switch (state) {
            case CONSULTATION -> step(id, "open-consultation");
            case AUTHORISATION -> step(id, "request-authorisation");
            case FINAL -> {
                JsonNode frozen = step(id, "request-authorisation");
                approve(steward, frozen);
                approve(coAuthor, frozen);
            }
            case WITHDRAWN -> step(id, "withdraw");
            case SUBMITTED, REGISTERED, REJECTED -> {
                JsonNode frozen = step(id, "request-authorisation");
                approve(steward, frozen);
                approve(coAuthor, frozen);
                submission = submit(id, state);
            }
            case DRAFT -> { }
        }
        JsonNode document = writer.get("/api/v1/documents/" + id).json();
        assertEquals(state.name().toLowerCase(), document.get("status").asText());
        return new Fixture(id, comment, submission, document);
    }

    private static String submit(String id, State state) {
        ApiResponse submitted = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        String submission = submitted.json().get("id").asText();
        if (state == State.REGISTERED) {
            register.register(submission, "ZIN-1");
        } else if (state == State.REJECTED) {
            register.notRegistered(submission, "tk3-c1");
        }
        return submission;
    }

    private record Fixture(String id, String comment, String submission, JsonNode document) {
        String hash() {
            return document.get("frozenContentHash").isNull() ? document.get("contentHash").asText()
                    : document.get("frozenContentHash").asText();
        }
    }

    private static void put(ApiClient client, String id, String organisation, Map<String, Object> body) {
        String etag = writer.get("/api/v1/documents/" + id).etag();
        ApiResponse response = client.put("/api/v1/documents/" + id + "/participants/" + organisation, body, "If-Match", etag);
        assertEquals(2, response.status() / 100, response.body());
    }

    private static ApiResponse participant(ApiClient client, Fixture fixture, String organisation, Map<String, Object> body) {
        return client.put("/api/v1/documents/" + fixture.id() + "/participants/" + organisation, body,
                "If-Match", "\"" + fixture.document().get("revision").asInt() + "\"");
    }

    private static ApiResponse removal(ApiClient client, Fixture fixture, String organisation) {
        return client.delete("/api/v1/documents/" + fixture.id() + "/participants/" + organisation,
                "If-Match", "\"" + fixture.document().get("revision").asInt() + "\"");
    }

    private static JsonNode step(String id, String action) {
        ApiResponse response = steward.post("/api/v1/documents/" + id + "/transitions", Consultations.transition(registry, action));
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
        int unrelated = inProgress(state) ? 404 : whenAllowed;
        int anonymous = state == State.REGISTERED ? whenAllowed : 401;
        return expect(anonymous, unrelated, whenAllowed, authorMember, authorAdmin, whenAllowed, whenAllowed);
    }

    /** Private to participants; the WITHDRAWN fixture is a withdrawn draft, which stays private. */
    private static boolean inProgress(State state) {
        return state == State.DRAFT || state == State.AUTHORISATION || state == State.WITHDRAWN;
    }

    /** {@code reads}: the action changes nothing, so the fixture it ran on is used again. */
    private record Action(String name, BiFunction<ApiClient, Fixture, ApiResponse> call, Map<State, int[]> expected, boolean reads) {
        Action(String name, BiFunction<ApiClient, Fixture, ApiResponse> call, Map<State, int[]> expected) {
            this(name, call, expected, false);
        }
    }

    private static List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        Map<State, int[]> read = new EnumMap<>(State.class);
        Map<State, int[]> edit = new EnumMap<>(State.class);
        Map<State, int[]> comment = new EnumMap<>(State.class);
        Map<State, int[]> answer = new EnumMap<>(State.class);
        Map<State, int[]> decide = new EnumMap<>(State.class);
        for (State state : State.values()) {
            int unrelated = inProgress(state) ? 404 : 403;
            read.put(state, readerOutcome(state, 200, 200, 200));
            int authorEdit = state == State.DRAFT ? 201 : 409;
            edit.put(state, expect(401, unrelated, 403, authorEdit, authorEdit, 403, 403));
            comment.put(state, switch (state) {
                case DRAFT -> expect(401, 404, 201, 201, 201, 201, 403);
                case CONSULTATION -> expect(401, 201, 201, 201, 201, 201, 201);
                case AUTHORISATION -> expect(401, 404, 409, 409, 409, 409, 409);
                case FINAL, SUBMITTED, REGISTERED, REJECTED -> expect(401, 409, 409, 409, 409, 409, 409);
                case WITHDRAWN -> expect(401, 404, 409, 409, 409, 409, 409);
            });
            int authorAnswer = state == State.DRAFT || state == State.CONSULTATION ? 200 : 409;
            answer.put(state, expect(401, unrelated, 403, authorAnswer, authorAnswer, 403, 403));
            decide.put(state, expect(401, unrelated, 403, 403, state == State.AUTHORISATION ? 201 : 409, 403, 403));
        }
        actions.add(new Action("read", (client, fixture) -> client.get("/api/v1/documents/" + fixture.id()), read, true));
        actions.add(new Action("read as FHIR", (client, fixture) -> client.get("/api/v1/documents/" + fixture.id() + "/fhir"), read,
                true));
        actions.add(new Action("read the registered edition as FHIR", (client, fixture) -> client.get("/api/v1/documents/"
                + fixture.id() + "/editions/1/fhir"), new EnumMap<>(Map.of(State.REGISTERED, expect(200, 200, 200, 200, 200, 200, 200))),
                true));
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
        addTransition(actions, "revise", State.REGISTERED, State.REJECTED);
        addParticipation(actions);
        addOutcome(actions);
        addRegisterActions(actions);
        addAgendaLink(actions);
        addConsultationReports(actions);
        return actions;
    }

    /**
     * The consultation reports: as the document is read (the fixture's comment, made in draft, is in
     * the report of comments outside any round); a registered edition's for everyone, without a token.
     */
    private static void addConsultationReports(List<Action> actions) {
        Map<State, int[]> report = new EnumMap<>(State.class);
        Map<State, int[]> editionReport = new EnumMap<>(State.class);
        for (State state : State.values()) {
            report.put(state, readerOutcome(state, 200, 200, 200));
            editionReport.put(state, state == State.REGISTERED ? readerOutcome(state, 200, 200, 200) : readerOutcome(state, 404, 404, 404));
        }
        actions.add(new Action("read the consultation rounds", (client, fixture) -> client.get("/api/v1/documents/" + fixture.id()
                + "/consultation-rounds"), report));
        actions.add(new Action("read the report of the comments outside consultation", (client, fixture) ->
                client.get("/api/v1/documents/" + fixture.id() + "/consultation-rounds/outside/report", "Accept", "text/csv"), report));
        actions.add(new Action("read the edition's consultation report", (client, fixture) -> client.get("/api/v1/documents/"
                + fixture.id() + "/editions/1/consultation-report"), editionReport));
    }

    /** Authors invite; only an organisation's own org-admin declines for it, steps it down or takes it out. */
    private static void addParticipation(List<Action> actions) {
        Map<State, int[]> invite = new EnumMap<>(State.class);
        Map<State, int[]> onBehalf = new EnumMap<>(State.class);
        Map<State, int[]> forItself = new EnumMap<>(State.class);
        Map<State, int[]> absence = new EnumMap<>(State.class);
        for (State state : State.values()) {
            int unrelated = inProgress(state) ? 404 : 403;
            int author = state == State.DRAFT ? 201 : 409;
            invite.put(state, expect(401, unrelated, 403, author, author, 403, 403));
            onBehalf.put(state, expect(401, unrelated, 403, 403, 403, 403, 403));
            int own = state == State.DRAFT ? 200 : 409;
            forItself.put(state, expect(401, unrelated, 403, 403, own, own, 403));
            absence.put(state, expect(401, unrelated, 403, 409, 409, 403, 403));
        }
        actions.add(new Action("invite an organisation", (client, fixture) -> participant(client, fixture, "gasten",
                Map.of("role", "commenter")), invite));
        actions.add(new Action("decline for a co-author", (client, fixture) -> participant(client, fixture, "artsen",
                Map.of("role", "declined", "motivation", "Namens hen.")), onBehalf));
        actions.add(new Action("demote a co-author", (client, fixture) -> participant(client, fixture, "artsen",
                Map.of("role", "commenter")), onBehalf));
        actions.add(new Action("remove a co-author", (client, fixture) -> removal(client, fixture, "artsen"), onBehalf));
        actions.add(new Action("remove a commenter", (client, fixture) -> removal(client, fixture, "therapeuten"), onBehalf));
        actions.add(new Action("overwrite a refusal", (client, fixture) -> participant(client, fixture, "verzekeraar",
                Map.of("role", "author")), onBehalf));
        actions.add(new Action("state an absence for a party kind that has an organisation", (client, fixture) ->
                client.put("/api/v1/documents/" + fixture.id() + "/absences/insurer", Map.of("motivation", "Namens de verzekeraar."),
                        "If-Match", "\"" + fixture.document().get("revision").asInt() + "\""), absence));
        actions.add(new Action("decline for itself", (client, fixture) -> participant(client, fixture,
                ORGANISATION.get(roleOf(client)), Map.of("role", "declined", "motivation", "Eigen besluit.")), forItself));
    }

    private static Role roleOf(ApiClient client) {
        return CLIENTS.entrySet().stream().filter(entry -> entry.getValue() == client).findFirst().orElseThrow().getKey();
    }

    /** The Register's decision: the Register's accounts only (RegisterAssessmentTest), never the operator's administrator. */
    private static void addOutcome(List<Action> actions) {
        Map<State, int[]> outcome = new EnumMap<>(State.class);
        outcome.put(State.SUBMITTED, expect(401, 403, 403, 403, 403, 403, 403));
        outcome.put(State.REGISTERED, expect(401, 403, 403, 403, 403, 403, 403));
        outcome.put(State.REJECTED, expect(401, 403, 403, 403, 403, 403, 403));
        actions.add(new Action("record the Register's outcome", (client, fixture) -> client.post("/api/v1/submissions/"
                + fixture.submission() + "/outcome", Map.of("outcome", "registered", "registerReference", "ZIN-1")), outcome));
    }

    /**
     * The Register's assessment and its withdrawal of an edition: the Register's accounts only
     * (RegisterAssessmentTest, EditionStatesTest); every care party and the operator's administrator is refused.
     */
    private static void addRegisterActions(List<Action> actions) {
        Map<State, int[]> assess = new EnumMap<>(State.class);
        for (State state : List.of(State.SUBMITTED, State.REGISTERED, State.REJECTED)) {
            assess.put(state, expect(401, 403, 403, 403, 403, 403, 403));
        }
        actions.add(new Action("assess a criterion for the Register", (client, fixture) -> client.put("/api/v1/submissions/"
                + fixture.submission() + "/assessment/tk3-c1", Map.of("result", "met")), assess));
        actions.add(new Action("withdraw an edition from the register", (client, fixture) -> client.post("/api/v1/documents/"
                + fixture.id() + "/editions/1/withdrawal", Map.of("reason", "Verouderd.")),
                new EnumMap<>(Map.of(State.REGISTERED, expect(401, 403, 403, 403, 403, 403, 403)))));
    }

    /**
     * Linking a document to an agenda item: members of its author organisations, in every state;
     * a commenter, a declined party, a stranger and the administrator do not speak for the authors.
     */
    private static void addAgendaLink(List<Action> actions) {
        Map<State, int[]> link = new EnumMap<>(State.class);
        for (State state : State.values()) {
            link.put(state, expect(401, inProgress(state) ? 404 : 403, 403, 200, 200, 403, 403));
        }
        actions.add(new Action("link the document to an agenda item", (client, fixture) -> client.post("/api/v1/agenda/"
                + agendaItem + "/documents", Map.of("document", fixture.id())), link));
    }

    private static void addTransition(List<Action> actions, String action, State... allowedIn) {
        Map<State, int[]> expected = new EnumMap<>(State.class);
        for (State state : State.values()) {
            boolean allowed = List.of(allowedIn).contains(state);
            expected.put(state, expect(401, inProgress(state) ? 404 : 403, 403, 403, allowed ? 200 : 409, 403, 403));
        }
        actions.add(new Action(action, (client, fixture) -> client.post("/api/v1/documents/" + fixture.id() + "/transitions",
                Consultations.transition(registry, action)), expected));
    }

    enum Target { SELF, AUTHOR_MEMBER, AUTHOR_ORG_ADMIN, ADMINISTRATOR, OTHER_ORGANISATION }

    /** Issuing and revoking tokens: the account itself, an org-admin of its organisation, an administrator; nobody else. */
    @TestFactory
    List<DynamicTest> tokensAsEveryCallerForEveryAccount() {
        Map<Target, String> accounts = targetAccounts();
        Map<Role, int[]> issue = credentialIssuing();
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Target target : Target.values()) {
                int issued = issue.get(role)[target.ordinal()];
                int revoked = issued == 201 ? 204 : issued;
                String name = role + " for " + target + ": issue -> " + issued + ", revoke -> " + revoked;
                cells.add(dynamicTest(name, () -> {
                    ApiClient client = CLIENTS.get(role);
                    String account = target == Target.SELF ? selfOf(role) : accounts.get(target);
                    String path = "/api/v1/accounts/" + account + "/tokens";
                    ApiResponse issuing = client.post(path, Map.of("name", "matrix"));
                    assertEquals(issued, issuing.status(), name + ": " + issuing.body());
                    String token = registry.admin().post(path, Map.of("name", "to revoke")).json().get("id").asText();
                    ApiResponse revoking = client.delete("/api/v1/tokens/" + token);
                    assertEquals(revoked, revoking.status(), name + ": " + revoking.body());
                }));
            }
        }
        return cells;
    }

    /**
     * Password links (invitation or reset) follow the tokens: the account itself, an org-admin of its
     * organisation for accounts not ranked above it, an administrator; to anyone else the account does
     * not exist (404).
     */
    @TestFactory
    List<DynamicTest> passwordLinksAsEveryCallerForEveryAccount() {
        Map<Target, String> accounts = targetAccounts();
        Map<Role, int[]> issue = credentialIssuing();
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Target target : Target.values()) {
                int issued = issue.get(role)[target.ordinal()];
                String name = role + " for " + target + ": password link -> " + issued;
                cells.add(dynamicTest(name, () -> {
                    String account = target == Target.SELF ? selfOf(role) : accounts.get(target);
                    ApiResponse issuing = CLIENTS.get(role).post("/api/v1/accounts/" + account + "/password-link", Map.of());
                    assertEquals(issued, issuing.status(), name + ": " + issuing.body());
                }));
            }
        }
        return cells;
    }

    /** A fresh account for every target but the caller itself. */
    private static Map<Target, String> targetAccounts() {
        Parties parties = new Parties(registry);
        Map<Target, String> accounts = new EnumMap<>(Target.class);
        accounts.put(Target.AUTHOR_MEMBER, parties.accountId("patienten", "member"));
        accounts.put(Target.AUTHOR_ORG_ADMIN, parties.accountId("patienten", "org-admin"));
        accounts.put(Target.ADMINISTRATOR, registry.admin().get("/api/v1/me").json().get("id").asText());
        accounts.put(Target.OTHER_ORGANISATION, parties.accountId("artsen", "member"));
        return accounts;
    }

    /** Issuing a credential (a token, a password link) per caller, for each target in the order of {@link Target}. */
    private static Map<Role, int[]> credentialIssuing() {
        Map<Role, int[]> issue = new EnumMap<>(Role.class);
        issue.put(Role.ANONYMOUS, expect(401, 401, 401, 401, 401));
        issue.put(Role.UNRELATED, expect(201, 404, 404, 404, 404));
        issue.put(Role.COMMENTER, expect(201, 404, 404, 404, 404));
        issue.put(Role.AUTHOR_MEMBER, expect(201, 404, 404, 404, 404));
        issue.put(Role.AUTHOR_ADMIN, expect(201, 201, 201, 404, 404));
        issue.put(Role.DECLINED_ADMIN, expect(201, 404, 404, 404, 404));
        issue.put(Role.ADMINISTRATOR, expect(201, 201, 201, 201, 201));
        return issue;
    }

    /** The caller's own account; anonymous callers borrow the administrator's, which they may not touch either. */
    private static String selfOf(Role role) {
        ApiClient client = role == Role.ANONYMOUS ? registry.admin() : CLIENTS.get(role);
        return client.get("/api/v1/me").json().get("id").asText();
    }

    /**
     * Subscribing an organisation to notifications: its own org-admins and administrators, nobody
     * else; listing, reading and ending them likewise. Every caller tries it for the author
     * organisation (patienten). Targets lie in TEST-NET-1, and no overdue event happens here.
     */
    @TestFactory
    List<DynamicTest> subscriptionsAsEveryCaller() {
        int[] expected = expect(401, 403, 403, 403, 201, 403, 201);
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            int created = expected[role.ordinal()];
            int read = created == 201 ? 200 : created;
            String name = role + " subscribes patienten -> " + created + ", lists, reads -> " + read;
            cells.add(dynamicTest(name, () -> {
                ApiClient client = CLIENTS.get(role);
                String path = "/api/v1/organisations/patienten/subscriptions";
                ApiResponse subscribed = client.post(path, Map.of("channel", "webhook", "target", "https://192.0.2.10/matrix",
                        "kinds", List.of("overdue")));
                assertEquals(created, subscribed.status(), name + ": " + subscribed.body());
                assertEquals(read, client.get(path).status(), name);
                String own = steward.post(path, Map.of("channel", "webhook", "target", "https://192.0.2.10/own",
                        "kinds", List.of("overdue"))).json().get("id").asText();
                assertEquals(read, client.get(path + "/" + own).status(), name);
                assertEquals(created == 201 ? 204 : created, client.delete(path + "/" + own).status(), name);
                if (created == 201) {
                    assertEquals(204, steward.delete(path + "/" + subscribed.json().get("id").asText()).status());
                } else {
                    assertEquals(204, steward.delete(path + "/" + own).status());
                }
            }));
        }
        return cells;
    }

    /**
     * Following one document: an organisation may follow what it may read. Each org-admin subscribes
     * its own organisation; the administrator's is the operator's, which takes part in no document,
     * so it cannot follow a private one (answered as missing) however wide the administrator's own reading.
     */
    @TestFactory
    List<DynamicTest> followingADocumentAsEveryCallerInEveryState() {
        List<DynamicTest> cells = new ArrayList<>();
        for (State state : State.values()) {
            int[] expected = expect(401, 403, 403, 403, 201, 201, inProgress(state) ? 404 : 201);
            for (Role role : Role.values()) {
                int status = expected[role.ordinal()];
                String name = role + " lets its organisation follow the document in " + state + " -> " + status;
                cells.add(dynamicTest(name, () -> {
                    String path = "/api/v1/organisations/" + ORGANISATION.get(role) + "/subscriptions";
                    ApiResponse response = CLIENTS.get(role).post(path, Map.of("channel", "webhook",
                            "target", "https://192.0.2.10/follow", "kinds", List.of("overdue"),
                            "follows", Map.of("documents", List.of(documentIn(state).id()))));
                    assertEquals(status, response.status(), name + ": " + response.body());
                    if (status == 201) {
                        assertEquals(204, registry.admin().delete(path + "/" + response.json().get("id").asText()).status());
                    }
                }));
            }
        }
        return cells;
    }

    /**
     * The operator's metrics: administrators only. An org-admin, even of an organisation taking part
     * in a document, reads nothing of the registry's running state through them.
     */
    @TestFactory
    List<DynamicTest> metricsAsEveryCaller() {
        int[] expected = expect(401, 403, 403, 403, 403, 403, 200);
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            int status = expected[role.ordinal()];
            String name = role + " reads /metrics -> " + status;
            cells.add(dynamicTest(name, () -> assertEquals(status, CLIENTS.get(role).get("/metrics").status(), name)));
        }
        return cells;
    }

    @TestFactory
    List<DynamicTest> everyActionAsEveryCallerInEveryState() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Action action : actions()) {
            for (State state : State.values()) {
                if (!action.expected().containsKey(state)) {
                    continue;
                }
                for (Role role : Role.values()) {
                    int expected = action.expected().get(state)[role.ordinal()];
                    String name = role + " " + action.name() + " in " + state + " -> " + expected;
                    cells.add(dynamicTest(name, () -> {
                        ApiResponse response = action.call().apply(CLIENTS.get(role), documentIn(state));
                        if (response.status() < 400 && !action.reads()) {
                            UNCHANGED.remove(state);
                        }
                        assertEquals(expected, response.status(), name + ": " + response.body());
                    }));
                }
            }
        }
        return cells;
    }
}
