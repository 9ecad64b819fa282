package nl.triade.registry.http.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import nl.triade.registry.domain.CommitScopedCache;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentReading;
import nl.triade.registry.domain.document.DocumentService;

/**
 * {@code GET /documents/{id}} answered from memory: the document's JSON as it was last written out,
 * kept until the next commit anyone makes on the database ({@link CommitScopedCache}), so a read
 * after a {@code 2xx} change, on any instance, is never stale. The answer is the same for everyone
 * who may read the document (nothing in it varies by caller), but who may read it does: every
 * request is checked against the kept document's status and participants as {@link DocumentService#read}
 * checks them, and one that may not read it goes the uncached way, which refuses it exactly as
 * before. Overdue tijdpaden and the applicable framework depend on the day as well, so an answer is
 * kept for the day it was written on only.
 */
final class RenderedDocuments {
    /** Enough for every document of a national round at once; a document's JSON is a few kilobytes. */
    private static final int MAX_DOCUMENTS = 10_000;
    /** At most 64 MiB of JSON held; the largest document the server accepts answers about 2 MiB. */
    private static final long MAX_BYTES = 64L << 20;
    private final DocumentService documents;
    private final TimeSource time;
    private final CommitScopedCache<String, Rendered> rendered;

    RenderedDocuments(DocumentService documents, TimeSource time, CommitWatch commits) {
        this.documents = documents;
        this.time = time;
        this.rendered = new CommitScopedCache<>(commits, CommitWatch.Generations::commits, MAX_DOCUMENTS, MAX_BYTES,
                kept -> kept.json().length);
    }

    /** A document's answer: its revision (the ETag) and its JSON; {@code document} who may read it, {@code day} what it was written for. */
    record Rendered(Document document, LocalDate day, int revision, byte[] json) {
    }

    /**
     * The document as {@code caller} (null: anonymous) reads it, written out by {@code render} when it
     * is not kept; {@code look} is the request's look at the commit watch this was made with.
     */
    Rendered read(Caller caller, String id, CommitWatch.Generations look, Function<DocumentReading, String> render) {
        long generation = rendered.generationIn(look);
        LocalDate today = time.today();
        Optional<Rendered> kept = rendered.get(generation, id)
                .filter(answer -> answer.day().equals(today) && DocumentAccess.canRead(caller, answer.document()));
        if (kept.isPresent()) {
            return kept.get();
        }
        DocumentReading reading = documents.read(caller, id);
        Rendered fresh = new Rendered(reading.document(), today, reading.document().revision(),
                render.apply(reading).getBytes(StandardCharsets.UTF_8));
        rendered.put(generation, id, fresh);
        return fresh;
    }
}
