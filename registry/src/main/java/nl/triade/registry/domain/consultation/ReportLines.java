package nl.triade.registry.domain.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.account.AccountDirectory;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.RevisionSnapshot;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.domain.review.CommentThread;
import nl.triade.registry.domain.review.CommentThreads;

/**
 * Turns threads into report lines inside one transaction: reads the comments' texts, and looks up
 * each organisation, account and revision once however many lines name it.
 */
final class ReportLines {
    private final Store store;
    private final String documentId;
    private final ConsultationLedger ledger;
    private final boolean names;
    private final Map<String, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<String, Optional<Account>> accounts = new HashMap<>();
    private final Map<Integer, Optional<RevisionSnapshot>> revisions = new HashMap<>();

    /** {@code names}: whether account names are shown, or only organisations. */
    ReportLines(Store store, String documentId, ConsultationLedger ledger, boolean names) {
        this.store = store;
        this.documentId = documentId;
        this.ledger = ledger;
        this.names = names;
    }

    /** The lines of {@code threads}, in their order. */
    List<ReportEntry> of(List<CommentThread> threads) {
        Map<String, Comment> comments = CommentThreads.comments(store, documentId, threads.stream().map(CommentThread::id).toList());
        return threads.stream().map(thread -> line(thread, comments.get(thread.id()))).toList();
    }

    private ReportEntry line(CommentThread thread, Comment comment) {
        boolean person = Comment.PERSON.equals(comment.source());
        Speaker commenter = speaker(comment.organisation(), person ? account(comment.author()).orElse(null) : null);
        Speaker answeredBy = comment.resolvedBy() == null ? null : account(comment.resolvedBy())
                .map(account -> speaker(account.organisation(), account)).orElse(null);
        return new ReportEntry(ledger.roundOf(thread.rootRevision()), ledger.editionOf(thread.rootRevision()), comment.id(),
                thread.root(), comment.replyTo(), comment.revision(), comment.sectionKey(),
                sectionTitle(comment.revision(), comment.sectionKey()), commenter, comment.source(), comment.body(),
                comment.createdAt(), comment.status(), comment.disposition(), comment.rationale(), answeredBy, comment.resolvedAt());
    }

    private Speaker speaker(String slug, Account account) {
        Optional<Organisation> organisation = organisations.computeIfAbsent(slug, key -> OrganisationDirectory.find(store, key));
        boolean named = names && account != null;
        return new Speaker(slug, organisation.map(Organisation::name).orElse(null), organisation.map(Organisation::kind).orElse(null),
                named ? account.id() : null, named ? account.name() : null);
    }

    private Optional<Account> account(String id) {
        return accounts.computeIfAbsent(id, key -> AccountDirectory.find(store, key));
    }

    private String sectionTitle(int revision, String key) {
        if (key == null) {
            return null;
        }
        return revisions.computeIfAbsent(revision, number -> DocumentLookup.revision(store, documentId, number))
                .flatMap(snapshot -> snapshot.content().section(key)).map(Section::title).orElse(null);
    }

    /** The document's title on {@code revision}; null if that revision is not stored. */
    String titleOn(int revision) {
        return revisions.computeIfAbsent(revision, number -> DocumentLookup.revision(store, documentId, number))
                .map(snapshot -> snapshot.content().fields().title()).orElse(null);
    }
}
