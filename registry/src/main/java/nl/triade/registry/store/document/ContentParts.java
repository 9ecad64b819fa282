package nl.triade.registry.store.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.document.AbsenceStatement;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.store.StoredJson;
import org.jdbi.v3.core.Handle;

/**
 * Table {@code content_parts}: every distinct part of document content (the document's own fields,
 * each participant, section, indicator, evidence item and absence statement) stored once as JSON, found by the SHA-256
 * of that JSON. Revisions list the parts they consist of, so identical parts shared by many
 * revisions (or documents) are stored once. The part hash is only a storage key; the document's
 * {@code contentHash} is computed over the whole content as before and is unaffected.
 */
final class ContentParts {
    private final Handle handle;
    private final StoredJson json;

    ContentParts(Handle handle, StoredJson json) {
        this.handle = handle;
        this.json = json;
    }

    /** Stores the parts of {@code content} that are not stored yet and returns the list of all of them. */
    RevisionManifest store(DocumentContent content) {
        Map<String, String> texts = new HashMap<>();
        String fields = add(texts, content.fields());
        List<String> participants = content.participants().stream().map(part -> add(texts, part)).toList();
        List<String> sections = content.sections().stream().map(part -> add(texts, part)).toList();
        List<String> indicators = content.indicators().stream().map(part -> add(texts, part)).toList();
        List<String> evidence = content.evidence().stream().map(part -> add(texts, part)).toList();
        List<String> absences = content.absences().stream().map(part -> add(texts, part)).toList();
        Map<String, Long> ids = idsOf(texts);
        Function<List<String>, List<Long>> toIds = hashes -> hashes.stream().map(ids::get).toList();
        return new RevisionManifest(content.kind(), ids.get(fields), toIds.apply(participants), toIds.apply(sections),
                toIds.apply(indicators), toIds.apply(evidence), toIds.apply(absences));
    }

    /** The content a manifest lists, exactly as it was stored. */
    DocumentContent load(RevisionManifest manifest) {
        Set<Long> wanted = new HashSet<>();
        wanted.add(manifest.fields());
        wanted.addAll(manifest.participants());
        wanted.addAll(manifest.sections());
        wanted.addAll(manifest.indicators());
        wanted.addAll(manifest.evidence());
        wanted.addAll(manifest.absences());
        Map<Long, String> texts = new HashMap<>();
        handle.createQuery("SELECT id, json FROM content_parts WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(wanted))
                .map((row, context) -> Map.entry(row.getLong("id"), row.getString("json")))
                .forEach(entry -> texts.put(entry.getKey(), entry.getValue()));
        return new DocumentContent(manifest.kind(), read(texts, manifest.fields(), DocumentFields.class),
                read(texts, manifest.participants(), Participant.class), read(texts, manifest.sections(), Section.class),
                read(texts, manifest.indicators(), Indicator.class), read(texts, manifest.evidence(), Evidence.class),
                read(texts, manifest.absences(), AbsenceStatement.class));
    }

    private String add(Map<String, String> texts, Object part) {
        String text = json.write(part);
        String hash = CanonicalJson.sha256Hex(text);
        texts.put(hash, text);
        return hash;
    }

    private Map<String, Long> idsOf(Map<String, String> texts) {
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery("SELECT id, hash FROM content_parts WHERE hash IN (<hashes>)")
                .bindList("hashes", List.copyOf(texts.keySet()))
                .map((row, context) -> Map.entry(row.getString("hash"), row.getLong("id")))
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        texts.forEach((hash, text) -> ids.computeIfAbsent(hash, missing -> handle
                .createQuery("INSERT INTO content_parts (hash, json) VALUES (:hash, :json) RETURNING id")
                .bind("hash", missing)
                .bind("json", text)
                .mapTo(Long.class)
                .one()));
        return ids;
    }

    private <T> T read(Map<Long, String> texts, long id, Class<T> type) {
        String text = texts.get(id);
        if (text == null) {
            throw new IllegalStateException("content part " + id + " is missing");
        }
        return json.read(text, type);
    }

    private <T> List<T> read(Map<Long, String> texts, List<Long> ids, Class<T> type) {
        return ids.stream().map(id -> read(texts, id, type)).toList();
    }
}
