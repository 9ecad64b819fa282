package nl.triade.registry.domain.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every event type the registry writes: {@link AuditTrail} takes only these, and
 * {@code api-spec/openapi.yaml} lists the same wire strings. A type's wire string is part of every
 * event's hash, so it is written out here and never changes; the Java names follow the wire
 * strings so that one can be found from the other.
 *
 * <p>The wire strings follow two schemes, kept as history because rewriting them would rewrite the
 * chain. Most say what happened to what, {@code <thing>.<past participle>}
 * ({@code section.updated}); a document's status changes say {@code document.<what moved it>}:
 * the lifecycle action an org-admin asked for ({@code document.open-consultation}), or, where a
 * decision or the Register moved it, the status it reached ({@code document.final}). A new type
 * takes the first scheme.
 */
public enum EventType {
    REGISTRY_INITIALISED("registry.initialised"),
    ORGANISATION_CREATED("organisation.created"),
    ACCOUNT_CREATED("account.created"),
    ACCOUNT_ROLE_CHANGED("account.role-changed"),
    TOKEN_CREATED("token.created"),
    TOKEN_REVOKED("token.revoked"),

    DOCUMENT_CREATED("document.created"),
    DOCUMENT_UPDATED("document.updated"),
    SECTION_CREATED("section.created"),
    SECTION_UPDATED("section.updated"),
    SECTION_DELETED("section.deleted"),
    INDICATOR_CREATED("indicator.created"),
    INDICATOR_UPDATED("indicator.updated"),
    INDICATOR_DELETED("indicator.deleted"),
    EVIDENCE_ADDED("evidence.added"),
    EVIDENCE_REMOVED("evidence.removed"),
    PARTICIPANT_SET("participant.set"),
    PARTICIPANT_REMOVED("participant.removed"),
    ABSENCE_RECORDED("absence.recorded"),
    ABSENCE_REMOVED("absence.removed"),

    /** The lifecycle actions of DESIGN §2, named by the action (the second scheme). */
    DOCUMENT_OPEN_CONSULTATION("document.open-consultation"),
    DOCUMENT_CLOSE_CONSULTATION("document.close-consultation"),
    DOCUMENT_REQUEST_AUTHORISATION("document.request-authorisation"),
    DOCUMENT_WITHDRAW("document.withdraw"),
    DOCUMENT_REVISE("document.revise"),
    /** Status changes by a decision or the Register, named by the status reached (the second scheme). */
    DOCUMENT_DRAFT("document.draft"),
    DOCUMENT_FINAL("document.final"),
    DOCUMENT_SUBMITTED("document.submitted"),
    DOCUMENT_REGISTERED("document.registered"),
    DOCUMENT_REJECTED("document.rejected"),

    /** A consultation whose {@code closesAt} passed, closed by Triade itself (no actor): back to draft. */
    CONSULTATION_EXPIRED("consultation.expired"),

    COMMENT_CREATED("comment.created"),
    COMMENT_RESOLVED("comment.resolved"),
    COMMENT_REOPENED("comment.reopened"),
    REVIEW_FAILED("review.failed"),
    VALIDATION_COMPLETED("validation.completed"),
    APPROVAL_RECORDED("approval.recorded"),
    SUBMISSION_CREATED("submission.created"),
    SUBMISSION_SENT("submission.sent"),
    SUBMISSION_FAILED("submission.failed"),
    SUBMISSION_ACCEPTED("submission.accepted"),
    SUBMISSION_REJECTED("submission.rejected"),

    /** Attests the texts an earlier release stored, once, at the first start after the upgrade. */
    CHAIN_TEXTS_ATTESTED("chain.texts-attested"),

    /** A registered edition's tijdpad passed its due date; recorded once per tijdpad by the overdue watch. */
    TIMELINE_OVERDUE("timeline.overdue"),

    /** The Register assessed one criterion of a submission (or changed its assessment before deciding). */
    CRITERION_ASSESSED("criterion.assessed"),

    /** The Register referred a submission to the minister (Toetsingskader 3.0, criterion 7) before deciding it. */
    SUBMISSION_REFERRED("submission.referred"),

    /** The Meerjarenagenda: an item the Register created or changed. */
    AGENDA_ITEM_CREATED("agenda-item.created"),
    AGENDA_ITEM_UPDATED("agenda-item.updated"),
    /** An author linked its document to an agenda item; the event's document is that document. */
    AGENDA_ITEM_LINKED("agenda-item.linked"),
    /** Recorded by the deadline watch (no actor) when an item's deadline passed: with, or without, a timely submission. */
    AGENDA_ITEM_MET("agenda-item.met"),
    AGENDA_ITEM_OVERDUE("agenda-item.overdue"),
    /** The Register assigned an overdue item to the Kwaliteitsraad it names. */
    AGENDA_ITEM_ASSIGNED("agenda-item.assigned"),
    /** The Kwaliteitsraad recorded that it consulted a care party for the document it writes under a mandate. */
    PARTY_CONSULTED("party.consulted"),

    /** A registered edition's review date passed; recorded once by the registry itself, which expires it. */
    EDITION_EXPIRED("edition.expired"),

    /** The Register withdrew a registered edition from the Register, with its reason. */
    EDITION_WITHDRAWN("edition.withdrawn"),

    /** An organisation subscribed to notifications, or ended a subscription (its target and secret stay out of the log). */
    SUBSCRIPTION_CREATED("subscription.created"),
    SUBSCRIPTION_DELETED("subscription.deleted"),

    /** A one-time password link issued for an account without a password (invitation) or with one (reset); never its secret. */
    ACCOUNT_INVITED("account.invited"),
    ACCOUNT_PASSWORD_RESET("account.password-reset"),
    /** The account's person set a password through a link; the actor is that account. */
    ACCOUNT_PASSWORD_SET("account.password-set");

    private static final Map<String, EventType> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::wire, Function.identity()));

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /** The type as stored, hashed and sent. */
    public String wire() {
        return wire;
    }

    /** The type of a stored event; empty for a string no release wrote, such as one in an altered row. */
    public static Optional<EventType> of(String wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
