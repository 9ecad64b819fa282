package nl.triade.registry.domain.document;

import java.time.Instant;

/** An immutable snapshot's metadata: who changed the document to this content, when, and why. */
public record Revision(int number, String contentHash, String author, String organisation, Instant at, String note) {
}
