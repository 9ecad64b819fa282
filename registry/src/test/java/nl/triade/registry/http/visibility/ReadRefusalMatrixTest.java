package nl.triade.registry.http.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.visibility.VisibilityFixtures.Fixture;
import nl.triade.registry.http.visibility.VisibilityFixtures.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What each kind of reader sees of a document, cell by cell: the document and its approvals and
 * comments go with the document's own visibility; its workings (revisions, diffs, validation
 * reports, submissions with their receipts) are for participants and administrators only, in
 * every state, also after registration. Reads do not change anything, so each state's document
 * is built once and every cell reads it.
 */
class ReadRefusalMatrixTest {
    enum Role { ANONYMOUS, UNRELATED, COMMENTER, AUTHOR_MEMBER, ADMINISTRATOR }

    /** Who may read the document itself in each state. */
    private enum Audience { PARTICIPANTS, ACCOUNTS, EVERYONE }

    private static RunningRegistry registry;
    private static VisibilityFixtures fixtures;
    private static final Map<Role, ApiClient> CLIENTS = new EnumMap<>(Role.class);
    private static final Map<State, Fixture> DOCUMENTS = new EnumMap<>(State.class);

    @BeforeAll
    static void start() throws Exception {
        Path outbox = Files.createTempDirectory("triade-outbox");
        registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", outbox.toString(),
                "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off"), "register-outbox");
        fixtures = new VisibilityFixtures(registry);
        CLIENTS.put(Role.ANONYMOUS, registry.anonymous());
        CLIENTS.put(Role.UNRELATED, fixtures.unrelated());
        CLIENTS.put(Role.COMMENTER, fixtures.commenter());
        CLIENTS.put(Role.AUTHOR_MEMBER, fixtures.authorMember());
        CLIENTS.put(Role.ADMINISTRATOR, registry.admin());
        for (State state : State.values()) {
            DOCUMENTS.put(state, fixtures.documentIn(state));
        }
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static Audience audience(State state) {
        return switch (state) {
            case DRAFT, AUTHORISATION, WITHDRAWN_FROM_DRAFT, REVISED -> Audience.PARTICIPANTS;
            case CONSULTATION, FINAL, SUBMITTED, WITHDRAWN_FROM_CONSULTATION -> Audience.ACCOUNTS;
            case REGISTERED -> Audience.EVERYONE;
        };
    }

    /** Expected statuses in the order of {@link Role}. */
    private static int[] expect(int... statuses) {
        return statuses;
    }

    /** Readers of the document: participants and administrators always; others as the state allows. */
    private static int[] document(State state) {
        return switch (audience(state)) {
            case PARTICIPANTS -> expect(401, 404, 200, 200, 200);
            case ACCOUNTS -> expect(401, 200, 200, 200, 200);
            case EVERYONE -> expect(200, 200, 200, 200, 200);
        };
    }

    /** The workings: participants and administrators; an account that may read the document is told it may not. */
    private static int[] workings(State state, int allowed) {
        int unrelated = audience(state) == Audience.PARTICIPANTS ? 404 : 403;
        return expect(401, unrelated, allowed, allowed, allowed);
    }

    private record Read(String name, BiFunction<ApiClient, Fixture, ApiResponse> call, Map<State, int[]> expected) {
    }

    private static List<Read> reads() {
        Map<State, int[]> visible = new EnumMap<>(State.class);
        Map<State, int[]> history = new EnumMap<>(State.class);
        Map<State, int[]> validationRun = new EnumMap<>(State.class);
        Map<State, int[]> submission = new EnumMap<>(State.class);
        for (State state : State.values()) {
            visible.put(state, document(state));
            history.put(state, workings(state, 200));
            validationRun.put(state, workings(state, 201));
            submission.put(state, state.submitted() ? expect(401, 404, 200, 200, 200) : expect(401, 404, 404, 404, 404));
        }
        List<Read> reads = new ArrayList<>();
        reads.add(new Read("read the document", (client, fixture) -> client.get(fixture.path()), visible));
        reads.add(new Read("list approvals", (client, fixture) -> client.get(fixture.path() + "/approvals"), visible));
        reads.add(new Read("list comments", (client, fixture) -> client.get(fixture.path() + "/comments"), visible));
        reads.add(new Read("list revisions", (client, fixture) -> client.get(fixture.path() + "/revisions"), history));
        reads.add(new Read("read revision 1", (client, fixture) -> client.get(fixture.path() + "/revisions/1"), history));
        reads.add(new Read("diff revision 3 against 2", (client, fixture) -> client.get(fixture.path()
                + "/revisions/3/diff?against=2"), history));
        reads.add(new Read("read the latest validation", (client, fixture) -> client.get(fixture.path()
                + "/validations/latest"), history));
        reads.add(new Read("list submissions", (client, fixture) -> client.get(fixture.path() + "/submissions"), history));
        reads.add(new Read("read a submission", (client, fixture) -> client.get("/api/v1/submissions/"
                + fixture.submissionOrNone()), submission));
        reads.add(new Read("run the validations", (client, fixture) -> client.post(fixture.path() + "/validations", Map.of()),
                validationRun));
        return reads;
    }

    @TestFactory
    List<DynamicTest> everyReadAsEveryCallerInEveryState() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Read read : reads()) {
            for (State state : State.values()) {
                for (Role role : Role.values()) {
                    int expected = read.expected().get(state)[role.ordinal()];
                    String name = role + " " + read.name() + " in " + state + " -> " + expected;
                    cells.add(dynamicTest(name, () -> {
                        ApiResponse response = read.call().apply(CLIENTS.get(role), DOCUMENTS.get(state));
                        assertEquals(expected, response.status(), name + ": " + response.body());
                    }));
                }
            }
        }
        return cells;
    }
}
