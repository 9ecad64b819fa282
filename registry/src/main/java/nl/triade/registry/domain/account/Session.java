package nl.triade.registry.domain.account;

import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in browser. The cookie holds a 256-bit secret; only its SHA-256 is stored, so a copy
 * of the database signs nobody in. {@code csrfToken} is the token every form of this session
 * carries.
 */
public record Session(String hash, String accountId, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    public boolean isLiveAt(Instant now, Duration idle, Duration absolute) {
        return lastSeenAt.plus(idle).isAfter(now) && createdAt.plus(absolute).isAfter(now);
    }
}
