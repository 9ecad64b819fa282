package nl.triade.registry.store.archive;

/**
 * An archive, or a target database, that an import will not take (a non-empty target, a newer
 * schema, a damaged or tampered archive): a sentence for the person running it, who must act on it.
 */
public final class ArchiveRefused extends RuntimeException {
    public ArchiveRefused(String message) {
        super(message);
    }
}
