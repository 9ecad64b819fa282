package nl.triade.registry.domain.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.document.AbsenceStatement;
import nl.triade.registry.domain.document.Change;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentChanges;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.KwaliteitsraadMandate;
import nl.triade.registry.domain.document.KwaliteitsraadMandates;
import nl.triade.registry.domain.document.PartyConsultation;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.Workflow;
import nl.triade.registry.domain.review.OpenComments;
import nl.triade.registry.domain.validation.LatestValidation;

/**
 * Moving a document through its lifecycle. Only an org-admin of an author organisation steers
 * it; each step is a new revision (same content) and an audit event, so the history shows when a
 * consultation opened or what text was frozen for authorisation.
 */
public final class TransitionService {
    private final DocumentChanges changes;
    private final TimeSource time;
    private final ConsultationListener consultations;
    private final Duration shortestConsultation;

    /**
     * @param shortestConsultation how far ahead a consultation's {@code closesAt} must lie at least,
     *                             so that every party has time to read and answer
     */
    public TransitionService(Transactions transactions, AuditTrail audit, TimeSource time, ConsultationListener consultations,
                             Duration shortestConsultation) {
        this.changes = new DocumentChanges(transactions, audit, time);
        this.time = time;
        this.consultations = consultations;
        this.shortestConsultation = shortestConsultation;
    }

    /**
     * The actions {@code caller} may take on {@code document} now: those the lifecycle allows from its
     * status, for an org-admin of an author organisation, and none for anyone else. What only the step
     * itself can check (open comments, the validation report, the parties) may still refuse one.
     */
    public List<TransitionAction> available(Caller caller, Document document) {
        if (!isSteward(caller, document)) {
            return List.of();
        }
        return Arrays.stream(TransitionAction.values()).filter(action -> Lifecycle.allows(document.status(), action)).toList();
    }

    /** The first day, in the Netherlands, at whose end a consultation opened now may close: the shortest consultation ahead. */
    public LocalDate earliestClosingDay() {
        return TimeSource.registerDate(time.now().plus(shortestConsultation));
    }

    /**
     * {@code closesAt} is required with {@link TransitionAction#OPEN_CONSULTATION} and refused with
     * any other action: a consultation always ends, by itself if no one closes it ({@link ConsultationCloser}).
     */
    public Document transition(Caller caller, String id, TransitionAction action, Instant closesAt) {
        requireClosingTime(action, closesAt);
        String note = WireNames.of(action);
        Document moved = changes.apply(caller, id, note, TransitionService::requireSteward, (store, current) -> {
            DocumentStatus target = Lifecycle.target(current.status(), action);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", current.status());
            data.put("to", target);
            data.put("closesAt", closesAt == null ? null : TimeSource.stored(closesAt));
            Workflow workflow = switch (action) {
                case OPEN_CONSULTATION -> new Workflow(null, null, TimeSource.stored(closesAt), null);
                case REQUEST_AUTHORISATION -> {
                    requireParties(store, current, data);
                    TimelineRule.check(current.content(), time.today());
                    requireCleanValidation(store, current);
                    int open = OpenComments.count(store, current.id());
                    if (open > 0) {
                        throw new RuleViolationException(Rule.OPEN_COMMENTS, open + " comment(s) still await an answer; "
                                + "resolve each with a disposition and rationale first");
                    }
                    yield new Workflow(current.revision() + 1, current.contentHash(), null, null);
                }
                case WITHDRAW -> current.workflow().withdrawnFrom(current.status());
                case CLOSE_CONSULTATION, REVISE -> Workflow.NONE;
            };
            int version = action == TransitionAction.REVISE ? current.version() + 1 : current.version();
            return Change.ofStatus(target, version, workflow, action.event(), data);
        });
        if (action == TransitionAction.OPEN_CONSULTATION) {
            consultations.opened(moved);
        }
        return moved;
    }

    private void requireClosingTime(TransitionAction action, Instant closesAt) {
        if (action != TransitionAction.OPEN_CONSULTATION) {
            if (closesAt != null) {
                throw new InvalidInputException("closesAt", Rule.CONSULTATION_ONLY, "closesAt belongs to open-consultation");
            }
            return;
        }
        if (closesAt == null) {
            throw new InvalidInputException("closesAt", Rule.REQUIRED, "a consultation needs closesAt, the moment it closes by itself");
        }
        Instant now = time.now();
        if (!closesAt.isAfter(now)) {
            throw new InvalidInputException("closesAt", Rule.FUTURE, "closesAt must lie in the future");
        }
        if (closesAt.isBefore(now.plus(shortestConsultation))) {
            throw new InvalidInputException("closesAt", Rule.CONSULTATION_TOO_SHORT, "a consultation lasts at least "
                    + shortestConsultation.toDays() + " days; closesAt must lie at or after " + now.plus(shortestConsultation));
        }
    }

    /**
     * The three care parties author together; a document the Kwaliteitsraad writes under a mandate
     * needs its recorded consultations of them instead. What the rule relied on goes into the event.
     */
    private static void requireParties(Store store, Document current, Map<String, Object> data) {
        Optional<KwaliteitsraadMandate> mandate = KwaliteitsraadMandates.of(store, current.id());
        if (mandate.isPresent()) {
            KwaliteitsraadRule.check(current.content(), mandate.get(), OrganisationDirectory.kindsOf(store,
                    mandate.get().consultations().stream().map(PartyConsultation::organisation).toList()));
            data.put("kwaliteitsraad", mandate.get().organisation());
            return;
        }
        List<AbsenceStatement> relied = PartyRule.check(current.content(), kinds(store, current),
                OrganisationDirectory.kindsPresent(store));
        if (!relied.isEmpty()) {
            data.put("absenceStatements", relied.stream().map(TransitionService::attributed).toList());
        }
    }

    /** An absence statement the party rule relied on, as the event records it: whose statement, for which party. */
    private static Map<String, String> attributed(AbsenceStatement statement) {
        return Map.of("party", WireNames.of(statement.party()), "recordedByOrganisation", statement.recordedByOrganisation(),
                "recordedByAccount", statement.recordedByAccount());
    }

    /** The latest validation report must be of exactly this revision and without errors. */
    private static void requireCleanValidation(Store store, Document document) {
        boolean clean = LatestValidation.of(store, document.id())
                .filter(report -> report.revision() == document.revision())
                .filter(report -> report.passed())
                .isPresent();
        if (!clean) {
            throw new RuleViolationException(Rule.VALIDATION_ERRORS, "the current revision " + document.revision()
                    + " needs a validation report without errors; run POST /documents/" + document.id() + "/validations");
        }
    }

    /** Org-admins of an author organisation; others who can read the document may not steer it. */
    static void requireSteward(Caller caller, Document document) {
        DocumentAccess.requireRead(caller, document);
        if (!isSteward(caller, document)) {
            throw new ForbiddenException("only an org-admin of an author organisation moves the document through its lifecycle");
        }
    }

    private static boolean isSteward(Caller caller, Document document) {
        return caller != null && caller.role() == Role.ORG_ADMIN && document.content().hasAuthor(caller.organisation());
    }

    private static Map<String, OrganisationKind> kinds(Store store, Document document) {
        return OrganisationDirectory.kindsOf(store, document.content().participants().stream().map(Participant::organisation).toList());
    }
}
