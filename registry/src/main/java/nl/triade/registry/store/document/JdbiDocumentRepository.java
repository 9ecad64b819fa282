package nl.triade.registry.store.document;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentRepository;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.DocumentSummary;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.Revision;
import nl.triade.registry.domain.document.RevisionSnapshot;
import nl.triade.registry.domain.document.Workflow;
import nl.triade.registry.store.Engine;
import nl.triade.registry.store.StoredJson;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Documents in table {@code documents}: list columns (kind, status, condition, title) as real
 * columns with indexes, the current content as JSON, participants mirrored into their own table for
 * visibility and filtering, and the search index kept in step on every write. Revisions store their
 * content as a list of {@link ContentParts content parts}, each part stored once.
 */
public final class JdbiDocumentRepository implements DocumentRepository {
    private static final String BY_ID = "(SELECT seq FROM documents WHERE id = :id)";
    /** Answered from index {@code documents_consultation_closes} alone (seq is the row id), however many documents there are. */
    static final String CONSULTATIONS_DUE = """
            SELECT id FROM documents
            WHERE consultation_closes_at <= :moment
            ORDER BY consultation_closes_at, seq
            LIMIT :limit""";
    private final Handle handle;
    private final StoredJson json;
    private final SearchIndex search;
    private final Engine engine;
    private final ParsedContents contents;
    private final BatchDocuments batch;

    public JdbiDocumentRepository(Handle handle, ObjectMapper json, Engine engine, ParsedContents contents,
                                  BatchDocuments batch) {
        this.handle = handle;
        this.json = new StoredJson(json);
        this.search = new SearchIndex(engine);
        this.engine = engine;
        this.contents = contents;
        this.batch = batch;
    }

    @Override
    public void insert(Document document) {
        long seq = handle.createQuery("""
                        INSERT INTO documents (id, kind, status, version, revision, content_hash, title, condition,
                                               content, part_revisions, workflow, consultation_closes_at, standard_id,
                                               created_at, updated_at)
                        VALUES (:id, :kind, :status, :version, :revision, :contentHash, :title, :condition,
                                :content, :partRevisions, :workflow, :consultationClosesAt, :standardId,
                                :createdAt, :updatedAt)
                        RETURNING seq""")
                .bind("id", document.id())
                .bind("kind", WireNames.of(document.kind()))
                .bind("createdAt", Timestamps.format(document.createdAt()))
                .bindMap(columns(document))
                .mapTo(Long.class)
                .one();
        writeParticipants(seq, document);
        search.replace(handle, seq, document);
    }

    @Override
    public boolean update(Document current, Document next) {
        Optional<Long> updated = handle.createQuery("""
                        UPDATE documents SET status = :status, version = :version, revision = :revision,
                               content_hash = :contentHash, title = :title, condition = :condition, content = :content,
                               part_revisions = :partRevisions, workflow = :workflow,
                               consultation_closes_at = :consultationClosesAt, standard_id = :standardId,
                               updated_at = :updatedAt
                        WHERE id = :id AND revision = :expected
                        RETURNING seq""")
                .bind("id", next.id())
                .bind("expected", current.revision())
                .bindMap(columns(next))
                .mapTo(Long.class)
                .findOne();
        if (updated.isEmpty()) {
            return false;
        }
        long seq = updated.get();
        if (!next.content().participants().equals(current.content().participants())) {
            handle.createUpdate("DELETE FROM document_participants WHERE document_seq = :seq").bind("seq", seq).execute();
            writeParticipants(seq, next);
        }
        if (!search.sameText(current, next)) {
            search.replace(handle, seq, next);
        }
        return true;
    }

