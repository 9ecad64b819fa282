package nl.triade.registry.store.validation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.validation.ValidationFinding;
import nl.triade.registry.domain.validation.ValidationReport;
import nl.triade.registry.domain.validation.ValidationRepository;
import nl.triade.registry.store.StoredJson;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;

/** Validation reports in table {@code validation_reports}, findings as JSON. */
public final class JdbiValidationRepository implements ValidationRepository {
    private static final TypeReference<List<ValidationFinding>> FINDINGS = new TypeReference<>() {
    };
    private final Handle handle;
    private final StoredJson json;

    public JdbiValidationRepository(Handle handle, ObjectMapper json) {
        this.handle = handle;
        this.json = new StoredJson(json);
    }

    @Override
    public void insert(ValidationReport report) {
        handle.createUpdate("""
                        INSERT INTO validation_reports (document_id, revision, content_hash, findings, passed, created_at)
                        VALUES (:documentId, :revision, :contentHash, :findings, :passed, :createdAt)""")
                .bind("documentId", report.documentId())
                .bind("revision", report.revision())
                .bind("contentHash", report.contentHash())
                .bind("findings", json.write(report.findings()))
                .bind("passed", report.passed() ? 1 : 0)
                .bind("createdAt", Timestamps.format(report.createdAt()))
                .execute();
    }

    @Override
    public Optional<ValidationReport> latest(String documentId) {
        return newestFirst(documentId).findFirst();
    }

    /**
     * Read newest first and stopped at the first one old enough: {@code created_at} is stored as
     * {@link Instant#toString} writes it, which does not sort as text, and the reports made since are few.
     */
    @Override
    public Optional<ValidationReport> latestAsOf(String documentId, Instant at) {
        return newestFirst(documentId).withStream(reports -> reports.filter(report -> !report.createdAt().isAfter(at)).findFirst());
    }

    private ResultIterable<ValidationReport> newestFirst(String documentId) {
        return handle.createQuery("SELECT * FROM validation_reports WHERE document_id = :documentId ORDER BY seq DESC")
                .bind("documentId", documentId)
                .map((row, context) -> new ValidationReport(row.getString("document_id"), row.getInt("revision"),
                        row.getString("content_hash"), json.read(row.getString("findings"), FINDINGS),
                        Timestamps.parse(row.getString("created_at"))));
    }
}
