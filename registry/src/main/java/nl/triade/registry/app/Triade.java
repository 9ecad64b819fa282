package nl.triade.registry.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.config.ConfigException;
import nl.triade.registry.config.Credentials;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.domain.Backoff;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WorkSlots;
import nl.triade.registry.domain.account.AccountBootstrap;
import nl.triade.registry.domain.account.AccountService;
import nl.triade.registry.domain.account.OrganisationService;
import nl.triade.registry.domain.account.PasswordLinkService;
import nl.triade.registry.domain.account.SignInService;
import nl.triade.registry.domain.account.TokenService;
import nl.triade.registry.domain.assessment.AssessmentService;
import nl.triade.registry.domain.agenda.AgendaDeadlineWatch;
import nl.triade.registry.domain.agenda.AgendaLinks;
import nl.triade.registry.domain.agenda.AgendaService;
import nl.triade.registry.domain.agenda.KwaliteitsraadDocuments;
import nl.triade.registry.domain.audit.AuditService;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.audit.EarlierTexts;
import nl.triade.registry.domain.audit.EventSubscriptions;
import nl.triade.registry.domain.authorisation.ApprovalService;
import nl.triade.registry.domain.document.DiffLimits;
import nl.triade.registry.domain.document.DocumentPartService;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.EditionExpiry;
import nl.triade.registry.domain.document.OverdueTimelineWatch;
import nl.triade.registry.domain.document.PartyConsultationService;
import nl.triade.registry.domain.consultation.ConsultationReportService;
import nl.triade.registry.domain.document.EditionService;
import nl.triade.registry.domain.document.ExportService;
import nl.triade.registry.domain.document.RevisionService;
import nl.triade.registry.domain.lease.Leases;
import nl.triade.registry.domain.limits.SharedRateLimiter;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.domain.notification.NotificationDispatcher;
import nl.triade.registry.domain.notification.NotificationFanOut;
import nl.triade.registry.domain.notification.SecretSeal;
import nl.triade.registry.domain.notification.SubscriptionService;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.submission.OutboxWatch;
import nl.triade.registry.domain.submission.SubmissionService;
import nl.triade.registry.domain.submission.SubmissionWorker;
import nl.triade.registry.domain.validation.ValidationService;
import nl.triade.registry.domain.work.WorkService;
import nl.triade.registry.domain.workflow.ConsultationCloser;
import nl.triade.registry.domain.workflow.ReviewDispatcher;
import nl.triade.registry.domain.workflow.TransitionService;
import nl.triade.registry.http.HttpServer;
import nl.triade.registry.http.Routes;
import nl.triade.registry.http.account.AccountController;
import nl.triade.registry.http.account.OrganisationController;
import nl.triade.registry.http.assessment.AssessmentController;
import nl.triade.registry.http.agenda.AgendaController;
import nl.triade.registry.http.audit.EventController;
import nl.triade.registry.http.authorisation.ApprovalController;
import nl.triade.registry.http.document.ConsultationController;
import nl.triade.registry.http.document.DocumentController;
import nl.triade.registry.http.document.DocumentPartController;
import nl.triade.registry.http.consultation.ConsultationReportController;
import nl.triade.registry.http.document.EditionController;
import nl.triade.registry.http.fhir.FhirController;
import nl.triade.registry.http.notification.SubscriptionController;
import nl.triade.registry.http.plugin.PluginController;
import nl.triade.registry.http.review.CommentController;
import nl.triade.registry.http.submission.SubmissionController;
import nl.triade.registry.http.system.MetricsController;
import nl.triade.registry.http.system.SystemController;
import nl.triade.registry.http.validation.ValidationController;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.metrics.BacklogGauges;
import nl.triade.registry.metrics.PrometheusMeters;
import nl.triade.registry.password.Argon2Passwords;
import nl.triade.registry.pluginhost.CallLimits;
import nl.triade.registry.pluginhost.EventFeed;
import nl.triade.registry.pluginhost.PluginHost;
import nl.triade.registry.pluginhost.PluginNotifiers;
import nl.triade.registry.pluginhost.PluginReviewers;
import nl.triade.registry.pluginhost.PluginSubmitters;
import nl.triade.registry.pluginhost.PluginValidators;
import nl.triade.registry.store.Database;
import nl.triade.registry.store.JdbiTransactions;
import nl.triade.registry.store.audit.CheckpointKeyFiles;
import nl.triade.registry.store.notification.SealKeyFile;
import nl.triade.registry.web.WebFront;
import nl.triade.registry.web.WebServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part by hand from the configuration and starts serving.
 * Tests start it exactly as {@code Main} does, on a free port and a temporary database.
 */
