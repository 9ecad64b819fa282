package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Shared looks for commits: a caller may take the answer of a look another caller made, but only of
 * one that began after it called. The database's answer is played here by a counter that a look
 * reads when it begins, as a snapshot is taken when its query begins; the second look blocks until
 * the test lets it end, so a caller can be made to arrive while it is under way.
 */
class DatabaseCommitsTest {
    private final AtomicLong committed = new AtomicLong(1);
    private final AtomicInteger looks = new AtomicInteger();
    private final CountDownLatch blockedLookBegan = new CountDownLatch(1);
    private final CountDownLatch blockedLookMayEnd = new CountDownLatch(1);
    private final DatabaseCommits commits = new DatabaseCommits(() -> {
        long seen = committed.get();
        if (looks.incrementAndGet() == 2) {
            blockedLookBegan.countDown();
            awaitUninterrupted(blockedLookMayEnd);
        }
        return new DatabaseCommits.Seen(seen, 0L);
    }, () -> { });

    private static void awaitUninterrupted(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCallMadeAfterACommitIsNotAnsweredByALookBegunBeforeIt() throws Exception {
        long before = commits.generations().commits();
        CompletableFuture<Long> early = CompletableFuture.supplyAsync(() -> commits.generations().commits());
        assertTrue(blockedLookBegan.await(30, TimeUnit.SECONDS));
        committed.incrementAndGet();
        CompletableFuture<Long> late = new CompletableFuture<>();
        Thread caller = new Thread(() -> late.complete(commits.generations().commits()));
        caller.start();
        Eventually.until("the late caller waits for the look under way", () -> caller.getState() == Thread.State.WAITING);
        blockedLookMayEnd.countDown();

        assertEquals(before, early.get(30, TimeUnit.SECONDS), "the early call saw the database as it was when its look began");
        assertTrue(late.get(30, TimeUnit.SECONDS) > before, "the late call must see the commit made before it called");
        assertEquals(3, looks.get());
    }

    @Test
    void callersWaitingForTheSameLookShareIt() throws Exception {
        commits.generations().commits();
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> commits.generations().commits());
        assertTrue(blockedLookBegan.await(30, TimeUnit.SECONDS));
        committed.incrementAndGet();
        CompletableFuture<Long> second = new CompletableFuture<>();
        CompletableFuture<Long> third = new CompletableFuture<>();
        Thread secondCaller = new Thread(() -> second.complete(commits.generations().commits()));
        Thread thirdCaller = new Thread(() -> third.complete(commits.generations().commits()));
        secondCaller.start();
        thirdCaller.start();
        Eventually.until("both callers wait for the look under way", () -> secondCaller.getState() == Thread.State.WAITING
                && thirdCaller.getState() == Thread.State.WAITING);
        blockedLookMayEnd.countDown();

        first.get(30, TimeUnit.SECONDS);
        assertEquals(second.get(30, TimeUnit.SECONDS), third.get(30, TimeUnit.SECONDS));
        assertEquals(3, looks.get(), "one look for both callers that arrived while the second was under way");
    }

    @Test
    void whatCannotBeLookedAtCountsAsACommit() {
        DatabaseCommits failing = new DatabaseCommits(() -> {
            throw new SQLException("connection lost");
        }, () -> { });
        CommitWatch.Generations first = failing.generations();
        CommitWatch.Generations second = failing.generations();
        assertTrue(second.commits() > first.commits());
        assertTrue(second.callers() > first.callers(), "a caller kept before the failed look may have been revoked since");
    }

    @Test
    void theCallersGenerationMovesOnlyWithTheCountOfChangesToCallers() {
        AtomicLong callerChanges = new AtomicLong();
        DatabaseCommits watch = new DatabaseCommits(() -> new DatabaseCommits.Seen(committed.get(), callerChanges.get()), () -> { });
        CommitWatch.Generations before = watch.generations();

        committed.incrementAndGet();
        CommitWatch.Generations afterAComment = watch.generations();
        assertTrue(afterAComment.commits() > before.commits());
        assertEquals(before.callers(), afterAComment.callers(), "a commit that changed no caller keeps the callers");

        committed.incrementAndGet();
        callerChanges.incrementAndGet();
        CommitWatch.Generations afterARevocation = watch.generations();
        assertTrue(afterARevocation.commits() > afterAComment.commits());
        assertTrue(afterARevocation.callers() > afterAComment.callers());
    }

    @Test
    void aLookThatFoundNoOtherWriterIsTakenUntilTheTrustEndsOrThisInstanceWrites() {
        HandTicker ticker = new HandTicker();
        DatabaseCommits alone = new DatabaseCommits(new DatabaseCommits.Look() {
            @Override
            public DatabaseCommits.Seen now() {
                looks.incrementAndGet();
                return new DatabaseCommits.Seen(committed.get(), 0L);
            }

            @Override
            public DatabaseCommits.Seen nowAskingForWriters() {
                looks.incrementAndGet();
                return new DatabaseCommits.Seen(committed.get(), 0L, true);
            }
        }, () -> { }, ticker);
        long first = alone.generations().commits();
        alone.generations();
        assertEquals(1, looks.get(), "the second call took the first look");

        alone.writeEndedHere();
        committed.incrementAndGet();
        assertTrue(alone.generations().commits() > first, "after a write of its own the instance looks");
        assertEquals(2, looks.get());

        ticker.advance(DatabaseCommits.TRUST);
        alone.generations();
        assertEquals(3, looks.get(), "the trust in a look ends");
    }

    @Test
    void aLookThatCannotTellWhoElseWritesIsNeverTakenForAnotherCall() {
        DatabaseCommits sqlite = new DatabaseCommits(() -> {
            looks.incrementAndGet();
            return new DatabaseCommits.Seen(committed.get(), 0L);
        }, () -> { }, new HandTicker());
        sqlite.generations();
        sqlite.generations();
        assertEquals(2, looks.get(), "without an answer about other writers, every call looks");
    }
}
