package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.UnavailableException;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.Workflow;
import nl.triade.registry.http.TestDatabases;
import nl.triade.registry.http.support.Eventually;
import nl.triade.registry.json.JsonMappers;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on the suite's engine: writes that queue while a batch runs are committed together,
 * with no savepoints while all succeed, and run again each in a savepoint of its own once one fails
 * (after writing, in the database itself, or when its held inserts are sent), so that one takes
 * nothing of its neighbours with it; a batch's inserts go out together, and its documents are read
 * once, without any write of it missing what an earlier one did; a COMMIT that fails fails the whole
 * batch and the next starts clean; a write from inside a write joins it; a write never taken in is
 * told to retry.
 * Which writes share a batch, and in which order, is made certain, not left to timing: a first
 * write holds its batch open, and each further write is sent once the one before it is seen queued
 * ({@code triade.commit.waiting}).
 */
class GroupCommitTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String DOCUMENT = "doc_voet";
    private final AuditTrail audit = new AuditTrail(new TimeSource(Clock.systemUTC()));
    @TempDir
    Path folder;
    private Database database;
    private SimpleMeterRegistry meters;
    private JdbiTransactions transactions;
    private ExecutorService callers;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.create(folder), WAIT);
        meters = new SimpleMeterRegistry();
        transactions = new JdbiTransactions(database, JsonMappers.create(), WAIT, meters);
        callers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        database.close();
    }

    @Test
    void writesQueuedDuringACommitShareOneAndAFailingOneLeavesNothingOfItself() throws Exception {
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(store -> insert(store, "eerste"));
        Future<String> failing = held.queue(store -> {
            insert(store, "half-geschreven");
            return insert(store, "eerste");
        });
        Future<String> refused = held.queue(store -> {
            insert(store, "geweigerd");
            throw new InvalidInputException("slug", Rule.MUST_EXIST, "refused after writing");
        });
        Future<String> after = held.queue(store -> insert(store, "daarna"));
        held.release();

        assertEquals("eerste", first.get());
        assertEquals("daarna", after.get(), "a write after failed ones in the same transaction commits");
        assertInstanceOf(UnableToExecuteStatementException.class, failure(failing),
                "the database's refusal reaches its own caller unchanged");
        assertInstanceOf(InvalidInputException.class, failure(refused));
        assertEquals(List.of("held", "eerste", "daarna"), stored("held", "eerste", "half-geschreven", "geweigerd", "daarna"));
        assertEquals(2, batchSizes().count());
        assertEquals(4.0, batchSizes().max(), "the four writes queued behind the first were one batch");
        assertEquals(1.0, reruns(), "the batch ran again, each write in a savepoint, once a write of it failed");
    }

    /** On PostgreSQL a savepoint is a round trip; a batch sets them only when it must run again. */
    @Test
    void aBatchWhoseWritesAllSucceedRunsOnceWithoutSavepoints() throws Exception {
        long lock = statementsOf(() -> transactions.write(store -> "niets"));
        long insert = statementsOf(() -> transactions.write(store -> insert(store, "alleen"))) - lock;
        HeldBatch held = new HeldBatch();
        List<Future<String>> queued = new ArrayList<>();
        for (String slug : List.of("een", "twee", "drie")) {
            queued.add(held.queue(store -> insert(store, slug)));
        }
        long before = database.statementsRun();
        held.release();
        for (Future<String> write : queued) {
            write.get();
        }

        assertEquals(insert + lock + 3 * insert, database.statementsRun() - before,
                "the held write's insert, then the batch's lock and its three inserts, and nothing else");
        assertEquals(0.0, reruns());
        assertEquals(List.of("held", "een", "twee", "drie"), stored("held", "een", "twee", "drie"));
    }

    /** On PostgreSQL each statement is a round trip; a batch's events go out as one statement. */
    @Test
    void theEventsOfABatchGoOutTogetherAsOneStatement() throws Exception {
        long insert = statementsOf(() -> transactions.write(store -> insert(store, "alleen")))
                - statementsOf(() -> transactions.write(store -> "niets"));
        long oneEvent = statementsOf(() -> transactions.write(store -> record(audit, store, "een")));
        HeldBatch held = new HeldBatch();
        List<Future<String>> queued = new ArrayList<>();
        for (String note : List.of("twee", "drie", "vier", "vijf")) {
            queued.add(held.queue(store -> record(audit, store, note)));
        }
        long before = database.statementsRun();
        held.release();
        for (Future<String> write : queued) {
            write.get();
        }

        assertEquals(insert + oneEvent, database.statementsRun() - before,
                "the held write's insert, then a batch of four events costs what one event costs");
        assertEquals(0.0, reruns());
        assertChain(List.of("een", "twee", "drie", "vier", "vijf"));
    }

    /** A held insert is sent before a statement that reads its table, so a later write of the batch sees an earlier one's. */
    @Test
    void aWriteThatReadsWhatAnEarlierWriteOfItsBatchHeldBackSeesIt() throws Exception {
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(store -> record(audit, store, "eerste"));
        Future<String> reader = held.queue(store -> {
            List<Event> seen = store.events().after(0, null, 100);
            record(audit, store, "lezer");
            return seen.stream().map(event -> (String) event.data().get("note")).toList().toString();
        });
        held.release();

        assertEquals("eerste", first.get());
        assertEquals("[eerste]", reader.get());
        assertEquals(0.0, reruns());
        assertChain(List.of("eerste", "lezer"));
    }

    /**
     * A write from inside a write that fails takes the inserts it held with it, and the batch still
     * commits in its first run: what was held is sent before the savepoint is undone, not after.
     */
    @Test
    void aWriteUndoneInsideAWriteTakesWhatItHeldBackWithItAndTheBatchRunsOnce() throws Exception {
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(store -> record(audit, store, "eerste"));
        Future<String> nesting = held.queue(store -> aroundARefusedInnerWrite(audit, store, "buiten"));
        held.release();
        first.get();
        nesting.get();

        assertEquals(0.0, reruns(), "no write of the batch failed, so it ran once");
        assertChain(List.of("eerste", "buiten", "na-binnen"));
    }

    /** An insert refused only when the held inserts are sent fails its own write alone, as if it had run at once. */
    @Test
    void aHeldInsertRefusedWhenSentFailsItsOwnWriteAloneAfterTheBatchRunsAgain() throws Exception {
        Event twice = new Event(1, Instant.now(), "acc_test", "test", EventType.COMMENT_CREATED.wire(), null,
                Map.of("note", "tweemaal"), Event.GENESIS_HASH, "not-checked-here");
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(store -> {
            store.events().append(twice);
            return "eerste";
        });
        Future<String> again = held.queue(store -> {
            store.events().append(twice);
            return "nogmaals";
        });
        Future<String> after = held.queue(store -> insert(store, "daarna"));
        held.release();

        assertEquals("eerste", first.get());
        assertEquals("daarna", after.get());
        assertInstanceOf(UnableToExecuteStatementException.class, failure(again),
                "the database's refusal of the second event reaches its own caller");
        assertEquals(1.0, reruns());
        assertEquals(1, transactions.read(store -> store.events().after(0, null, 100)).size());
        assertEquals(List.of("held", "daarna"), stored("held", "daarna"));
    }

    /** The comments of a batch land on a few documents: each is read once, until the batch changes something. */
    @Test
    void aBatchReadsADocumentOnceUntilItChangesSomething() throws Exception {
        storeDocument();
        long lock = statementsOf(() -> transactions.write(store -> "niets"));
        long insert = statementsOf(() -> transactions.write(store -> insert(store, "alleen"))) - lock;
        long read = statementsOf(() -> transactions.write(GroupCommitTest::revision)) - lock;
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(GroupCommitTest::revision);
        Future<String> second = held.queue(GroupCommitTest::revision);
        Future<String> changing = held.queue(store -> {
            nextRevision(store);
            return revision(store);
        });
        Future<String> after = held.queue(GroupCommitTest::revision);
        long before = database.statementsRun();
        held.release();

        assertEquals(List.of("1", "1", "2", "2"), List.of(first.get(), second.get(), changing.get(), after.get()));
        assertEquals(insert + lock + read + 1 + read, database.statementsRun() - before,
                "the held write's insert, then the batch's lock, one read, the update and one read after it");
    }

    /** A write undone inside a write takes its change to a document with it, and what the batch kept of it. */
    @Test
    void aDocumentChangedByAWriteUndoneInsideAWriteIsReadAsItWasBefore() throws Exception {
        storeDocument();
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(GroupCommitTest::revision);
        Future<String> nesting = held.queue(store -> {
            assertThrows(InvalidInputException.class, () -> transactions.write(inner -> {
                nextRevision(inner);
                assertEquals("2", revision(inner));
                throw new InvalidInputException("revision", Rule.MUST_EXIST, "refused inside");
            }));
            return revision(store);
        });
        held.release();

        assertEquals("1", first.get());
        assertEquals("1", nesting.get(), "the undone revision is not read from what the batch kept");
        assertEquals("1", transactions.read(GroupCommitTest::revision));
    }

    private void storeDocument() {
        transactions.write(store -> insert(store, "patienten"));
        transactions.write(store -> {
            Instant now = Instant.now();
            DocumentContent content = new DocumentContent(DocumentKind.STANDARD,
                    new DocumentFields("Voetzorg", "diabetes", "Samenvatting", null, null, List.of(), null, null, null, null),
                    List.of(new Participant("patienten", ParticipantRole.AUTHOR, null)),
                    List.of(new Section("zorg", "Zorg", "tekst")), List.of(), List.of());
            store.documents().insert(new Document(DOCUMENT, 1, DocumentStatus.DRAFT, 1, content.hash(), content,
                    Map.of("zorg", 1), Map.of(), Workflow.NONE, now, now));
            return DOCUMENT;
        });
    }

    private static String revision(Store store) {
        return Integer.toString(store.documents().find(DOCUMENT).orElseThrow().revision());
    }

    private static void nextRevision(Store store) {
        ((JdbiStore) store).handle().execute("UPDATE documents SET revision = revision + 1 WHERE id = ?", DOCUMENT);
    }

    /** Records {@code note}, then a write inside this one that records and is refused, then "na-binnen". */
    private String aroundARefusedInnerWrite(AuditTrail audit, Store store, String note) {
        record(audit, store, note);
        assertThrows(InvalidInputException.class, () -> transactions.write(inner -> {
            record(audit, inner, "binnen-geweigerd");
            throw new InvalidInputException("slug", Rule.MUST_EXIST, "refused inside");
        }));
        return record(audit, store, "na-binnen");
    }

    /** The notes of the stored events, in order, each linked to the one before it. */
    private void assertChain(List<String> notes) {
        List<Event> events = transactions.read(store -> store.events().after(0, null, 100));
        assertEquals(notes, events.stream().map(event -> event.data().get("note")).toList());
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).seq() + 1, events.get(i).seq());
            assertEquals(events.get(i - 1).hash(), events.get(i).previousHash());
            assertEquals(events.get(i).expectedHash(), events.get(i).hash());
        }
    }

    private long statementsOf(Runnable write) {
        long before = database.statementsRun();
        write.run();
        return database.statementsRun() - before;
    }

    /**
     * A batch follows the audit chain's head from one event to the next without reading it again;
     * an event undone with its write must not be followed.
     */
    @Test
    void eventsOfWritesUndoneInABatchLeaveNoGapOrBrokenLinkInTheChain() throws Exception {
        HeldBatch held = new HeldBatch();
        Future<String> first = held.queue(store -> record(audit, store, "eerste"));
        Future<String> refused = held.queue(store -> {
            record(audit, store, "geweigerd");
            throw new InvalidInputException("slug", Rule.MUST_EXIST, "refused after recording");
        });
        Future<String> last = held.queue(store -> aroundARefusedInnerWrite(audit, store, "laatste"));
        held.release();
        first.get();
        failure(refused);
        last.get();

        assertChain(List.of("eerste", "laatste", "na-binnen"));
    }

    @Test
    void aFailedCommitFailsEveryWriteOfItsBatchAndTheNextBatchStartsClean() throws Exception {
        HeldBatch held = new HeldBatch();
        Future<String> innocent = held.queue(store -> insert(store, "onschuldig"));
        Future<String> violating = held.queue(store -> {
            // a foreign key checked only at COMMIT: the statement succeeds, the commit is refused
            var handle = ((JdbiStore) store).handle();
            handle.execute("CREATE TEMPORARY TABLE parent (id INTEGER PRIMARY KEY)");
            handle.execute("CREATE TEMPORARY TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)");
            handle.execute("INSERT INTO child (parent) VALUES (1)");
            return "violating";
        });
        held.release();

        assertInstanceOf(NotCommittedException.class, failure(innocent), "nothing of the batch was committed, so nothing is acknowledged");
        assertInstanceOf(NotCommittedException.class, failure(violating));
        assertEquals("volgende", transactions.write(store -> insert(store, "volgende")));
        assertEquals(List.of("held", "volgende"), stored("held", "onschuldig", "volgende"));
    }

    @Test
    void aWriteFromInsideAWriteJoinsItsTransactionAndMayFailAlone() {
        String outcome = transactions.write(outer -> {
            insert(outer, "buiten");
            transactions.write(inner -> insert(inner, "binnen"));
            assertThrows(UnableToExecuteStatementException.class, () -> transactions.write(inner -> insert(inner, "buiten")));
            return transactions.read(inner -> inner.organisations().find("binnen")).map(Organisation::slug).orElse("unseen");
        });

        assertEquals("binnen", outcome, "a read inside a write sees what the write wrote before it");
        assertEquals(List.of("buiten", "binnen"), stored("buiten", "binnen"));
    }

    @Test
    void aWriteNotTakenIntoABatchWithinTheWaitIsToldToRetryAndNeverRuns() throws Exception {
        JdbiTransactions impatient = new JdbiTransactions(database, JsonMappers.create(), Duration.ofMillis(200),
                new SimpleMeterRegistry());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> holding = callers.submit(() -> impatient.write(store -> {
            running.countDown();
            awaitQuietly(release);
            return insert(store, "houdt-vast");
        }));
        running.await();

        UnavailableException refused = assertThrows(UnavailableException.class, () -> impatient.write(store -> insert(store, "te-laat")));
        release.countDown();

        assertEquals(Duration.ofMillis(200), refused.retryAfter());
        assertEquals("houdt-vast", holding.get());
        assertEquals("weer", impatient.write(store -> insert(store, "weer")), "the queue goes on after a write gave up");
        assertEquals(List.of("houdt-vast", "weer"), stored("houdt-vast", "te-laat", "weer"));
    }

    @Test
    void aBatchTakesAtMostItsCapAndTheRestFormTheNext() throws Exception {
        HeldBatch held = new HeldBatch();
        List<Future<String>> queued = new ArrayList<>();
        for (int i = 0; i < JdbiTransactions.MOST_PER_BATCH + 6; i++) {
            String slug = "org-" + i;
            queued.add(held.queue(store -> insert(store, slug)));
        }
        held.release();
        for (Future<String> write : queued) {
            write.get();
        }

        assertEquals(3, batchSizes().count());
        assertEquals(JdbiTransactions.MOST_PER_BATCH, batchSizes().max());
        assertEquals(1 + JdbiTransactions.MOST_PER_BATCH + 6, batchSizes().totalAmount());
    }

    /** A first write that holds its batch, and so the writer, while the next batch queues behind it in a known order. */
    private final class HeldBatch {
        private final CountDownLatch release = new CountDownLatch(1);
        private int queued;

        HeldBatch() throws InterruptedException {
            CountDownLatch running = new CountDownLatch(1);
            write(store -> {
                running.countDown();
                awaitQuietly(release);
                return insert(store, "held");
            });
            running.await();
        }

        /** Sends a write and returns once it is seen queued. */
        Future<String> queue(Function<Store, String> work) {
            Future<String> write = write(work);
            int expected = ++queued;
            Eventually.until(expected + " writes queued behind the held batch",
                    () -> meters.get("triade.commit.waiting").gauge().value() == expected);
            return write;
        }

        void release() {
            release.countDown();
        }
    }

    private Future<String> write(Function<Store, String> work) {
        return callers.submit(() -> transactions.write(work));
    }

    private static String record(AuditTrail audit, Store store, String note) {
        audit.record(store, "acc_test", "test", EventType.COMMENT_CREATED, null, Map.of("note", note));
        return note;
    }

    private static String insert(Store store, String slug) {
        store.organisations().insert(new Organisation(slug, "Organisatie " + slug, OrganisationKind.PATIENT, null, Instant.now()));
        return slug;
    }

    /** Of {@code slugs}, those stored, in the order given. */
    private List<String> stored(String... slugs) {
        return transactions.read(store -> List.of(slugs).stream()
                .filter(slug -> store.organisations().find(slug).isPresent()).toList());
    }

    private double reruns() {
        return meters.get("triade.commit.batch.reruns").counter().count();
    }

    private DistributionSummary batchSizes() {
        return meters.get("triade.commit.batch.size").summary();
    }

    private static Throwable failure(Future<?> write) {
        ExecutionException failed = assertThrows(ExecutionException.class, write::get);
        return failed.getCause();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS), "released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
