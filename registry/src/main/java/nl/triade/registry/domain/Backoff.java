package nl.triade.registry.domain;

import java.time.Duration;

/**
 * How long to wait before trying again: {@code first} after the first failure, doubling with every
 * further one, never longer than {@code longest}. Shared by everything that retries a plugin.
 */
public record Backoff(Duration first, Duration longest) {

    /** The pause after {@code failures} failures in a row (at least one). */
    public Duration after(int failures) {
        return atMost(first.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20)));
    }

    /** The pause after {@code failures} failures, or the plugin's own {@code requested} one (null: none) up to the longest pause. */
    public Duration after(int failures, Duration requested) {
        return requested != null && !requested.isNegative() ? atMost(requested) : after(failures);
    }

    /** {@code wanted}, but never longer than the longest pause. */
    public Duration atMost(Duration wanted) {
        return wanted.compareTo(longest) > 0 ? longest : wanted;
    }

    /** {@code wanted}, kept between the first pause and the longest. */
    public Duration within(Duration wanted) {
        return wanted.compareTo(first) < 0 ? first : atMost(wanted);
    }
}
