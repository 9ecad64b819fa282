package nl.triade.registry.store.work;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.EditionStatus;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.work.WorkItems.AwaitingAnswer;
import nl.triade.registry.domain.work.WorkItems.AwaitingDecision;
import nl.triade.registry.domain.work.WorkItems.OpenConsultation;
import nl.triade.registry.domain.work.WorkItems.OverdueTijdpad;
import nl.triade.registry.domain.work.WorkRepository;
import nl.triade.registry.store.Engine;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/**
 * "My work" in SQL. Each query reads through indexes: the organisation's rows in
 * {@code document_participants}, its subscriptions, the documents in one status, the editions in
 * force; never a whole table ({@code WorkQueryPlanTest} reads the plans). Every value is bound.
 */
public final class JdbiWorkRepository implements WorkRepository {
    /** The documents the organisation authors. */
    private static final String AUTHORED = "d.seq IN (SELECT document_seq FROM document_participants"
            + " WHERE organisation = :organisation AND role = '" + WireNames.of(ParticipantRole.AUTHOR) + "')";

    /** Open comments on the drafts and consultations the organisation authors, oldest first. */
    static final String AWAITING_ANSWER = "SELECT d.id AS document_id, d.title, c.id, c.section_key, c.organisation,"
            + " substr(c.body, 1, :excerpt) AS excerpt, c.created_at"
            + " FROM documents d JOIN comments c ON c.document_id = d.id"
            + " WHERE " + AUTHORED + " AND d.status IN (:draft, :consultation) AND c.status = :open"
            + " ORDER BY c.seq LIMIT :rows";

    /** Documents in authorisation the organisation authors without its decision on the frozen revision. */
    static String awaitingDecision(Engine engine) {
        String frozenRevision = engine.jsonInteger("d.workflow", "frozenRevision");
        return "SELECT d.id, d.title, d.kind, " + frozenRevision + " AS frozen_revision, "
                + engine.jsonText("d.workflow", "frozenHash") + " AS frozen_hash,"
                + " d.updated_at FROM documents d WHERE " + AUTHORED + " AND d.status = :authorisation"
                + " AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.document_id = d.id AND a.organisation = :organisation"
                + " AND a.revision = " + frozenRevision + ")"
                + " ORDER BY d.updated_at, d.seq LIMIT :rows";
    }

    /**
     * Documents in consultation on a condition the organisation's subscriptions follow. SQLite's
     * {@code lower} folds ASCII letters only, so this equals the notifications' {@code equalsIgnoreCase}
     * for every condition written without capital letters outside ASCII.
     */
    static String consultationsFollowed(Engine engine) {
        return "SELECT d.id, d.title, d.kind, d.condition, d.consultation_closes_at"
                + " FROM documents d WHERE d.status = :consultation AND lower(trim(d.condition)) IN (SELECT lower(trim(followed.value))"
                + " FROM subscriptions s, " + engine.jsonTextElements("s.follows", "conditions", "followed")
                + " WHERE s.organisation = :organisation)"
                + " ORDER BY d.consultation_closes_at IS NULL, d.consultation_closes_at, d.seq LIMIT :rows";
    }

    /** Tijdpaden past their date of the editions in force or expired of the documents the organisation authors. */
    static final String OVERDUE_TIJDPADEN = "SELECT d.id, d.title, t.version, t.deliverable, t.due_date FROM documents d"
            + " JOIN editions e ON e.document_id = d.id AND e.status IN (:inForce, :expired)"
            + " JOIN edition_timelines t ON t.document_id = e.document_id AND t.version = e.version"
            + " WHERE " + AUTHORED + " AND t.due_date < :today"
            + " ORDER BY t.due_date, d.seq, t.position LIMIT :rows";

    private final Handle handle;
    private final Engine engine;

    public JdbiWorkRepository(Handle handle, Engine engine) {
        this.handle = handle;
        this.engine = engine;
    }

    @Override
    public List<AwaitingAnswer> awaitingAnswer(String organisation, int rows) {
        return handle.createQuery(AWAITING_ANSWER)
                .bind("organisation", organisation)
                .bind("excerpt", EXCERPT + 1)
                .bind("draft", WireNames.of(DocumentStatus.DRAFT))
                .bind("consultation", WireNames.of(DocumentStatus.CONSULTATION))
                .bind("open", WireNames.of(CommentStatus.OPEN))
                .bind("rows", rows)
                .map((row, context) -> new AwaitingAnswer(row.getString("document_id"), row.getString("title"), row.getString("id"),
                        row.getString("section_key"), row.getString("organisation"), row.getString("excerpt"),
                        Timestamps.parse(row.getString("created_at"))))
                .list();
    }

    @Override
    public List<AwaitingDecision> awaitingDecision(String organisation, int rows) {
        return handle.createQuery(awaitingDecision(engine))
                .bind("organisation", organisation)
                .bind("authorisation", WireNames.of(DocumentStatus.AUTHORISATION))
                .bind("rows", rows)
                .map((row, context) -> new AwaitingDecision(row.getString("id"), row.getString("title"),
                        WireNames.parse(DocumentKind.class, row.getString("kind")), row.getInt("frozen_revision"),
                        row.getString("frozen_hash"), Timestamps.parse(row.getString("updated_at"))))
                .list();
    }

    @Override
    public List<OpenConsultation> consultationsFollowed(String organisation, int rows) {
        return handle.createQuery(consultationsFollowed(engine))
                .bind("organisation", organisation)
                .bind("consultation", WireNames.of(DocumentStatus.CONSULTATION))
                .bind("rows", rows)
                .map((row, context) -> new OpenConsultation(row.getString("id"), row.getString("title"),
                        WireNames.parse(DocumentKind.class, row.getString("kind")), row.getString("condition"),
                        Timestamps.parse(row.getString("consultation_closes_at"))))
                .list();
    }

    @Override
    public List<OverdueTijdpad> overdueTijdpaden(String organisation, LocalDate today, int rows) {
        return handle.createQuery(OVERDUE_TIJDPADEN)
                .bind("organisation", organisation)
                .bind("inForce", WireNames.of(EditionStatus.IN_FORCE))
                .bind("expired", WireNames.of(EditionStatus.EXPIRED))
                .bind("today", today.toString())
                .bind("rows", rows)
                .map((row, context) -> new OverdueTijdpad(row.getString("id"), row.getString("title"), row.getInt("version"),
                        row.getString("deliverable"), LocalDate.parse(row.getString("due_date"))))
                .list();
    }
}
