package nl.triade.registry.domain;

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

/** The repositories of one open transaction. Valid only inside the {@link Transactions} call that handed it out. */
public interface Store {
    OrganisationRepository organisations();

    AccountRepository accounts();

    TokenRepository tokens();

    PasswordRepository passwords();

    SessionRepository sessions();

    SignInFailures signInFailures();

    DocumentRepository documents();

    EventLog events();

    StoredTexts storedTexts();

    ListenerPositions listenerPositions();

    CommentRepository comments();

    ApprovalRepository approvals();

    ValidationRepository validations();

    SubmissionRepository submissions();

    EditionRepository editions();

    OverdueTimelineLedger overdueTimelines();

    AssessmentRepository assessments();

    AgendaRepository agenda();

    MandateRepository mandates();

    SubscriptionRepository subscriptions();

    WorkRepository work();

    LeaseRepository leases();

    RateBucketRepository rateBuckets();
}
