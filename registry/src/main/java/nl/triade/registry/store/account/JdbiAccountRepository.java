package nl.triade.registry.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.account.AccountRepository;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts in table {@code accounts}; e-mail addresses are unique regardless of case. */
public final class JdbiAccountRepository implements AccountRepository {
    private final Handle handle;

    public JdbiAccountRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Account account) {
        handle.createUpdate("""
                        INSERT INTO accounts (id, name, email, organisation, role, created_at)
                        VALUES (:id, :name, :email, :organisation, :role, :createdAt)""")
                .bind("id", account.id())
                .bind("name", account.name())
                .bind("email", account.email())
                .bind("organisation", account.organisation())
                .bind("role", WireNames.of(account.role()))
                .bind("createdAt", Timestamps.format(account.createdAt()))
                .execute();
    }

    @Override
    public Optional<Account> find(String id) {
        return handle.createQuery("SELECT * FROM accounts WHERE id = :id")
                .bind("id", id)
                .map(JdbiAccountRepository::map)
                .findOne();
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return handle.createQuery("SELECT * FROM accounts WHERE lower(email) = lower(:email)")
                .bind("email", email)
                .map(JdbiAccountRepository::map)
                .findOne();
    }

    @Override
    public List<Account> ofOrganisation(String organisation, int limit) {
        return handle.createQuery("SELECT * FROM accounts WHERE organisation = :organisation ORDER BY name, id LIMIT :limit")
                .bind("organisation", organisation)
                .bind("limit", limit)
                .map(JdbiAccountRepository::map)
                .list();
    }

    @Override
    public boolean emailTaken(String email) {
        return handle.createQuery("SELECT COUNT(*) FROM accounts WHERE lower(email) = lower(:email)")
                .bind("email", email)
                .mapTo(Integer.class)
                .one() > 0;
    }

    @Override
    public void updateRole(String id, Role role) {
        handle.createUpdate("UPDATE accounts SET role = :role WHERE id = :id")
                .bind("id", id)
                .bind("role", WireNames.of(role))
                .execute();
    }

    private static Account map(ResultSet row, StatementContext context) throws SQLException {
        return new Account(row.getString("id"), row.getString("name"), row.getString("email"),
                row.getString("organisation"), WireNames.parse(Role.class, row.getString("role")),
                Timestamps.parse(row.getString("created_at")));
    }
}