    private Map<String, Object> columns(Document document) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("status", WireNames.of(document.status()));
        columns.put("version", document.version());
        columns.put("revision", document.revision());
        columns.put("contentHash", document.contentHash());
        columns.put("title", document.content().fields().title());
        columns.put("condition", document.content().fields().condition());
        columns.put("content", json.write(document.content()));
        columns.put("partRevisions", json.write(new PartRevisionsColumn(document.sectionRevisions(), document.indicatorRevisions())));
        columns.put("workflow", json.write(document.workflow()));
        columns.put("consultationClosesAt", document.status() == DocumentStatus.CONSULTATION
                ? Timestamps.fixedWidth(document.workflow().consultationClosesAt()) : null);
        columns.put("standardId", document.content().fields().standardId());
        columns.put("updatedAt", Timestamps.format(document.updatedAt()));
        return columns;
    }

    /** One batch, one round trip, however many participants (a document always has at least its author). */
    private void writeParticipants(long seq, Document document) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO document_participants (document_seq, organisation, role)
                VALUES (:seq, :organisation, :role)""");
        for (Participant participant : document.content().participants()) {
            batch.bind("seq", seq)
                    .bind("organisation", participant.organisation())
                    .bind("role", WireNames.of(participant.role()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public Optional<Document> find(String id) {
        return batch.find(id, () -> handle.createQuery("SELECT * FROM documents WHERE id = :id")
                .bind("id", id)
                .map(this::document)
                .findOne());
    }

    @Override
    public Page<DocumentSummary> list(DocumentQuery query, PageRequest page) {
        DocumentListQuery sql = new DocumentListQuery(query, page, search, engine);
        List<Row> rows = sql.bindTo(handle.createQuery(sql.text()))
                .map((row, context) -> new Row(row.getLong("seq"), summary(row)))
                .list();
        return page.cut(rows, row -> Long.toString(row.seq()), Row::summary);
    }

    private record Row(long seq, DocumentSummary summary) {
    }

    @Override
    public List<String> consultationsClosingBy(Instant moment, int limit) {
        return handle.createQuery(CONSULTATIONS_DUE)
                .bind("moment", Timestamps.fixedWidth(moment))
                .bind("limit", limit)
                .mapTo(String.class)
                .list();
    }

    @Override
    public List<String> instrumentsOf(String standardId) {
        return handle.createQuery("""
                        SELECT i.id FROM documents i
                        WHERE i.kind = 'instrument' AND i.standard_id = :standardId
                          AND EXISTS (SELECT 1 FROM document_participants ia
                                      JOIN document_participants sa ON sa.organisation = ia.organisation AND sa.role = :author
                                      JOIN documents s ON s.seq = sa.document_seq AND s.id = :standardId
                                      WHERE ia.document_seq = i.seq AND ia.role = :author)
                        ORDER BY i.seq""")
                .bind("standardId", standardId)
                .bind("author", WireNames.of(ParticipantRole.AUTHOR))
                .mapTo(String.class)
                .list();
    }

    @Override
    public void insertRevision(String documentId, Revision revision, DocumentContent content) {
        handle.createUpdate("""
                        INSERT INTO revisions (document_seq, number, content_hash, author, organisation, at, note, parts)
                        VALUES (""" + BY_ID + ", :number, :contentHash, :author, :organisation, :at, :note, :parts)")
                .bind("id", documentId)
                .bind("number", revision.number())
                .bind("contentHash", revision.contentHash())
                .bind("author", revision.author())
                .bind("organisation", revision.organisation())
                .bind("at", Timestamps.format(revision.at()))
                .bind("note", revision.note())
                .bind("parts", json.write(new ContentParts(handle, json).store(content)))
                .execute();
    }

    @Override
    public Page<Revision> revisions(String documentId, PageRequest page) {
        long after = page.cursor() == null ? 0 : Cursor.decodeNumber(page.cursor());
        List<Revision> rows = handle.createQuery("SELECT * FROM revisions WHERE document_seq = " + BY_ID
                        + " AND number > :after ORDER BY number LIMIT :limit")
                .bind("id", documentId)
                .bind("after", after)
                .bind("limit", page.rowsToRead())
                .map(JdbiDocumentRepository::revisionRow)
                .list();
        return page.cut(rows, revision -> Integer.toString(revision.number()));
    }

    @Override
    public Optional<RevisionSnapshot> revision(String documentId, int number) {
        return handle.createQuery("SELECT * FROM revisions WHERE document_seq = " + BY_ID + " AND number = :number")
                .bind("id", documentId)
                .bind("number", number)
                .map((row, context) -> Map.entry(revisionRow(row, context), row.getString("parts")))
                .findOne()
                .map(row -> new RevisionSnapshot(row.getKey(),
                        new ContentParts(handle, json).load(json.read(row.getValue(), RevisionManifest.class))));
    }

    private Document document(ResultSet row, StatementContext context) throws SQLException {
        PartRevisionsColumn parts = contents.partRevisions(row.getString("part_revisions"),
                text -> json.read(text, PartRevisionsColumn.class));
        String contentHash = row.getString("content_hash");
        return new Document(row.getString("id"), row.getInt("version"),
                WireNames.parse(DocumentStatus.class, row.getString("status")), row.getInt("revision"), contentHash,
                content(row, contentHash),
                parts.sections(), parts.indicators(), contents.workflow(row.getString("workflow"), text -> json.read(text, Workflow.class)),
                Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("updated_at")));
    }

    /** The row's content, parsed from its JSON unless kept by its hash, when the JSON is not read at all. */
    private DocumentContent content(ResultSet row, String contentHash) throws SQLException {
        Optional<DocumentContent> kept = contents.kept(contentHash);
        if (kept.isPresent()) {
            return kept.get();
        }
        String text = row.getString("content");
        DocumentContent parsed = json.read(text, DocumentContent.class);
        contents.keep(contentHash, parsed, text.length());
        return parsed;
    }

    private static DocumentSummary summary(ResultSet row) throws SQLException {
        return new DocumentSummary(row.getString("id"), WireNames.parse(DocumentKind.class, row.getString("kind")),
                WireNames.parse(DocumentStatus.class, row.getString("status")), row.getInt("version"),
                row.getInt("revision"), row.getString("title"), row.getString("condition"),
                Timestamps.parse(row.getString("updated_at")));
    }

    private static Revision revisionRow(ResultSet row, StatementContext context) throws SQLException {
        return new Revision(row.getInt("number"), row.getString("content_hash"), row.getString("author"),
                row.getString("organisation"), Timestamps.parse(row.getString("at")), row.getString("note"));
    }
}
