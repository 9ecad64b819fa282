package nl.triade.registry.domain.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.audit.TextAttestations;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.EditionLedger;

/**
 * Commenting and answering comments. In a draft only participants comment; during a
 * consultation every account does, until {@code closesAt} passes, after which only participants
 * may. Members of author organisations answer every comment with a disposition and a rationale.
 */
public final class CommentService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public CommentService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    public record NewComment(String body, String sectionKey, String replyTo) {
    }

    /** An author's answer: {@code RESOLVED} with a disposition and rationale, or {@code OPEN} to reopen. */
    public record Answer(CommentStatus status, Disposition disposition, String rationale) {
    }

    public Comment post(Caller caller, String documentId, NewComment request) {
        // before the write: a batch's units run one after another on its single writer, so what needs no database is
        // done on the caller's own thread
        String bodyDigest = TextAttestations.sha256(request.body());
        return transactions.write(store -> {
            Document document = readable(store, caller, documentId);
            Instant now = time.now();
            requireMayComment(caller, document, now);
            if (request.sectionKey() != null && document.content().section(request.sectionKey()).isEmpty()) {
                throw new InvalidInputException("sectionKey", Rule.MUST_EXIST, "the document has no section '" + request.sectionKey() + "'");
            }
            if (request.replyTo() != null) {
                Comment answered = store.comments().find(documentId, request.replyTo()).orElseThrow(() -> new InvalidInputException(
                        "replyTo", Rule.MUST_EXIST, "the document has no comment '" + request.replyTo() + "'"));
                requireUnregistered(store, answered, "replied to; start a new comment instead");
            }
            Comment comment = new Comment(Ids.next("cmt"), documentId, document.revision(), request.sectionKey(),
                    request.replyTo(), caller.accountId(), caller.organisation(), Comment.PERSON, request.body(),
                    CommentStatus.OPEN, null, null, null, null, now);
            store.comments().insert(comment);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("comment", comment.id());
            data.put("revision", comment.revision());
            data.put("sectionKey", comment.sectionKey());
            data.put("replyTo", comment.replyTo());
            data.put(TextAttestations.BODY_DIGEST, bodyDigest);
            audit.record(store, caller, EventType.COMMENT_CREATED, documentId, data);
            return comment;
        });
    }

    /**
     * Posts a reviewer plugin's comment as its configured organisation, if the document is still in
     * consultation by the time the reviewer answered; a comment on a closed consultation is dropped
     * and recorded as a review failure.
     */
    public void postFromPlugin(String documentId, PluginComment comment) {
        String bodyDigest = TextAttestations.sha256(comment.body());
        transactions.write(store -> {
            Document document = DocumentLookup.existing(store, documentId);
            if (document.status() != DocumentStatus.CONSULTATION) {
                throw new RuleViolationException(Rule.NOT_IN_CONSULTATION, "the consultation closed before the reviewer answered");
            }
            if (!OrganisationDirectory.exists(store, comment.organisation())) {
                throw new InvalidInputException("organisation", Rule.MUST_EXIST, "the configured organisation '"
                        + comment.organisation() + "' does not exist");
            }
            String sectionKey = comment.sectionKey() != null && document.content().section(comment.sectionKey()).isPresent()
                    ? comment.sectionKey() : null;
            String source = "plugin:" + comment.pluginId();
            Comment stored = new Comment(Ids.next("cmt"), documentId, document.revision(), sectionKey, null, source,
                    comment.organisation(), source, comment.body(), CommentStatus.OPEN, null, null, null, null, time.now());
            store.comments().insert(stored);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("comment", stored.id());
            data.put("revision", stored.revision());
            data.put("sectionKey", sectionKey);
            data.put("source", source);
            data.put(TextAttestations.BODY_DIGEST, bodyDigest);
            audit.record(store, source, comment.organisation(), EventType.COMMENT_CREATED, documentId, data);
            return null;
        });
    }

    /**
     * A reviewer that failed is recorded in the audit log, where administrators look, as an event of
     * the plugin for the organisation it comments for (null when that is not known).
     */
    public void recordReviewFailure(String documentId, String pluginId, String organisation, String reason) {
        transactions.write(store -> audit.record(store, "plugin:" + pluginId, organisation, EventType.REVIEW_FAILED, documentId,
                Map.of("plugin", pluginId, "reason", reason)));
    }

    public Page<Comment> list(Caller caller, String documentId, CommentStatus status, String sectionKey, PageRequest page) {
        return transactions.read(store -> {
            readable(store, caller, documentId);
            return store.comments().list(documentId, status, sectionKey, page);
        });
    }

    public Comment answer(Caller caller, String documentId, String commentId, Answer answer) {
        if (answer.status() == CommentStatus.RESOLVED && (answer.disposition() == null || isBlank(answer.rationale()))) {
            throw new InvalidInputException(answer.disposition() == null ? "disposition" : "rationale", Rule.REQUIRED,
                    "resolving a comment needs a disposition and a rationale: every comment gets a public answer");
        }
        return transactions.write(store -> {
            Document document = readable(store, caller, documentId);
            if (!document.content().hasAuthor(caller.organisation())) {
                throw new ForbiddenException("only members of author organisations answer comments");
            }
            requireOpenForComments(document);
            Comment comment = store.comments().find(documentId, commentId)
                    .orElseThrow(() -> new NotFoundException("comment", commentId));
            requireUnregistered(store, comment, "answered again");
            Comment changed = answer.status() == CommentStatus.RESOLVED
                    ? comment.resolved(answer.disposition(), answer.rationale(), caller.accountId(), time.now())
                    : comment.reopened();
            store.comments().update(changed);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("comment", commentId);
            data.put("disposition", changed.disposition());
            data.put("rationale", changed.rationale());
            audit.record(store, caller, changed.status() == CommentStatus.RESOLVED ? EventType.COMMENT_RESOLVED : EventType.COMMENT_REOPENED,
                    documentId, data);
            return changed;
        });
    }

    private static Document readable(Store store, Caller caller, String documentId) {
        return DocumentLookup.readable(store, caller, documentId);
    }

    private static void requireMayComment(Caller caller, Document document, Instant now) {
        boolean participant = document.content().participant(caller.organisation()).isPresent();
        if (document.status() == DocumentStatus.DRAFT) {
            if (!participant) {
                throw new ForbiddenException("in a draft only participating organisations comment");
            }
            return;
        }
        requireOpenForComments(document);
        if (!participant && document.workflow().consultationClosedAt(now)) {
            throw new RuleViolationException(Rule.CONSULTATION_CLOSED, "the consultation closed at "
                    + document.workflow().consultationClosesAt() + "; only participants comment now");
        }
    }

    /**
     * A comment made on or before the revision of a registered edition belongs to that edition's
     * public consultation report, with its thread and answer as the Register registered them; what
     * the next version's private draft adds to it would be public at once and rewrite that record.
     */
    private static void requireUnregistered(Store store, Comment comment, String refused) {
        EditionLedger.of(store, comment.documentId()).stream().filter(edition -> comment.revision() <= edition.revision())
                .findFirst().ifPresent(edition -> {
                    throw new RuleViolationException(Rule.COMMENT_REGISTERED, "comment '" + comment.id() + "' led to registered "
                            + "edition " + edition.version() + " and is part of its public record; it is not " + refused);
                });
    }

    private static void requireOpenForComments(Document document) {
        if (document.status() != DocumentStatus.DRAFT && document.status() != DocumentStatus.CONSULTATION) {
            throw new RuleViolationException(Rule.NOT_OPEN_FOR_COMMENTS, "comments are made and answered in draft or consultation; "
                    + "the document is " + WireNames.of(document.status()));
        }
    }


    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
