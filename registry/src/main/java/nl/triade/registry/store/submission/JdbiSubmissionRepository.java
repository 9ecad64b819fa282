package nl.triade.registry.store.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.submission.Attempt;
import nl.triade.registry.domain.submission.OutboxBacklog;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.domain.submission.SubmissionRepository;
import nl.triade.registry.domain.submission.SubmissionState;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The outbox in tables {@code submissions} and {@code submission_attempts}. */
public final class JdbiSubmissionRepository implements SubmissionRepository {
    /** Held by nobody else: never leased, its lease ran out, or leased to the asking instance before it restarted. */
    private static final String UNHELD = "(lease_until IS NULL OR lease_until <= :leasedBefore OR lease_holder = :holder)";
    /** Submissions in a state whose next step is due (a sent one not yet scheduled is due at once) and that nobody else holds. */
    private static final String LEASABLE = "SELECT id FROM submissions WHERE state = :state "
            + "AND (next_attempt_at IS NULL OR next_attempt_at <= :now) AND " + UNHELD;
    private final Handle handle;

    public JdbiSubmissionRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Submission submission) {
        handle.createUpdate("""
                        INSERT INTO submissions (id, document_id, revision, content_hash, event_seq, channel, state, attempts,
                                                 next_attempt_at, register_reference, receipt, last_error, created_at, updated_at)
                        VALUES (:id, :documentId, :revision, :contentHash, :eventSeq, :channel, :state, :attempts,
                                :nextAttemptAt, :registerReference, :receipt, :lastError, :createdAt, :updatedAt)""")
                .bindMap(columns(submission))
                .execute();
    }

    @Override
    public void update(Submission submission) {
        handle.createUpdate("""
                        UPDATE submissions SET state = :state, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                               register_reference = :registerReference, receipt = :receipt, last_error = :lastError,
                               updated_at = :updatedAt
                        WHERE id = :id""")
                .bindMap(columns(submission))
                .execute();
    }

    private static Map<String, Object> columns(Submission submission) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", submission.id());
        columns.put("documentId", submission.documentId());
        columns.put("revision", submission.revision());
        columns.put("contentHash", submission.contentHash());
        columns.put("eventSeq", submission.eventSeq());
        columns.put("channel", submission.channel());
        columns.put("state", WireNames.of(submission.state()));
        columns.put("attempts", submission.attempts());
        columns.put("nextAttemptAt", Timestamps.format(submission.nextAttemptAt()));
        columns.put("registerReference", submission.registerReference());
        columns.put("receipt", submission.receipt());
        columns.put("lastError", submission.lastError());
        columns.put("createdAt", Timestamps.format(submission.createdAt()));
        columns.put("updatedAt", Timestamps.format(submission.updatedAt()));
        return columns;
    }

    @Override
    public Optional<Submission> find(String id) {
        return handle.createQuery("SELECT * FROM submissions WHERE id = :id").bind("id", id)
                .map(JdbiSubmissionRepository::map).findOne();
    }

    @Override
    public List<Submission> forDocument(String documentId) {
        return handle.createQuery("SELECT * FROM submissions WHERE document_id = :documentId ORDER BY created_at, id")
                .bind("documentId", documentId).map(JdbiSubmissionRepository::map).list();
    }

    @Override
    public Page<Submission> awaitingDecision(PageRequest page) {
        List<Submission> rows = handle.createQuery("""
                        SELECT * FROM submissions WHERE state IN ('pending', 'sent') AND event_seq > :after
                        ORDER BY event_seq LIMIT :rows""")
                .bind("after", page.cursor() == null ? 0 : Cursor.decodeNumber(page.cursor()))
                .bind("rows", page.rowsToRead())
                .map(JdbiSubmissionRepository::map)
                .list();
        return page.cut(rows, submission -> Long.toString(submission.eventSeq()));
    }

    @Override
    public Optional<Submission> leaseDue(Instant now, String holder, Instant until) {
        return leaseIn(SubmissionState.PENDING, now, holder, until);
    }

    @Override
    public Optional<Submission> leaseAwaitingVerdict(Instant now, String holder, Instant until) {
        return leaseIn(SubmissionState.SENT, now, holder, until);
    }

    /**
     * The oldest submission in {@code state} whose next step is due (a sent one not yet scheduled is due
     * at once) and that nobody else holds, leased in one statement. A row already leased to {@code holder} is one
     * the same instance left behind when it stopped (the worker leases, delivers and records one submission at
     * a time): with a stable instance id, a restart takes its own back at once. The outer condition
     * repeats the lease check, so that PostgreSQL re-checks it on a row another transaction changed meanwhile.
     * Never scheduled comes first on both engines (SQLite sorts NULL first, PostgreSQL last).
     */
    private Optional<Submission> leaseIn(SubmissionState state, Instant now, String holder, Instant until) {
        return handle.createQuery("UPDATE submissions SET lease_holder = :holder, lease_until = :until WHERE id IN ("
                        + LEASABLE + " ORDER BY next_attempt_at IS NOT NULL, next_attempt_at, created_at LIMIT 1) AND " + UNHELD
                        + " RETURNING *")
                .bind("state", WireNames.of(state))
                .bind("now", Timestamps.format(now))
                .bind("leasedBefore", Timestamps.fixedWidth(now))
                .bind("holder", holder)
                .bind("until", Timestamps.fixedWidth(until))
                .map(JdbiSubmissionRepository::map)
                .findOne();
    }

    @Override
    public boolean leasable(SubmissionState state, Instant now, String holder) {
        return handle.createQuery(LEASABLE + " LIMIT 1")
                .bind("state", WireNames.of(state))
                .bind("now", Timestamps.format(now))
                .bind("leasedBefore", Timestamps.fixedWidth(now))
                .bind("holder", holder)
                .mapTo(String.class)
                .findOne()
                .isPresent();
    }

    @Override
    public boolean release(String id, String holder) {
        return handle.createUpdate("UPDATE submissions SET lease_holder = NULL, lease_until = NULL WHERE id = :id AND lease_holder = :holder")
                .bind("id", id)
                .bind("holder", holder)
                .execute() == 1;
    }

    @Override
    public void scheduleVerdictCheck(String id, String holder, Instant at) {
        handle.createUpdate("""
                        UPDATE submissions SET next_attempt_at = :at, lease_holder = NULL, lease_until = NULL
                        WHERE id = :id AND lease_holder = :holder""")
                .bind("id", id)
                .bind("holder", holder)
                .bind("at", Timestamps.format(at))
                .execute();
    }

    /**
     * One statement over at most {@code cap} rows of the state index. {@code created_at} is
     * {@link Timestamps#format} text, so the least of it may be off by less than a second (a whole
     * second sorts after its own fractions): nothing for an age an operator reads in seconds and minutes.
     */
    @Override
    public OutboxBacklog backlog(int cap, Instant now) {
        return handle.createQuery("""
                        SELECT COUNT(*) AS waiting, MIN(created_at) AS oldest
                        FROM (SELECT created_at FROM submissions WHERE state = :state LIMIT :cap) AS pending""")
                .bind("state", WireNames.of(SubmissionState.PENDING))
                .bind("cap", cap)
                .map((row, context) -> OutboxBacklog.at(now, row.getInt("waiting"), Timestamps.parse(row.getString("oldest"))))
                .one();
    }

    @Override
    public void insertAttempt(String submissionId, Attempt attempt) {
        handle.createUpdate("""
                        INSERT INTO submission_attempts (submission_id, number, at, outcome, detail)
                        VALUES (:submissionId, :number, :at, :outcome, :detail)""")
                .bind("submissionId", submissionId)
                .bind("number", attempt.number())
                .bind("at", Timestamps.format(attempt.at()))
                .bind("outcome", attempt.outcome())
                .bind("detail", attempt.detail())
                .execute();
    }

    @Override
    public List<Attempt> attempts(String submissionId) {
        return handle.createQuery("SELECT * FROM submission_attempts WHERE submission_id = :id ORDER BY number")
                .bind("id", submissionId)
                .map((row, context) -> new Attempt(row.getInt("number"), Timestamps.parse(row.getString("at")),
                        row.getString("outcome"), row.getString("detail")))
                .list();
    }

    private static Submission map(ResultSet row, StatementContext context) throws SQLException {
        return new Submission(row.getString("id"), row.getString("document_id"), row.getInt("revision"),
                row.getString("content_hash"), row.getLong("event_seq"), row.getString("channel"),
                WireNames.parse(SubmissionState.class, row.getString("state")), row.getInt("attempts"),
                Timestamps.parse(row.getString("next_attempt_at")), row.getString("register_reference"),
                row.getString("receipt"), row.getString("last_error"), Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("updated_at")));
    }
}
