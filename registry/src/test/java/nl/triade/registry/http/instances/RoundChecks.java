package nl.triade.registry.http.instances;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import nl.triade.registry.http.submission.FakeRegister;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.function.Executable;

/**
 * What a round must leave behind, read through the instance that survived: every check runs and
 * every failure is listed, so a round that fails says all of what went wrong at once.
 */
final class RoundChecks {
    private final ServerProcess survivor;
    private final ApiClient patients;
    private final FakeRegister register;

    /** {@code patients}: the token of an org-admin of the organisation that authors the edited documents. */
    RoundChecks(ServerProcess survivor, String patients, FakeRegister register) {
        this.survivor = survivor;
        this.patients = survivor.as(patients);
        this.register = register;
    }

    /** The attempts of {@code collisions} answered with {@code status}. */
    static List<Attempt> accepted(List<List<Attempt>> collisions, int status) {
        return collisions.stream().flatMap(List::stream).filter(attempt -> attempt.status() == status).toList();
    }

    void verify(ConcurrentWork.Outcomes outcomes, List<String> submitted, TwoInstanceRound.Takeover takeover, String edited,
                String moved) {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(137, takeover.exitStatus(), takeover.killed() + " ended by SIGKILL (128 + 9)"));
        outcomes.edits().forEach(pair -> checks.add(() -> assertOneWins(pair, 200, 412)));
        outcomes.transitions().forEach(pair -> checks.add(() -> assertOneWins(pair, 200, 409)));
        outcomes.submissions().forEach(pair -> checks.add(() -> assertOneWins(pair, 201, 409)));
        checks.add(() -> assertDenseRevisions(edited));
        checks.add(() -> assertDenseRevisions(moved));
        for (Attempt edit : outcomes.edits().stream().flatMap(List::stream).toList()) {
            checks.add(() -> assertKeptExactlyWhenAcknowledged(edited, edit));
        }
        checks.add(() -> assertCommentsKept(edited, outcomes.comments()));
        checks.add(() -> assertEquals("draft", patients.get("/api/v1/documents/" + moved).json().get("status").asText(),
                "every consultation opened was closed again"));
        checks.add(() -> {
            JsonNode verdict = survivor.admin().get("/api/v1/events/verify").json();
            assertTrue(verdict.get("valid").asBoolean(), "the audit chain verifies: " + verdict);
        });
        List<String> everySubmission = new ArrayList<>(submitted);
        everySubmission.add(takeover.submission());
        checks.add(() -> assertEquals(Set.copyOf(everySubmission), register.recorded().keySet(),
                "the Register's log holds each package once: " + register.offers()));
        everySubmission.forEach(id -> checks.add(() -> assertSentWithTheRegistersReference(id)));
        submitted.forEach(id -> checks.add(() -> assertDeliveredByOneInstance(id)));
        checks.add(() -> assertTakenOver(takeover));
        assertAll("two server processes on one database: " + takeover.killed() + " and " + survivor, checks);
    }

    private static void assertOneWins(List<Attempt> pair, int win, int refusal) {
        List<Integer> statuses = pair.stream().map(Attempt::status).sorted().toList();
        assertEquals(List.of(win, refusal), statuses, "the same change from the same base through both instances: one wins " + pair);
    }

    /** Revisions 1 to the document's current one, each once: none lost, none written twice. */
    private void assertDenseRevisions(String document) {
        int current = patients.get("/api/v1/documents/" + document).json().get("revision").asInt();
        JsonNode page = patients.get("/api/v1/documents/" + document + "/revisions?limit=200").json();
        List<Integer> numbers = items(page).stream().map(revision -> revision.get("number").asInt()).toList();
        assertEquals(IntStream.rangeClosed(1, current).boxed().toList(), numbers, "the revisions of " + document);
    }

    /** An acknowledged edit is one revision with its note and its text; a refused one left none. */
    private void assertKeptExactlyWhenAcknowledged(String document, Attempt edit) {
        String path = "/api/v1/documents/" + document + "/revisions";
        List<JsonNode> withItsNote = items(patients.get(path + "?limit=200").json()).stream()
                .filter(revision -> edit.label().equals(revision.get("note").asText(null))).toList();
        if (edit.status() != 200) {
            assertEquals(List.of(), withItsNote, "a refused edit left no revision: " + edit);
            return;
        }
        assertEquals(1, withItsNote.size(), "an acknowledged edit is one revision: " + edit);
        JsonNode content = patients.get(path + "/" + withItsNote.get(0).get("number").asInt()).json().get("content");
        assertEquals(edit.label(), content.get("sections").get(0).get("body").asText(), "the revision holds the edit's text: " + edit);
    }

    private void assertCommentsKept(String document, List<Attempt> comments) {
        Set<String> listed = items(patients.get("/api/v1/documents/" + document + "/comments?limit=200").json()).stream()
                .map(comment -> comment.get("body").asText()).collect(Collectors.toSet());
        List<String> acknowledged = comments.stream().filter(comment -> comment.status() == 201).map(Attempt::label).toList();
        assertEquals(comments.size(), acknowledged.size(), "every comment was taken: " + comments);
        assertEquals(Set.copyOf(acknowledged), listed, "the comments listed are exactly those acknowledged");
    }

    private void assertSentWithTheRegistersReference(String submission) {
        JsonNode stored = survivor.admin().get("/api/v1/submissions/" + submission).json();
        assertEquals("sent", stored.get("state").asText(), stored.toString());
        assertEquals(register.recorded().get(submission), stored.get("registerReference").asText(),
                "a package offered again is answered as the first time: " + stored);
    }

    /**
     * While both instances ran, one of them delivered the package: every offer the Register saw came
     * from that one. It may have offered it more than once (a retry after an attempt that timed out
     * on a loaded machine, which the Register dedupes), but the other instance never did.
     */
    private void assertDeliveredByOneInstance(String submission) {
        List<FakeRegister.Offer> offers = offersOf(submission, register.offers());
        JsonNode attempts = survivor.admin().get("/api/v1/submissions/" + submission).json().get("attemptLog");
        assertEquals(1, offers.stream().map(FakeRegister.Offer::caller).distinct().count(),
                "while both instances ran, " + submission + " was offered by one instance, not by each: " + offers + "; attempts " + attempts);
    }

    /** The survivor did not offer the package while the killed instance was delivering it, and offered it once that one was dead. */
    private void assertTakenOver(TwoInstanceRound.Takeover takeover) {
        String survivorName = takeover.survivor().name();
        List<FakeRegister.Offer> before = offersOf(takeover.submission(), takeover.offeredBeforeTheKill());
        assertEquals(Set.of(takeover.killed().name()), before.stream().map(FakeRegister.Offer::caller).collect(Collectors.toSet()),
                "until the kill, only the instance that was killed offered " + takeover.submission() + ": " + before);
        assertTrue(offersOf(takeover.submission(), register.offers()).stream().anyMatch(offer -> offer.caller().equals(survivorName)),
                "instance " + survivorName + " took the delivery over: " + register.offers());
    }

    private static List<FakeRegister.Offer> offersOf(String submission, Collection<FakeRegister.Offer> offers) {
        return offers.stream().filter(offer -> offer.key().equals(submission)).toList();
    }

    private static List<JsonNode> items(JsonNode page) {
        assertTrue(page.get("next").isNull(), "one page holds them all");
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }
}
