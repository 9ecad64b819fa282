package nl.triade.registry.domain.consultation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionLedger;
import nl.triade.registry.domain.review.CommentThread;
import nl.triade.registry.domain.review.CommentThreads;

/**
 * Everything a report of one document is cut from, read in one transaction: its rounds, its
 * registered editions and where each comment sits in its thread. A thread belongs to the round
 * during which its root comment was made, and to the first edition registered on or after that
 * revision; its replies go with it, whenever they were made.
 */
final class ConsultationLedger {
    /** Threads outside any round come after every round in a report that spans rounds. */
    private static final int OUTSIDE_LAST = Integer.MAX_VALUE;
    private final List<ConsultationRound> rounds;
    private final List<Edition> editions;
    private final List<CommentThread> threads;

    private ConsultationLedger(List<ConsultationRound> rounds, List<Edition> editions, List<CommentThread> threads) {
        this.rounds = rounds;
        this.editions = editions.stream().sorted(Comparator.comparingInt(Edition::revision)).toList();
        this.threads = threads;
    }

    static ConsultationLedger read(Store store, String documentId) {
        return new ConsultationLedger(ConsultationHistory.of(store, documentId), EditionLedger.of(store, documentId),
                CommentThreads.of(store, documentId));
    }

    List<ConsultationRound> rounds() {
        return rounds;
    }

    List<Edition> editions() {
        return editions;
    }

    Optional<ConsultationRound> round(int number) {
        return rounds.stream().filter(round -> round.number() == number).findFirst();
    }

    Optional<Edition> edition(int version) {
        return editions.stream().filter(edition -> edition.version() == version).findFirst();
    }

    /** The round during which a comment on {@code revision} was made; null outside every round. */
    Integer roundOf(int revision) {
        return rounds.stream().filter(round -> round.holds(revision)).map(ConsultationRound::number).findFirst().orElse(null);
    }

    /** The edition a thread started on {@code revision} led to: the first registered on or after it; null when none is. */
    Integer editionOf(int revision) {
        return editions.stream().filter(edition -> edition.revision() >= revision).map(Edition::version).findFirst().orElse(null);
    }

    /** {@code round} with its edition and how many of its threads' comments are {@code visible}. */
    RoundSummary summary(ConsultationRound round, Predicate<CommentThread> visible) {
        return new RoundSummary(round, editionOf(round.openedOnRevision()),
                (int) threadsOf(new ReportScope.Round(round.number())).stream().filter(visible).count());
    }

    /** The threads of {@code scope}, thread by thread (rounds in order, then those outside), each root before its replies. */
    List<CommentThread> threadsOf(ReportScope scope) {
        return threads.stream().filter(in(scope))
                .sorted(Comparator.comparingInt((CommentThread thread) -> roundOrder(thread.rootRevision()))
                        .thenComparingLong(CommentThread::rootSeq).thenComparingLong(CommentThread::seq))
                .toList();
    }

    private Predicate<CommentThread> in(ReportScope scope) {
        if (scope instanceof ReportScope.Round round) {
            return thread -> round.number() == roundOrder(thread.rootRevision());
        }
        if (scope instanceof ReportScope.EditionOf edition) {
            return thread -> Integer.valueOf(edition.version()).equals(editionOf(thread.rootRevision()));
        }
        if (scope instanceof ReportScope.LeadingTo leading) {
            return thread -> leadsTo(thread.rootRevision(), leading.revision());
        }
        return thread -> roundOf(thread.rootRevision()) == null;
    }

    /** Started on or before {@code revision}, and no edition was registered in between. */
    private boolean leadsTo(int rootRevision, int revision) {
        return rootRevision <= revision && editions.stream()
                .noneMatch(edition -> edition.revision() >= rootRevision && edition.revision() < revision);
    }

    private int roundOrder(int revision) {
        Integer round = roundOf(revision);
        return round == null ? OUTSIDE_LAST : round;
    }
}
