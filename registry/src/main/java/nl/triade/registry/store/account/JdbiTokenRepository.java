package nl.triade.registry.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.Token;
import nl.triade.registry.domain.account.TokenBearer;
import nl.triade.registry.domain.account.TokenRepository;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Token hashes in table {@code tokens}; looked up by hash, with their bearer, when a request's caller is not kept. */
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
    public Optional<TokenBearer> bearerByHash(String hash) {
        return handle.createQuery("""
                        SELECT t.*, a.organisation AS bearer_organisation, a.role AS bearer_role, o.kind AS bearer_kind
                        FROM tokens t
                        JOIN accounts a ON a.id = t.account_id
                        JOIN organisations o ON o.slug = a.organisation
                        WHERE t.hash = :hash""")
                .bind("hash", hash)
                .map((row, context) -> new TokenBearer(map(row, context), row.getString("bearer_organisation"),
                        WireNames.parse(Role.class, row.getString("bearer_role")),
                        WireNames.parse(OrganisationKind.class, row.getString("bearer_kind"))))
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
