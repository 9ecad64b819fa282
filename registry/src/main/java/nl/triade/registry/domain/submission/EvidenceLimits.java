package nl.triade.registry.domain.submission;

import java.util.Optional;

/**
 * The cap on an evidence pack (README "Evidence pack"): at most {@code events} events of the document
 * in its chain proof, and at most {@link #MOST_BYTES} in all its files together. A document's history
 * grows with every edit, comment and decision, and the worker holds a pack in memory while it
 * delivers it, so a pack beyond the cap is not made: the submission fails for good, naming the cap,
 * and nothing is sent. {@link #MOST_BYTES} stays below what {@code verify-package} reads (64 MiB a
 * file, 128 MiB in all), so every pack the registry writes can be verified.
 *
 * @param events the most events of the document a pack carries; {@code TRIADE_EVIDENCE_MAX_EVENTS}
 */
public record EvidenceLimits(int events) {
    public static final int DEFAULT_EVENTS = 10_000;
    public static final long MOST_BYTES = 64L * 1024 * 1024;

    public EvidenceLimits {
        if (events < 1) {
            throw new IllegalArgumentException("a pack holds at least the event that created its submission");
        }
    }

    /** Why a pack of this many events (at least) cannot be made; empty when it can. */
    Optional<String> eventsRefusal(int count) {
        return count <= events ? Optional.empty() : Optional.of("the evidence pack would carry more than " + events
                + " events of the document (the cap, TRIADE_EVIDENCE_MAX_EVENTS); the pack is not made and nothing is sent");
    }

    /** Why a pack of {@code bytes} in all cannot be sent; empty when it can. */
    Optional<String> bytesRefusal(long bytes) {
        return bytes <= MOST_BYTES ? Optional.empty() : Optional.of("the evidence pack would be " + bytes + " bytes, more than the cap of "
                + MOST_BYTES + "; nothing is sent");
    }
}
