package nl.triade.registry.domain.consultation;

import java.util.List;
import java.util.function.Predicate;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.review.CommentThread;

/**
 * Consultation rounds and their reports on a caller's behalf. Whoever may read the document sees
 * every round and comment; what led to a registered edition is public for good, also while the
 * next version is a private draft, and nothing else is. Account names are personal data: the
 * document's participants and administrators see them, and the Register while it assesses the
 * document; everyone else sees the organisations only.
 */
public final class ConsultationReportService {
    private final Transactions transactions;

    public ConsultationReportService(Transactions transactions) {
        this.transactions = transactions;
    }

    public RoundList rounds(Caller caller, String documentId) {
        return transactions.read(store -> {
            Audience audience = Audience.of(store, caller, documentId);
            ConsultationLedger ledger = ConsultationLedger.read(store, documentId);
            audience.requireAny(ledger);
            Predicate<CommentThread> visible = audience.visible(ledger);
            List<RoundSummary> rounds = ledger.rounds().stream().map(round -> ledger.summary(round, visible))
                    .filter(summary -> audience.reader() || summary.edition() != null).toList();
            int outside = (int) ledger.threadsOf(new ReportScope.Outside()).stream().filter(visible).count();
            return new RoundList(rounds, outside);
        });
    }

    /** A page of the report of {@code scope}: a round, the comments outside rounds, or a registered edition. */
    public ReportPage report(Caller caller, String documentId, ReportScope scope, PageRequest page) {
        return transactions.read(store -> {
            Opened opened = open(store, caller, documentId, scope);
            Page<ReportEntry> entries = ConsultationReports.page(opened.threads(), page, opened.lines());
            return opened.heading(entries.items(), entries.next());
        });
    }

    /**
     * The whole report of {@code scope}, to be sent batch by batch: opened here, with its first batch,
     * in one read transaction; each later batch in one of its own ({@link ReportExport}).
     */
    public ReportExport export(Caller caller, String documentId, ReportScope scope) {
        return transactions.read(store -> {
            Opened opened = open(store, caller, documentId, scope);
            List<ReportEntry> first = opened.lines().of(ReportExport.firstBatchOf(opened.threads()));
            return new ReportExport(transactions, opened.heading(List.of(), null), opened.ledger(), opened.threads(), first);
        });
    }

    /** A report as its reader may see it: every visible thread of its scope in order, and what its heading shows. */
    private record Opened(ConsultationLedger ledger, ReportLines lines, List<CommentThread> threads, String documentId,
                          String title, List<RoundSummary> rounds, boolean names) {
        ReportPage heading(List<ReportEntry> entries, String next) {
            return new ReportPage(documentId, title, rounds, names, entries, next);
        }
    }

    private static Opened open(Store store, Caller caller, String documentId, ReportScope scope) {
        Audience audience = Audience.of(store, caller, documentId);
        ConsultationLedger ledger = ConsultationLedger.read(store, documentId);
        audience.requireAny(ledger);
        Predicate<CommentThread> visible = audience.visible(ledger);
        Frame frame = frame(scope, ledger, audience, visible);
        ReportLines lines = new ReportLines(store, documentId, ledger, audience.names());
        List<CommentThread> threads = ledger.threadsOf(scope).stream().filter(visible).toList();
        return new Opened(ledger, lines, threads, documentId, lines.titleOn(frame.titleRevision()), frame.rounds(), audience.names());
    }

    /** The rounds a report covers, and the revision whose title it carries: the one its comments were made on. */
    private record Frame(List<RoundSummary> rounds, int titleRevision) {
    }

    private static Frame frame(ReportScope scope, ConsultationLedger ledger, Audience audience, Predicate<CommentThread> visible) {
        String documentId = audience.document().id();
        if (scope instanceof ReportScope.Round wanted) {
            ConsultationRound round = ledger.round(wanted.number())
                    .filter(found -> audience.reader() || ledger.editionOf(found.openedOnRevision()) != null)
                    .orElseThrow(() -> audience.missing("consultation round", documentId + "/" + wanted.number()));
            return new Frame(List.of(ledger.summary(round, visible)), round.openedOnRevision());
        }
        if (scope instanceof ReportScope.EditionOf wanted) {
            Edition edition = ledger.edition(wanted.version())
                    .orElseThrow(() -> new NotFoundException("edition", documentId + "/" + wanted.version()));
            return new Frame(ledger.rounds().stream()
                    .filter(round -> Integer.valueOf(wanted.version()).equals(ledger.editionOf(round.openedOnRevision())))
                    .map(round -> ledger.summary(round, visible)).toList(), edition.revision());
        }
        List<Edition> editions = ledger.editions();
        return new Frame(List.of(), audience.reader() ? audience.document().revision() : editions.get(editions.size() - 1).revision());
    }

    /** Who reads: whether they may read the document as it stands, and whether they see account names. */
    private record Audience(Document document, Caller caller, boolean reader, boolean names) {
        static Audience of(Store store, Caller caller, String documentId) {
            Document document = DocumentLookup.located(store, caller, documentId);
            return new Audience(document, caller, DocumentAccess.canRead(caller, document),
                    DocumentAccess.isInsider(caller, document) || DocumentAccess.assesses(caller, document));
        }

        /** A reader sees everything; others only a document with a registered edition, and then only what led to one. */
        void requireAny(ConsultationLedger ledger) {
            if (!reader && ledger.editions().isEmpty()) {
                throw DocumentAccess.notVisible(caller, document.id());
            }
        }

        Predicate<CommentThread> visible(ConsultationLedger ledger) {
            return thread -> reader || ledger.editionOf(thread.rootRevision()) != null;
        }

        /** The refusal for a part that does not exist or is not this reader's to see: alike, as for documents. */
        RegistryException missing(String what, String id) {
            return reader ? new NotFoundException(what, id) : DocumentAccess.notVisible(caller, document.id());
        }
    }
}
