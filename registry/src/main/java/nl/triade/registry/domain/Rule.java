package nl.triade.registry.domain;

/**
 * The catalogue of every rule a refusal can name: the problem's {@code rule} member, which clients
 * branch on. Each rule has its wire id, written out here rather than derived from the constant's
 * name so that a rename cannot change what clients see, and exactly one HTTP status, which the
 * exception carrying it must agree with. {@code api-spec/openapi.yaml} lists the same ids.
 *
 * <p>The statuses follow RFC 9110: {@code 400} when the request itself is malformed (the problem's
 * {@code field} says where), {@code 409} when the request is well formed but the state of the
 * resource, or of another one it names, refuses it; {@code 413} and {@code 422} for the registry's
 * fixed limits, {@code 429} for its rate limits.
 */
public enum Rule {
    // 400: the request is malformed; InvalidInputException
    REQUIRED("required", 400),
    JSON("json", 400),
    TYPE("type", 400),
    FORMAT("format", 400),
    RANGE("range", 400),
    ENUM("enum", 400),
    INVALID("invalid", 400),
    UNKNOWN_FIELD("unknown-field", 400),
    READ_ONLY("read-only", 400),
    MAX_LENGTH("max-length", 400),
    MAX_ITEMS("max-items", 400),
    PATTERN("pattern", 400),
    MINIMUM("minimum", 400),
    MAXIMUM("maximum", 400),
    /** The checkpoint's {@code seq}; older than {@link #MINIMUM} and kept as clients have seen it. */
    MIN("min", 400),
    FUTURE("future", 400),
    MUST_EXIST("must-exist", 400),
    BEFORE_REVISION("before-revision", 400),
    CARE_PARTY("care-party", 400),
    /** The Kwaliteitsraad named in an assignment: an organisation of kind register other than the operator's. */
    REGISTER_ORGANISATION("register-organisation", 400),
    CONSULTATION_ONLY("consultation-only", 400),
    /** A consultation's {@code closesAt} nearer than the installation's minimum length (TRIADE_CONSULTATION_MIN_DAYS). */
    CONSULTATION_TOO_SHORT("consultation-too-short", 400),
    /** A list that names the same thing twice, such as one measurement property in two studies of one evidence item. */
    DUPLICATE("duplicate", 400),
    CHECKPOINT_KEY("checkpoint-key", 400),
    CHECKPOINT_SIGNATURE("checkpoint-signature", 400),
    /** A criterion that is not one of the submission's framework version and subject (or no criterion at all). */
    CRITERION_NOT_APPLICABLE("criterion-not-applicable", 400),
    /** A subscription's target its channel will not send to: not https, a private or link-local address, no mail address. */
    TARGET_REFUSED("target-refused", 400),
    /** A password shorter than PasswordPolicy's minimum (12 characters). */
    PASSWORD_TOO_SHORT("password-too-short", 400),
    /** A password among the ones attackers try first, or built on the account's own e-mail name. */
    PASSWORD_GUESSABLE("password-guessable", 400),

    // 403: the caller may see the thing but may not do this to it; ForbiddenException
    /** Only the Register (an account of a {@code register} organisation other than the operator's) assesses and decides. */
    REGISTER_DECIDES("register-decides", 403),

    // 406: the request's Accept allows no format the resource is given in; answered by the HTTP layer
    NOT_ACCEPTABLE("not-acceptable", 406),

