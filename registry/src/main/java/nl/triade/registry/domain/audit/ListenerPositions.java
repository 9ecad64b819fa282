package nl.triade.registry.domain.audit;

import java.util.Optional;

/**
 * How far each event listener extension has been told about the audit log. Stored so that events
 * committed just before a stop still reach the listeners after the restart.
 */
public interface ListenerPositions {
    /** The seq of the last event the listener has accepted, if it was ever fed. */
    Optional<Long> of(String listener);

    void set(String listener, long seq);
}
