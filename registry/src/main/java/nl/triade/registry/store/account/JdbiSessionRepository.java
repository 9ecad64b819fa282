package nl.triade.registry.store.account;

import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.account.Session;
import nl.triade.registry.domain.account.SessionRepository;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** Sessions in table {@code sessions}; timestamps in fixed width, so the expiry sweep compares them as text. */
public final class JdbiSessionRepository implements SessionRepository {
    private final Handle handle;

    public JdbiSessionRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Session session) {
        handle.createUpdate("""
                        INSERT INTO sessions (hash, account_id, csrf_token, created_at, last_seen_at)
                        VALUES (:hash, :account, :csrf, :createdAt, :lastSeenAt)""")
                .bind("hash", session.hash())
                .bind("account", session.accountId())
                .bind("csrf", session.csrfToken())
                .bind("createdAt", Timestamps.fixedWidth(session.createdAt()))
                .bind("lastSeenAt", Timestamps.fixedWidth(session.lastSeenAt()))
                .execute();
    }

    @Override
    public Optional<Session> find(String hash) {
        return handle.createQuery("SELECT * FROM sessions WHERE hash = :hash")
                .bind("hash", hash)
                .map((row, context) -> new Session(row.getString("hash"), row.getString("account_id"),
                        row.getString("csrf_token"), Timestamps.parse(row.getString("created_at")),
                        Timestamps.parse(row.getString("last_seen_at"))))
                .findOne();
    }

    @Override
    public void touch(String hash, Instant at) {
        handle.createUpdate("UPDATE sessions SET last_seen_at = :at WHERE hash = :hash")
                .bind("hash", hash)
                .bind("at", Timestamps.fixedWidth(at))
                .execute();
    }

    @Override
    public void delete(String hash) {
        handle.createUpdate("DELETE FROM sessions WHERE hash = :hash").bind("hash", hash).execute();
    }

    @Override
    public void deleteOfAccount(String accountId) {
        handle.createUpdate("DELETE FROM sessions WHERE account_id = :account").bind("account", accountId).execute();
    }

    @Override
    public void deleteExpired(Instant idleBefore, Instant createdBefore) {
        handle.createUpdate("DELETE FROM sessions WHERE last_seen_at < :idle OR created_at < :created")
                .bind("idle", Timestamps.fixedWidth(idleBefore))
                .bind("created", Timestamps.fixedWidth(createdBefore))
                .execute();
    }
}
