package nl.triade.registry.domain;

/**
 * Root of every refusal the registry gives on purpose. Each subclass maps to one kind of HTTP
 * problem in one place, so services throw meaning and never status codes.
 */
public abstract class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RegistryException(String message) {
        super(message);
    }
}
