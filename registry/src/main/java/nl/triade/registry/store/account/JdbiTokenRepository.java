package nl.triade.registry.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.account.Token;
import nl.triade.registry.domain.account.TokenRepository;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Token hashes in table {@code tokens}; looked up by hash on every authenticated request. */
public final class JdbiTokenRepository implements TokenRepository {
    private final Handle handle;

    public JdbiTokenRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Token token) {
        handle.createUpdate("""
                        INSERT INTO tokens (id, account_id, name, prefix, hash, created_at, expires_at, revoked_at)
                        VALUES (:id, :accountId, :name, :prefix, :hash, :createdAt, :expiresAt, NULL)""")
                .bind("id", token.id())
                .bind("accountId", token.accountId())
                .bind("name", token.name())
                .bind("prefix", token.prefix())
                .bind("hash", token.hash())
                .bind("createdAt", Timestamps.format(token.createdAt()))
                .bind("expiresAt", Timestamps.format(token.expiresAt()))
                .execute();
    }

    @Override
    public Optional<Token> find(String id) {
        return handle.createQuery("SELECT * FROM tokens WHERE id = :id")
                .bind("id", id)
                .map(JdbiTokenRepository::map)
                .findOne();
    }

    @Override
    public Optional<Token> findByHash(String hash) {
        return handle.createQuery("SELECT * FROM tokens WHERE hash = :hash")
                .bind("hash", hash)
                .map(JdbiTokenRepository::map)
                .findOne();
    }

    @Override
    public void revoke(String id, Instant at) {
        handle.createUpdate("UPDATE tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id)
                .bind("at", Timestamps.format(at))
                .execute();
    }

    private static Token map(ResultSet row, StatementContext context) throws SQLException {
        return new Token(row.getString("id"), row.getString("account_id"), row.getString("name"),
                row.getString("prefix"), row.getString("hash"), Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("expires_at")), Timestamps.parse(row.getString("revoked_at")));
    }
}
