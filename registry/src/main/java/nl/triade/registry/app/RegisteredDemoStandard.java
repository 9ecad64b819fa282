package nl.triade.registry.app;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.account.TokenService;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.assessment.AssessmentService;
import nl.triade.registry.domain.assessment.AssessmentSheet;
import nl.triade.registry.domain.assessment.CriterionResult;
import nl.triade.registry.domain.assessment.Outcome;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.authorisation.ApprovalService;
import nl.triade.registry.domain.authorisation.Decision;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentPartService;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.NewDocument;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.domain.submission.SubmissionService;
import nl.triade.registry.domain.submission.SubmissionState;
import nl.triade.registry.domain.validation.ValidationService;
import nl.triade.registry.domain.workflow.TransitionAction;
import nl.triade.registry.domain.workflow.TransitionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's registered standard ({@link RegisteredDemoContent}), taken from a new draft to
 * {@code registered} by the demo accounts' own tokens through the services the API calls, with
 * their permission checks, rules and events: co-authors, a consultation with comments of three
 * organisations, the answers, validation, authorisation by every author organisation, submission
 * through the {@code register-outbox} channel, and the Register's assessment and decision.
 *
 * <p>The submission worker delivers the package in the background; the Register decides only once
 * the delivery is recorded, as it would decide only on a package it received. So this runs after
 * the background rounds started, and waits for the delivery, at most {@link #LONGEST_WAIT}.
 *
 * <p>Each run looks at where the standard stands and goes on from there, so a start that died
 * half-way, or whose delivery took longer, is finished by the next {@code --demo} start, and a
 * registered standard is left as it is, as is one a person took elsewhere (withdrawn, or revised into
 * its next version). Without the channel (the plugin is not in the plugins
 * folder) it does nothing: a standard cannot reach the Register without one.
 */
final class RegisteredDemoStandard {
    static final String CHANNEL = "register-outbox";
    private static final Logger LOG = LoggerFactory.getLogger(RegisteredDemoStandard.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofMillis(100);
    private static final int CONSULTATION_DAYS = 42;
    private static final List<String> AUTHORS = List.of("demo-diabetesvereniging-org-admin", "demo-internisten-org-admin",
            "demo-zorgverzekeraar-a-org-admin");

    private final DemoServices services;
    private final Set<String> channels;
    private final TokenService tokens;
    private final TimeSource time;

    /** {@code channels}: the submission channels loaded and configured. */
    RegisteredDemoStandard(DemoServices services, Set<String> channels, TokenService tokens, TimeSource time) {
        this.services = services;
        this.channels = channels;
        this.tokens = tokens;
        this.time = time;
    }

    /** Takes the standard as far as it goes now: registered, or waiting for its delivery (the next start goes on). */
    void advance() {
        if (!channels.contains(CHANNEL)) {
            LOG.info("the {} plugin is not loaded: the demo's registered standard is left out", CHANNEL);
            return;
        }
        String id = find().orElseGet(this::create);
        Document standard = document(id);
        // a person may have taken it further (revise starts version 2): that is theirs, not the demo's
        while (standard.version() == 1 && standard.status() != DocumentStatus.REGISTERED) {
            boolean moved = switch (standard.status()) {
                case DRAFT -> comments(id).isEmpty() ? consult(id) : authorise(id);
                case CONSULTATION -> comment(id);
                case AUTHORISATION -> approve(id);
                case FINAL -> submit(id);
                case SUBMITTED -> register(id);
                default -> false;
            };
            if (!moved) {
                LOG.info("the demo's registered standard stays {} for now; the next --demo start goes on", WireNames.of(standard.status()));
                return;
            }
            standard = document(id);
        }
    }

    private Optional<String> find() {
        return services.documents().list(as("demo-administrator"), new DocumentQuery(DocumentKind.STANDARD, null,
                RegisteredDemoContent.CONDITION, null, null, null, null, null, true), PageRequest.first(1))
                .items().stream().findFirst().map(summary -> summary.id());
    }

    private String create() {
        return services.documents().create(as(AUTHORS.get(0)), new NewDocument(DocumentKind.STANDARD,
                RegisteredDemoContent.fields(time.today()))).id();
    }

    /** Completes the draft's parts (those a start that died left out too) and opens the consultation. */
    private boolean consult(String id) {
        Caller anna = as(AUTHORS.get(0));
        DocumentPartService parts = services.parts();
        Document draft = document(id);
        Set<String> sections = draft.content().sections().stream().map(Section::key).collect(Collectors.toSet());
        RegisteredDemoContent.SECTIONS.stream().filter(section -> !sections.contains(section.key()))
                .forEach(section -> parts.putSection(anna, id, section, new Precondition(null, true), null));
        Set<String> participants = draft.content().participants().stream().map(participant -> participant.organisation())
                .collect(Collectors.toSet());
        RegisteredDemoContent.CO_AUTHORS.stream().filter(author -> !participants.contains(author.organisation()))
                .forEach(author -> parts.putParticipant(anna, id, author, Precondition.ifMatch(Precondition.ANY), null));
        if (draft.content().evidence().isEmpty()) {
            parts.addEvidence(anna, id, RegisteredDemoContent.SURVEY, Precondition.ifMatch(Precondition.ANY), null);
        }
        services.transitions().transition(anna, id, TransitionAction.OPEN_CONSULTATION,
                time.now().plus(CONSULTATION_DAYS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        return true;
    }

    /** The comments not made yet, then the early close by the authors. */
    private boolean comment(String id) {
        Set<String> made = comments(id).stream().map(Comment::body).collect(Collectors.toSet());
        RegisteredDemoContent.COMMENTS.stream().filter(planned -> !made.contains(planned.body()))
                .forEach(planned -> services.comments().post(as(planned.token()), id,
                        new CommentService.NewComment(planned.body(), planned.sectionKey(), null)));
        services.transitions().transition(as(AUTHORS.get(0)), id, TransitionAction.CLOSE_CONSULTATION, null);
        return true;
    }

    /** Every comment still open gets its public answer; then the validators run and the text is frozen. */
    private boolean authorise(String id) {
        Caller anna = as(AUTHORS.get(0));
        for (Comment open : comments(id).stream().filter(comment -> comment.status() == CommentStatus.OPEN).toList()) {
            RegisteredDemoContent.COMMENTS.stream().filter(planned -> planned.body().equals(open.body())).findFirst()
                    .ifPresent(planned -> services.comments().answer(anna, id, open.id(), new CommentService.Answer(
                            CommentStatus.RESOLVED, planned.disposition(), planned.rationale())));
        }
        services.validations().run(anna, id);
        services.transitions().transition(anna, id, TransitionAction.REQUEST_AUTHORISATION, null);
        return true;
    }

    private boolean approve(String id) {
        Caller administrator = as("demo-administrator");
        Set<String> decided = services.approvals().list(administrator, id, PageRequest.first(PageRequest.MAX_LIMIT)).items()
                .stream().map(Approval::organisation).collect(Collectors.toSet());
        String frozen = document(id).workflow().frozenHash();
        for (String token : AUTHORS) {
            Caller author = as(token);
            if (!decided.contains(author.organisation())) {
                services.approvals().decide(author, id, new ApprovalService.NewDecision(Decision.APPROVE, null, frozen));
            }
        }
        return true;
    }

    private boolean submit(String id) {
        services.submissions().submit(as("demo-administrator"), id, CHANNEL);
        return true;
    }

    /** Once the package is delivered, the Register assesses what it has not yet assessed, and registers the standard. */
    private boolean register(String id) {
        Optional<Submission> delivered = delivered(id);
        if (delivered.isEmpty()) {
            return false;
        }
        Caller frank = as("demo-zorginstituut-member");
        String submission = delivered.get().id();
        AssessmentSheet sheet = services.assessments().sheet(frank, submission);
        for (AssessmentSheet.Line line : sheet.criteria()) {
            if (line.assessment() == null) {
                assess(frank, submission, line.criterion());
            }
        }
        services.assessments().decide(frank, submission, Outcome.REGISTERED, RegisteredDemoContent.REGISTER_REFERENCE, null);
        return true;
    }

    private void assess(Caller frank, String submission, Criterion criterion) {
        if (criterion == Criterion.TK3_C5) {
            services.assessments().assess(frank, submission, criterion.id(), CriterionResult.TIMELINE_ACCEPTED,
                    "Tijdpad voor het meetinstrument aanvaard.");
        } else {
            services.assessments().assess(frank, submission, criterion.id(), CriterionResult.MET, null);
        }
    }

    /** The submission once the worker recorded its delivery; empty when that did not happen in time. */
    private Optional<Submission> delivered(String id) {
        Caller administrator = as("demo-administrator");
        for (long waited = 0; waited <= LONGEST_WAIT.toMillis(); waited += CHECK_EVERY.toMillis()) {
            Optional<Submission> latest = services.submissions().forDocument(administrator, id).stream()
                    .filter(submission -> submission.state() == SubmissionState.SENT
                            || submission.state() == SubmissionState.PENDING).findFirst();
            if (latest.isEmpty() || latest.get().state() == SubmissionState.SENT) {
                return latest;
            }
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<Comment> comments(String id) {
        return services.comments().list(as("demo-administrator"), id, null, null, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private Document document(String id) {
        return services.documents().get(as("demo-administrator"), id);
    }

    /** The demo account of {@code token}, as the API would authenticate it. */
    private Caller as(String token) {
        return tokens.authenticate(token);
    }
}
