package nl.triade.registry.domain;

/**
 * The caller's idea of the resource's version is stale (or it expected the resource not to
 * exist). Carries the current version, when there is one, so the client can re-read and retry.
 */
public final class PreconditionFailedException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final Integer currentRevision;

    public PreconditionFailedException(String message, Integer currentRevision) {
        super(message);
        this.currentRevision = currentRevision;
    }

    /** The revision the resource has now, or null when it does not exist. */
    public Integer currentRevision() {
        return currentRevision;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.preconditionFailed(this);
    }
}
