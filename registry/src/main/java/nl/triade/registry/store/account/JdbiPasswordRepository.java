package nl.triade.registry.store.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.LinkPurpose;
import nl.triade.registry.domain.account.PasswordLink;
import nl.triade.registry.domain.account.PasswordRepository;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** Password hashes in {@code passwords}, the one open link per account in {@code password_links}. */
public final class JdbiPasswordRepository implements PasswordRepository {
    private final Handle handle;

    public JdbiPasswordRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<String> hashOf(String accountId) {
        return handle.createQuery("SELECT hash FROM passwords WHERE account_id = :account")
                .bind("account", accountId)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public Set<String> withPassword(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(handle.createQuery("SELECT account_id FROM passwords WHERE account_id IN (<accounts>)")
                .bindList("accounts", List.copyOf(accountIds))
                .mapTo(String.class)
                .list());
    }

    @Override
    public void put(String accountId, String hash, Instant at) {
        handle.createUpdate("""
                        INSERT INTO passwords (account_id, hash, set_at) VALUES (:account, :hash, :at)
                        ON CONFLICT (account_id) DO UPDATE SET hash = excluded.hash, set_at = excluded.set_at""")
                .bind("account", accountId)
                .bind("hash", hash)
                .bind("at", Timestamps.format(at))
                .execute();
    }

    @Override
    public void putLink(PasswordLink link) {
        deleteLink(link.accountId());
        handle.createUpdate("""
                        INSERT INTO password_links (account_id, hash, purpose, issued_by, issued_at, expires_at)
                        VALUES (:account, :hash, :purpose, :issuedBy, :issuedAt, :expiresAt)""")
                .bind("account", link.accountId())
                .bind("hash", link.hash())
                .bind("purpose", WireNames.of(link.purpose()))
                .bind("issuedBy", link.issuedBy())
                .bind("issuedAt", Timestamps.format(link.issuedAt()))
                .bind("expiresAt", Timestamps.format(link.expiresAt()))
                .execute();
    }

    @Override
    public Optional<PasswordLink> findLink(String hash) {
        return handle.createQuery("SELECT * FROM password_links WHERE hash = :hash")
                .bind("hash", hash)
                .map((row, context) -> new PasswordLink(row.getString("account_id"), row.getString("hash"),
                        WireNames.parse(LinkPurpose.class, row.getString("purpose")), row.getString("issued_by"),
                        Timestamps.parse(row.getString("issued_at")), Timestamps.parse(row.getString("expires_at"))))
                .findOne();
    }

    @Override
    public void deleteLink(String accountId) {
        handle.createUpdate("DELETE FROM password_links WHERE account_id = :account").bind("account", accountId).execute();
    }
}
