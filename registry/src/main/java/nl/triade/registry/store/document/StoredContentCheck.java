package nl.triade.registry.store.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.store.StoredJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Recomputes every stored content hash as the registry computes it (SHA-256 of the canonical JSON
 * of the content): each document's current content, and each revision's content read back from its
 * {@link ContentParts content parts}; and checks that each part is stored under the hash of its own
 * JSON. For rows that did not come through the registry's own writes, such as an imported archive.
 * Reads a page at a time, so a large registry is checked in bounded memory.
 */
public final class StoredContentCheck {
    private static final int PAGE = 200;
    private final Handle handle;
    private final StoredJson json;

    public StoredContentCheck(Handle handle, ObjectMapper json) {
        this.handle = handle;
        this.json = new StoredJson(json);
    }

    /** The first row whose content does not hash to what it claims, described for a person; empty when all hold. */
    public Optional<String> firstMismatch() {
        return documents().or(this::revisions).or(this::parts);
    }

    private Optional<String> documents() {
        return firstInPages("SELECT seq, id, content_hash, content FROM documents WHERE seq > :after ORDER BY seq LIMIT :limit",
                (row, context) -> new StoredDocument(row.getLong("seq"), row.getString("id"), row.getString("content_hash"),
                        row.getString("content")),
                StoredDocument::seq,
                document -> compare("documents (seq=" + document.seq() + ", id=" + document.id() + ")", document.contentHash(),
                        () -> json.read(document.content(), DocumentContent.class)));
    }

    private Optional<String> revisions() {
        ContentParts parts = new ContentParts(handle, json);
        long afterSeq = 0;
        int afterNumber = 0;
        List<StoredRevision> page;
        do {
            page = handle.createQuery("""
                            SELECT r.document_seq, r.number, r.content_hash, r.parts, d.id FROM revisions r
                            JOIN documents d ON d.seq = r.document_seq
                            WHERE r.document_seq > :seq OR (r.document_seq = :seq AND r.number > :number)
                            ORDER BY r.document_seq, r.number LIMIT :limit""")
                    .bind("seq", afterSeq)
                    .bind("number", afterNumber)
                    .bind("limit", PAGE)
                    .map((row, context) -> new StoredRevision(row.getLong("document_seq"), row.getInt("number"), row.getString("id"),
                            row.getString("content_hash"), row.getString("parts")))
                    .list();
            for (StoredRevision revision : page) {
                String row = "revisions (document_seq=" + revision.documentSeq() + ", number=" + revision.number()
                        + ": revision " + revision.number() + " of document " + revision.documentId() + ")";
                Optional<String> mismatch = compare(row, revision.contentHash(),
                        () -> parts.load(json.read(revision.parts(), RevisionManifest.class)));
                if (mismatch.isPresent()) {
                    return mismatch;
                }
                afterSeq = revision.documentSeq();
                afterNumber = revision.number();
            }
        } while (page.size() == PAGE);
        return Optional.empty();
    }

    private Optional<String> parts() {
        return firstInPages("SELECT id, hash, json FROM content_parts WHERE id > :after ORDER BY id LIMIT :limit",
                (row, context) -> new StoredPart(row.getLong("id"), row.getString("hash"), row.getString("json")),
                StoredPart::id,
                part -> CanonicalJson.sha256Hex(part.json()).equals(part.hash()) ? Optional.empty()
                        : Optional.of("content_parts (id=" + part.id() + "): its JSON does not hash to its key " + part.hash()));
    }

    /** The first failure {@code check} finds in the rows of {@code sql}, read a page at a time after the last {@code key} seen. */
    private <T> Optional<String> firstInPages(String sql, RowMapper<T> mapper, ToLongFunction<T> key, Function<T, Optional<String>> check) {
        long after = 0;
        List<T> page;
        do {
            page = handle.createQuery(sql).bind("after", after).bind("limit", PAGE).map(mapper).list();
            for (T row : page) {
                Optional<String> failure = check.apply(row);
                if (failure.isPresent()) {
                    return failure;
                }
                after = key.applyAsLong(row);
            }
        } while (page.size() == PAGE);
        return Optional.empty();
    }

    private static Optional<String> compare(String row, String claimed, Supplier<DocumentContent> content) {
        String actual;
        try {
            actual = CanonicalJson.sha256(content.get());
        } catch (RuntimeException unreadable) {
            return Optional.of(row + ": its content cannot be read (" + unreadable.getMessage() + ")");
        }
        return actual.equals(claimed) ? Optional.empty()
                : Optional.of(row + ": its content hashes to " + actual + ", not to its contentHash " + claimed);
    }

    private record StoredDocument(long seq, String id, String contentHash, String content) {
    }

    private record StoredRevision(long documentSeq, int number, String documentId, String contentHash, String parts) {
    }

    private record StoredPart(long id, String hash, String json) {
    }
}