    // 409: the state refuses the change; RuleViolationException
    NOT_DRAFT("not-draft", 409),
    NOT_IN_CONSULTATION("not-in-consultation", 409),
    NOT_IN_AUTHORISATION("not-in-authorisation", 409),
    NOT_WITHDRAWABLE("not-withdrawable", 409),
    NOT_REVISABLE("not-revisable", 409),
    NOT_FINAL("not-final", 409),
    NOT_SUBMITTED("not-submitted", 409),
    NOT_OPEN_FOR_COMMENTS("not-open-for-comments", 409),
    CONSULTATION_CLOSED("consultation-closed", 409),
    OPEN_COMMENTS("open-comments", 409),
    VALIDATION_ERRORS("validation-errors", 409),
    PARTIES_INCOMPLETE("parties-incomplete", 409),
    /** A tijdpad whose due date has passed: the deliverable it promised is late, so it no longer stands in for it. */
    TIMELINE_OVERDUE("timeline-overdue", 409),
    PARTY_IN_REGISTRY("party-in-registry", 409),
    LAST_AUTHOR("last-author", 409),
    /** Only an instrument has indicators, a {@code standardId} or a {@code purpose}: the document's kind refuses them. */
    INSTRUMENT_ONLY("instrument-only", 409),
    STANDARD_NOT_FOUND("standard-not-found", 409),
    SECTION_HAS_EVIDENCE("section-has-evidence", 409),
    CONTENT_MISMATCH("content-mismatch", 409),
    ALREADY_DECIDED("already-decided", 409),
    UNKNOWN_CHANNEL("unknown-channel", 409),
    OUTCOME_RECORDED("outcome-recorded", 409),
    /** A decision on a submission whose package is still waiting for its delivery. */
    SUBMISSION_NOT_DELIVERED("submission-not-delivered", 409),
    /** {@code registered} while a criterion of the submission is not assessed yet. */
    ASSESSMENT_INCOMPLETE("assessment-incomplete", 409),
    /** {@code registered} while a criterion is assessed as not met. */
    CRITERIA_NOT_MET("criteria-not-met", 409),
    /** {@code not-registered} names the unmet criteria, so at least one must be assessed as not met. */
    NO_UNMET_CRITERIA("no-unmet-criteria", 409),
    /** Referral to the minister: only a Toetsingskader 3.0 standard with criterion 7 assessed, and once. */
    NOT_REFERABLE("not-referable", 409),
    /** Withdrawing an edition from the Register that is superseded or withdrawn already. */
    EDITION_NOT_IN_FORCE("edition-not-in-force", 409),
    /**
     * A reply to, or a new answer on, a comment that led to a registered edition: its thread and answer
     * are that edition's public record as the Register registered it, and the next version's draft is private.
     */
    COMMENT_REGISTERED("comment-registered", 409),
    EMAIL_TAKEN("email-taken", 409),
    ORGANISATION_EXISTS("organisation-exists", 409),
    ADMINISTRATOR_OUTSIDE_OPERATOR("administrator-outside-operator", 409),
    /** An agenda item that is met or assigned keeps the terms it was judged by. */
    AGENDA_ITEM_CLOSED("agenda-item-closed", 409),
    /** A document linked to an agenda item that asks for the other kind (a standard for an instrument, or back). */
    AGENDA_KIND_MISMATCH("agenda-kind-mismatch", 409),
    /** Only an overdue agenda item is assigned to the Kwaliteitsraad: the field had its chance first. */
    NOT_OVERDUE("not-overdue", 409),
    /** The Kwaliteitsraad writes one document per agenda item assigned to it. */
    AGENDA_DOCUMENT_EXISTS("agenda-document-exists", 409),
    /** Consultations are recorded only for a document the Kwaliteitsraad writes under a mandate. */
    NO_MANDATE("no-mandate", 409),

    // 413 and 422: a fixed limit; LimitExceededException
    MAX_CONTENT_BYTES("max-content-bytes", 413),
    MAX_SECTIONS("max-sections", 422),
    MAX_INDICATORS("max-indicators", 422),
    MAX_EVIDENCE("max-evidence", 422),
    MAX_PARTICIPANTS("max-participants", 422),
    DIFF_TOO_LARGE("diff-too-large", 422),
    MAX_SUBSCRIPTIONS("max-subscriptions", 422),

    // 429: a rate limit on writes; RateLimitedException
    RATE_LIMIT("rate-limit", 429);

    private final String wire;
    private final int status;

    Rule(String wire, int status) {
        this.wire = wire;
        this.status = status;
    }

    /** The id on the wire. */
    public String wire() {
        return wire;
    }

    /** The one HTTP status of every refusal naming this rule. */
    public int status() {
        return status;
    }

    /**
     * This rule, when its status is one of {@code allowed}: an exception checks the rule it carries,
     * so a rule cannot be answered with two statuses from two places.
     */
    Rule requireStatus(int... allowed) {
        for (int candidate : allowed) {
            if (candidate == status) {
                return this;
            }
        }
        throw new IllegalArgumentException("rule " + wire + " is answered with " + status + ", not here");
    }
}
