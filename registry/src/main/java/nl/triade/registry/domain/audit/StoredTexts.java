package nl.triade.registry.domain.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * The stored texts that the chain covers by their SHA-256 rather than by a content hash: comment
 * bodies and rationales, approval motivations and revision notes. (Document content, sections,
 * indicators, evidence and participants' motivations are covered by each revision's
 * {@code contentHash}.) Read so the verifier can compare them with what the events recorded.
 */
public interface StoredTexts {
    /** Every covered text, streamed: the verifier sees each once and keeps none. */
    void forEach(Consumer<StoredText> text);

    /**
     * Texts written by a release that did not yet put them into the chain, listed once by the
     * migration that introduced the cover, and attested by one event at the next start.
     */
    List<StoredText> awaitingAttestation();

    void attested();
}
