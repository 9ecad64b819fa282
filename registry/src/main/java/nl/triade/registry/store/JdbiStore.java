package nl.triade.registry.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.account.AccountRepository;
import nl.triade.registry.domain.agenda.AgendaRepository;
import nl.triade.registry.domain.account.OrganisationRepository;
import nl.triade.registry.domain.account.PasswordRepository;
import nl.triade.registry.domain.account.SessionRepository;
import nl.triade.registry.domain.account.SignInFailures;
import nl.triade.registry.domain.account.TokenRepository;
import nl.triade.registry.domain.assessment.AssessmentRepository;
import nl.triade.registry.domain.audit.EventLog;
import nl.triade.registry.domain.audit.ListenerPositions;
import nl.triade.registry.domain.audit.StoredTexts;
import nl.triade.registry.domain.authorisation.ApprovalRepository;
import nl.triade.registry.domain.document.DocumentRepository;
import nl.triade.registry.domain.document.EditionRepository;
import nl.triade.registry.domain.document.MandateRepository;
import nl.triade.registry.domain.document.OverdueTimelineLedger;
import nl.triade.registry.domain.lease.LeaseRepository;
import nl.triade.registry.domain.limits.RateBucketRepository;
import nl.triade.registry.domain.notification.SubscriptionRepository;
import nl.triade.registry.domain.review.CommentRepository;
import nl.triade.registry.domain.submission.SubmissionRepository;
import nl.triade.registry.domain.validation.ValidationRepository;
import nl.triade.registry.domain.work.WorkRepository;
import nl.triade.registry.store.account.JdbiAccountRepository;
import nl.triade.registry.store.account.JdbiOrganisationRepository;
import nl.triade.registry.store.account.JdbiPasswordRepository;
import nl.triade.registry.store.account.JdbiSessionRepository;
import nl.triade.registry.store.account.JdbiSignInFailures;
import nl.triade.registry.store.account.JdbiTokenRepository;
import nl.triade.registry.store.assessment.JdbiAssessmentRepository;
import nl.triade.registry.store.agenda.JdbiAgendaRepository;
import nl.triade.registry.store.audit.JdbiEventLog;
import nl.triade.registry.store.audit.JdbiListenerPositions;
import nl.triade.registry.store.audit.JdbiStoredTexts;
import nl.triade.registry.store.authorisation.JdbiApprovalRepository;
import nl.triade.registry.store.document.JdbiDocumentRepository;
import nl.triade.registry.store.document.JdbiEditionRepository;
import nl.triade.registry.store.document.JdbiMandateRepository;
import nl.triade.registry.store.document.JdbiOverdueTimelineLedger;
import nl.triade.registry.store.document.ParsedContents;
import nl.triade.registry.store.lease.JdbiLeaseRepository;
import nl.triade.registry.store.limits.JdbiRateBucketRepository;
import nl.triade.registry.store.notification.JdbiSubscriptionRepository;
import nl.triade.registry.store.review.JdbiCommentRepository;
import nl.triade.registry.store.submission.JdbiSubmissionRepository;
import nl.triade.registry.store.validation.JdbiValidationRepository;
import nl.triade.registry.store.work.JdbiWorkRepository;
import org.jdbi.v3.core.Handle;

/** The repositories bound to one open Jdbi handle, i.e. to one transaction. */
final class JdbiStore implements Store {
    private final Handle handle;
    private final ObjectMapper json;
    private final Engine engine;
    private final ParsedContents contents;
    private final BatchScope scope;

    JdbiStore(Handle handle, ObjectMapper json, Engine engine, ParsedContents contents, BatchScope scope) {
        this.handle = handle;
        this.json = json;
        this.engine = engine;
        this.contents = contents;
        this.scope = scope;
    }

    /** The transaction's handle itself, for SQL no repository offers: the store's own tests reach engine behaviour with it. */
    Handle handle() {
        return handle;
    }

    @Override
    public OrganisationRepository organisations() {
        return new JdbiOrganisationRepository(handle);
    }

    @Override
    public AccountRepository accounts() {
        return new JdbiAccountRepository(handle);
    }

    @Override
    public TokenRepository tokens() {
        return new JdbiTokenRepository(handle);
    }

    @Override
    public PasswordRepository passwords() {
        return new JdbiPasswordRepository(handle);
    }

    @Override
    public SessionRepository sessions() {
        return new JdbiSessionRepository(handle);
    }

    @Override
    public SignInFailures signInFailures() {
        return new JdbiSignInFailures(handle);
    }

    @Override
    public DocumentRepository documents() {
        return new JdbiDocumentRepository(handle, json, engine, contents, scope.documents());
    }

    @Override
    public CommentRepository comments() {
        return new JdbiCommentRepository(handle, scope.held());
    }

    @Override
    public ApprovalRepository approvals() {
        return new JdbiApprovalRepository(handle);
    }

    @Override
    public ValidationRepository validations() {
        return new JdbiValidationRepository(handle, json);
    }

    @Override
    public SubmissionRepository submissions() {
        return new JdbiSubmissionRepository(handle);
    }

    @Override
    public EditionRepository editions() {
        return new JdbiEditionRepository(handle);
    }

    @Override
    public OverdueTimelineLedger overdueTimelines() {
        return new JdbiOverdueTimelineLedger(handle);
    }

    @Override
    public AgendaRepository agenda() {
        return new JdbiAgendaRepository(handle, new StoredJson(json));
    }

    @Override
    public MandateRepository mandates() {
        return new JdbiMandateRepository(handle);
    }

    @Override
    public EventLog events() {
        return new JdbiEventLog(handle, json, engine, scope.chainHead(), scope.held());
    }

    @Override
    public StoredTexts storedTexts() {
        return new JdbiStoredTexts(handle);
    }

    @Override
    public ListenerPositions listenerPositions() {
        return new JdbiListenerPositions(handle);
    }

    @Override
    public AssessmentRepository assessments() {
        return new JdbiAssessmentRepository(handle);
    }

    @Override
    public SubscriptionRepository subscriptions() {
        return new JdbiSubscriptionRepository(handle, new StoredJson(json));
    }

    @Override
    public WorkRepository work() {
        return new JdbiWorkRepository(handle, engine);
    }

    @Override
    public LeaseRepository leases() {
        return new JdbiLeaseRepository(handle);
    }

    @Override
    public RateBucketRepository rateBuckets() {
        return new JdbiRateBucketRepository(handle);
    }
}
