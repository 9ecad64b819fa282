package nl.triade.registry.domain;

/** The thing does not exist, or the caller may not know that it does. */
public final class NotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist or is not visible to you");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.notFound(this);
    }
}
