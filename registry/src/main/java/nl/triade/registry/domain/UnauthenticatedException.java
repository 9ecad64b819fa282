package nl.triade.registry.domain;

/** No token, or a token that is unknown, revoked or expired. */
public final class UnauthenticatedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String message) {
        super(message);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unauthenticated(this);
    }
}
