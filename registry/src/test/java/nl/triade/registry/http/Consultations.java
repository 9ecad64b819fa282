package nl.triade.registry.http;

import java.time.Duration;
import java.util.Map;

/** The body of an {@code open-consultation} transition, whose {@code closesAt} is required and at least the minimum length ahead. */
public final class Consultations {
    /** Six weeks: the longer end of the usual commentaarfase, well past the default minimum of four. */
    public static final Duration LENGTH = Duration.ofDays(42);

    private Consultations() {
    }

    /** Opens a consultation that closes {@link #LENGTH} from the registry's current time. */
    public static Map<String, Object> opening(RunningRegistry registry) {
        return Map.of("action", "open-consultation", "closesAt", registry.clock().instant().plus(LENGTH).toString());
    }

    /** The body of the transition {@code action}: with a closing time when it opens a consultation. */
    public static Map<String, Object> transition(RunningRegistry registry, String action) {
        return action.equals("open-consultation") ? opening(registry) : Map.of("action", action);
    }
}
