package nl.triade.registry.domain;

/** A change arrived without the version it was based on, so it could silently overwrite another's work. */
public final class PreconditionRequiredException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String message) {
        super(message);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.preconditionRequired(this);
    }
}
