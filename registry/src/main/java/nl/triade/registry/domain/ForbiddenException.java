package nl.triade.registry.domain;

/** The caller is known and may see the thing, but may not do this to it. */
public final class ForbiddenException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.forbidden(this);
    }
}
