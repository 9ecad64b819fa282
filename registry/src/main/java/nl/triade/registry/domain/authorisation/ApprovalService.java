package nl.triade.registry.domain.authorisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.account.AccountDirectory;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionLedger;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.workflow.LifecycleSteps;
import nl.triade.registry.domain.workflow.TimelineRule;

/**
 * Formal authorisation. Each author organisation's org-admin decides once per round, on exactly
 * the frozen content: the request names the content hash it approves, and a hash other than the
 * frozen one is refused. All authors approve: the document is final. Any reject: back to draft,
 * and the next request starts a new round. A tijdpad whose due date has passed during the round
 * cannot be approved ({@link TimelineRule}).
 */
public final class ApprovalService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final LifecycleSteps steps;

    public ApprovalService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.steps = new LifecycleSteps(transactions, audit, time);
    }

    public record NewDecision(Decision decision, String motivation, String contentHash) {
    }

    public Approval decide(Caller caller, String documentId, NewDecision request) {
        if (request.decision() == Decision.REJECT && (request.motivation() == null || request.motivation().isBlank())) {
            throw new InvalidInputException("motivation", Rule.REQUIRED, "a rejection needs a motivation");
        }
        return steps.apply(caller, documentId, ApprovalService::requireVoter, (store, document) -> {
            if (document.status() != DocumentStatus.AUTHORISATION) {
                throw new RuleViolationException(Rule.NOT_IN_AUTHORISATION, "decisions are made while the document is in authorisation");
            }
            int frozen = document.workflow().frozenRevision();
            if (!document.workflow().frozenHash().equals(request.contentHash())) {
                throw new RuleViolationException(Rule.CONTENT_MISMATCH, "contentHash",
                        "a decision binds to the frozen content " + document.workflow().frozenHash()
                                + " (revision " + frozen + "); re-read the document and decide on that text");
            }
            if (request.decision() == Decision.APPROVE) {
                TimelineRule.check(document.content(), time.today());
            }
            List<Approval> round = store.approvals().forRevision(documentId, frozen);
            if (round.stream().anyMatch(approval -> approval.organisation().equals(caller.organisation()))) {
                throw new RuleViolationException(Rule.ALREADY_DECIDED, caller.organisation() + " has decided in this round already");
            }
            Instant now = time.now();
            Approval approval = new Approval(caller.organisation(), request.decision(), request.motivation(), frozen,
                    document.workflow().frozenHash(), caller.accountId(), now);
            store.approvals().insert(documentId, approval);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("decision", approval.decision());
            data.put("motivation", approval.motivation());
            data.put("revision", frozen);
            data.put("contentHash", approval.contentHash());
            audit.record(store, caller, EventType.APPROVAL_RECORDED, documentId, data);
            return new LifecycleSteps.Step<>(outcome(document, round, approval), approval);
        });
    }

    public Page<Approval> list(Caller caller, String documentId, PageRequest page) {
        return transactions.read(store -> {
            DocumentLookup.readable(store, caller, documentId);
            return store.approvals().list(documentId, page);
        });
    }

    /**
     * What {@code caller} needs to decide on the document, under the read rights of the approval
     * list: the round, their standing in it, and the revision to compare the frozen text with.
     */
    public Ballot ballot(Caller caller, String documentId) {
        return transactions.read(store -> {
            Document document = DocumentLookup.readable(store, caller, documentId);
            Integer frozen = document.workflow().frozenRevision();
            if (frozen == null) {
                return new Ballot(document, List.of(), List.of(), Standing.of(caller, document, List.of()), 0);
            }
            List<Approval> round = store.approvals().forRevision(documentId, frozen);
            List<String> awaited = OrganisationDirectory.namesOf(store, authors(document).stream()
                    .filter(author -> round.stream().noneMatch(approval -> approval.organisation().equals(author))).sorted().toList());
            return new Ballot(document, cast(store, round, DocumentAccess.isInsider(caller, document)), awaited,
                    Standing.of(caller, document, round), comparedWith(store, documentId, frozen));
        });
    }

    /** The round's decisions with their organisation's name, and their person's where {@code names} (the reader is an insider). */
    private static List<Ballot.CastDecision> cast(Store store, List<Approval> round, boolean names) {
        return round.stream().map(approval -> new Ballot.CastDecision(approval,
                OrganisationDirectory.find(store, approval.organisation()).map(Organisation::name).orElse(approval.organisation()),
                names ? AccountDirectory.find(store, approval.decidedBy()).map(Account::name).orElse(null) : null)).toList();
    }

    /** The later of the previous round's frozen revision and the last registered edition's; else the first revision. */
    private static int comparedWith(Store store, String documentId, int frozen) {
        int previousRound = store.approvals().roundBefore(documentId, frozen).orElse(1);
        int lastEdition = EditionLedger.of(store, documentId).stream().mapToInt(Edition::revision).filter(revision -> revision < frozen)
                .max().orElse(1);
        return Math.max(previousRound, lastEdition);
    }

    /** The status the document moves to after this decision, or null when the round goes on. */
    private static DocumentStatus outcome(Document document, List<Approval> earlier, Approval decision) {
        if (decision.decision() == Decision.REJECT) {
            return DocumentStatus.DRAFT;
        }
        Set<String> approved = earlier.stream().filter(approval -> approval.decision() == Decision.APPROVE)
                .map(Approval::organisation).collect(Collectors.toSet());
        approved.add(decision.organisation());
        return approved.containsAll(authors(document)) ? DocumentStatus.FINAL : null;
    }

    private static Set<String> authors(Document document) {
        return document.content().participants().stream()
                .filter(participant -> participant.role() == ParticipantRole.AUTHOR)
                .map(Participant::organisation).collect(Collectors.toSet());
    }

    /** Org-admins of author organisations vote, for their own organisation; commenters and declined parties do not. */
    private static void requireVoter(Caller caller, Document document) {
        DocumentAccess.requireRead(caller, document);
        if (!Standing.votes(caller, document)) {
            throw new ForbiddenException("only an org-admin of an author organisation decides, for that organisation");
        }
    }
}