public final class Triade implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Triade.class);
    /** However often a delivery or an event listener fails, it is tried again at least this often. */
    private static final Duration LONGEST_RETRY_PAUSE = Duration.ofMinutes(10);
    private static final Duration BACKGROUND_GRACE = Duration.ofSeconds(10);
    private final PrometheusMeters meters;
    private final Database database;
    private final PluginHost plugins;
    private final ScheduledExecutorService background;
    private final ExecutorService notifying;
    private final HttpServer http;
    private final Optional<String> generatedAdminToken;

    private Triade(PrometheusMeters meters, Database database, PluginHost plugins, ScheduledExecutorService background,
                   ExecutorService notifying, HttpServer http, Optional<String> generatedAdminToken) {
        this.meters = meters;
        this.database = database;
        this.plugins = plugins;
        this.background = background;
        this.notifying = notifying;
        this.http = http;
        this.generatedAdminToken = generatedAdminToken;
    }

    public static Triade start(TriadeConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * With the clock every part of the registry reads its time from: the system's UTC clock in
     * production, one that tests may advance in tests. Nothing else asks the system for the time.
     * A start that fails closes again whatever it had opened, the database first of all.
     */
    public static Triade start(TriadeConfig config, Clock clock) {
        StartedParts started = new StartedParts();
        try {
            // one registry of meters for every part, read by GET /metrics
            PrometheusMeters meters = PrometheusMeters.start();
            started.opened(meters);
            // the plugins, the keys, the JSON mapper and slow classes need nothing of the database: made while it opens
            StartingBeside<PluginHost> pluginsStarting = StartingBeside.start("plugins", () -> PluginHost.start(config.pluginsDir(),
                    config.pluginEnvironment(), clock, new CallLimits(config.pluginTimeout(), config.submitterTimeout()), meters.registry()));
            started.opened(() -> pluginsStarting.take().close());
            StartingBeside<Keys> keysLoading = StartingBeside.start("keys", () -> new Keys(
                    CheckpointKeyFiles.loadOrCreate(config.keysDir()), SealKeyFile.loadOrCreate(config.keysDir())));
            StartingBeside<ObjectMapper> jsonMaking = StartingBeside.start("json", JsonMappers::create);
            StartingBeside<Void> databaseClasses = StartingBeside.start("database-classes",
                    () -> ClassesBeside.initialise(Database.SLOW_TO_INITIALISE));
            StartingBeside<Void> httpClasses = StartingBeside.start("http-classes",
                    () -> ClassesBeside.initialise(HttpServer.SLOW_TO_INITIALISE));
            // loaded beside while the database's pools are set up, which need it only at their first connection
            StartingBeside<Void> driverLoading = StartingBeside.start("driver", () -> Database.loadDriver(config.databaseUrl()));
            // opened beside while the services and the HTTP server are made on it: they use it only once the start took it
            StartingBeside<Database> databaseOpening = StartingBeside.start("database",
                    () -> Database.open(config.databaseUrl(), config.requestWait(), meters.registry()));
            started.opened(() -> databaseOpening.take().close());
            ObjectMapper json = jsonMaking.take();
            PluginHost plugins = pluginsStarting.take();
            Keys keys = keysLoading.take();
            ScheduledExecutorService background = Executors.newScheduledThreadPool(2, task -> {
                Thread thread = new Thread(task, "triade-background");
                thread.setDaemon(true);
                return thread;
            });
            started.opened(() -> stop(background));
            ExecutorService notifying = notificationThreads();
            started.opened(() -> finish(notifying));
            Transactions transactions = new JdbiTransactions(databaseOpening::take, json, config.requestWait(), meters.registry());
            CommitWatch commits = () -> databaseOpening.take().commits().generations();
            TimeSource time = new TimeSource(clock);
            AuditTrail audit = new AuditTrail(time);
            AccountService accounts = new AccountService(transactions, audit, time);
            TokenService tokens = new TokenService(transactions, audit, time, commits);
            OrganisationService organisations = new OrganisationService(transactions, audit, time);
            // diffs and password hashes share the slots for CPU-heavy work
            WorkSlots expensiveWork = new WorkSlots(config.expensiveWorkSlots(), config.requestWait());
            Argon2Passwords passwords = new Argon2Passwords(Argon2Passwords.OWASP);
            PasswordLinkService passwordLinks = new PasswordLinkService(transactions, audit, time, passwords, expensiveWork);
            SignInService signIns = new SignInService(transactions, time, passwords, expensiveWork, commits);
            DocumentService documents = new DocumentService(transactions, audit, time);
            DocumentPartService parts = new DocumentPartService(transactions, audit, time);
            CommentService comments = new CommentService(transactions, audit, time);
            ReviewDispatcher reviews = new ReviewDispatcher(transactions, new PluginReviewers(plugins), comments, background, time);
            PluginSubmitters submitters = new PluginSubmitters(plugins);
            SubmissionService submissions = new SubmissionService(transactions, audit, time, submitters);
            Backoff retries = new Backoff(config.submissionBackoff(), LONGEST_RETRY_PAUSE);
            SubmissionWorker worker = new SubmissionWorker(transactions, audit, time, submitters, retries, submissions, keys.checkpoint(),
                    config.evidenceLimits(), config.instance().id(), config.instance().submissionLease(config.submitterTimeout()));
            AccountBootstrap bootstrap = new AccountBootstrap(transactions, audit, time, accounts, tokens);
            AgendaService agenda = new AgendaService(transactions, audit, time);
            PluginNotifiers notifiers = new PluginNotifiers(plugins);
            SubscriptionService subscriptions = new SubscriptionService(transactions, audit, time, notifiers, keys.seal());
            TransitionService transitions = new TransitionService(transactions, audit, time, reviews, config.shortestConsultation());
            ValidationService validations = new ValidationService(transactions, audit, time, new PluginValidators(plugins));
            ApprovalService approvals = new ApprovalService(transactions, audit, time);
            AssessmentService assessments = new AssessmentService(transactions, audit, time, submissions);
            WriteLimits limits = new WriteLimits(config.rateLimits(), new SharedRateLimiter(transactions, clock));
            EditionService editions = new EditionService(transactions, audit, time);
            ConsultationReportService reports = new ConsultationReportService(transactions);
            ConsultationReportController consultationReports = new ConsultationReportController(reports);
            RevisionService revisions = new RevisionService(transactions, DiffLimits.DEFAULT, expensiveWork);
            PartyConsultationService partyConsultations = new PartyConsultationService(transactions, audit, time);
            AuditService auditReader = new AuditService(transactions, keys.checkpoint(), time);
            EventSubscriptions positions = new EventSubscriptions(transactions);
            Leases leases = new Leases(transactions, time, config.instance().id(), config.instance().lease());
            EventFeed feed = new EventFeed(plugins, positions, leases, retries, clock);
            BacklogGauges backlog = new BacklogGauges(meters.registry(), new OutboxWatch(transactions, time), feed::lag);
            Routes routes = new Routes(new SystemController(() -> databaseOpening.take().canServe()),
                    new MetricsController(() -> {
                        backlog.refresh();
                        return meters.scrape();
                    }),
                    new AccountController(accounts, tokens, passwordLinks, json, config.publicUrl()),
                    new OrganisationController(organisations, json),
                    new DocumentController(documents, revisions, transitions, json, time, commits),
                    new DocumentPartController(parts, json),
                    new CommentController(comments, json),
                    new ApprovalController(approvals, json),
                    new ValidationController(validations),
                    new SubmissionController(submissions, json),
                    new EditionController(editions, json),
                    new AssessmentController(assessments, json),
                    new AgendaController(agenda, new AgendaLinks(transactions, audit, time),
                            new KwaliteitsraadDocuments(transactions, audit, time, documents), json),
                    new ConsultationController(partyConsultations, json),
                    consultationReports,
                    new SubscriptionController(subscriptions, json),
                    new FhirController(new ExportService(transactions), config.publicUrl()),
                    new PluginController(() -> PluginListing.of(plugins, transactions)),
                    new EventController(auditReader, json),
                    limits);
            WebServices webServices = new WebServices(documents, parts, revisions, transitions, comments, approvals, validations,
                    submissions, assessments, editions, reports, agenda, partyConsultations, auditReader, limits,
                    new WorkService(transactions, time));
            // Jetty starts while the database opens and gets what must be there before the first request; it answers 503 until then
            StartingBeside<HttpServer> httpStarting = StartingBeside.start("http", () -> {
                httpClasses.take();
                HttpServer server = new HttpServer(routes, WebFront.create(signIns, passwordLinks, config.publicUrl(), webServices,
                        consultationReports::editionReportCsv), tokens, json, meters.registry());
                server.start(config.port());
                return server;
            });
            started.opened(() -> httpStarting.take().stop());
            Database database = databaseOpening.take();
            driverLoading.take();
            databaseClasses.take();
            // before anything is written, so a refused start leaves the database as it was
            if (config.demo() && !bootstrap.acceptsDemoData()) {
                throw new ConfigException("--demo refuses this database: --demo did not create it, and the demo's "
                        + "accounts have published tokens (an administrator among them); start without --demo, "
                        + "or point TRIADE_DB_URL at a new database for the demo");
            }
            ConsultationCloser closer = new ConsultationCloser(transactions, audit, time);
            NotificationFanOut fanOut = new NotificationFanOut(transactions, positions, time, notifiers);
            NotificationDispatcher dispatcher = new NotificationDispatcher(transactions, time, notifiers, keys.seal(), retries, notifying);
            int attested = new EarlierTexts(transactions, audit).attest();
            if (attested > 0) {
                LOG.info("{} comment bodies and revision notes stored by the previous release now enter the audit chain", attested);
            }
            Optional<String> generated = bootstrap.ensureFirstAdministrator(config.adminToken(), config.demo());
            if (config.demo()) {
                new DemoData(bootstrap, documents, parts, agenda, subscriptions, passwords).seed();
            }
            // the feeds begin after what the start wrote, as they did when they were made after it
            feed.subscribe();
            fanOut.subscribe();
            HttpServer http = httpStarting.take();
            http.open();
            signIns.prepare(background);
            OverdueTimelineWatch overdue = new OverdueTimelineWatch(transactions, audit, time);
            EditionExpiry expiry = new EditionExpiry(transactions, audit, time);
            // every round also runs at once, so a closesAt or due date that passed while the server was down is met at start
            // the submission worker leases submissions one by one, so every instance delivers; the other rounds run on one at a time
            Rounds rounds = new Rounds(background, config.submissionPoll(), leases);
            rounds.every("submission delivery", () -> {
                int lost = worker.runOnce();
                if (lost > 0) {
                    LOG.warn("{} delivery outcome(s) not recorded: the lease ran out during the call and another instance took over", lost);
                }
            });
            rounds.once(EventFeed.LEASE, feed::runOnce);
            // one round, so an event is in the outbox before the dispatcher looks for it
            rounds.once("notifications", () -> {
                fanOut.runOnce();
                dispatcher.runOnce();
            });
            rounds.once("closing due consultations", () -> {
                int closed = closer.runOnce();
                if (closed > 0) {
                    LOG.info("{} consultation(s) closed at their closing time", closed);
                }
            });
            rounds.once("overdue tijdpad check", overdue::runOnce);
            rounds.once("agenda deadline check", new AgendaDeadlineWatch(transactions, audit, time)::runOnce);
            rounds.once("expiring editions past their review date", expiry::runOnce);
            if (config.demo()) {
                // after the rounds started: the submission worker delivers the standard's package before the Register decides
                new RegisteredDemoStandard(new DemoServices(documents, parts, transitions, comments, validations, approvals,
                        submissions, assessments), submitters.channels(), tokens, time).advance();
            }
            LOG.info("Triade serves on port {} with database {} as instance {}", http.port(), Credentials.masked(config.databaseUrl()),
                    config.instance().id());
            return new Triade(meters, database, plugins, background, notifying, http, generated);
        } catch (RuntimeException | Error e) {
            started.closeAfter(e);
            throw e;
        }
    }

    /** The keys kept in files beside the database: read (or made, on a first start) while the database opens. */
    private record Keys(CheckpointKey checkpoint, SecretSeal seal) {
    }

    /** How many statements the database was sent since the start (see {@link Database#statementsRun}). */
    public long statementsRun() {
        return database.statementsRun();
    }

    public int port() {
        return http.port();
    }

    /** The administrator token generated on first start, if one was; it is not stored anywhere in clear. */
    public Optional<String> generatedAdminToken() {
        return generatedAdminToken;
    }

    @Override
    public void close() {
        http.stop();
        stop(background);
        finish(notifying);
        plugins.close();
        database.close();
        meters.close();
    }

    /**
     * The notification dispatcher's tasks, one per subscription being served; one that throws is
     * logged, and its subscription is served again on a later round.
     */
    private static ExecutorService notificationThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(NotificationDispatcher.PARALLEL, task -> {
            Thread thread = new Thread(task, "triade-notifications-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((failed, e) ->
                    LOG.warn("a notification task failed; its subscription is served again on a later round", e));
            return thread;
        });
    }

    /**
     * Lets the notification tasks end their current attempt and record it, so a restart does not
     * offer again what a receiver already took: each attempt ends within the plugin time limit. Those
     * still running after the grace are interrupted; their deliveries stay pending under the same id.
     */
    private static void finish(ExecutorService notifying) {
        notifying.shutdown();
        try {
            if (!notifying.awaitTermination(BACKGROUND_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(notifying);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(notifying);
        }
    }

    /**
     * Interrupts the background work and waits for it to let go of the database before that is
     * closed: a round still inside a transaction would otherwise keep a connection, and the
     * database, open after the registry is gone. Plugin calls end at their interruption; a round's
     * own transaction is short.
     */
    private static void stop(ExecutorService background) {
        background.shutdownNow();
        try {
            if (!background.awaitTermination(BACKGROUND_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("background work still running {} after shutdown; closing the database anyway", BACKGROUND_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
