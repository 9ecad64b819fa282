package nl.triade.registry.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.account.OrganisationRepository;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Organisations in table {@code organisations}, paged by slug. */
public final class JdbiOrganisationRepository implements OrganisationRepository {
    private final Handle handle;

    public JdbiOrganisationRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(Organisation organisation) {
        handle.createUpdate("""
                        INSERT INTO organisations (slug, name, kind, umbrella, created_at)
                        VALUES (:slug, :name, :kind, :umbrella, :createdAt)""")
                .bind("slug", organisation.slug())
                .bind("name", organisation.name())
                .bind("kind", WireNames.of(organisation.kind()))
                .bind("umbrella", organisation.umbrella())
                .bind("createdAt", Timestamps.format(organisation.createdAt()))
                .execute();
    }

    @Override
    public Optional<Organisation> find(String slug) {
        return handle.createQuery("SELECT * FROM organisations WHERE slug = :slug")
                .bind("slug", slug)
                .map(JdbiOrganisationRepository::map)
                .findOne();
    }

    @Override
    public Page<Organisation> list(PageRequest page) {
        String after = page.cursor() == null ? "" : Cursor.decode(page.cursor());
        List<Organisation> rows = handle.createQuery("""
                        SELECT * FROM organisations WHERE slug > :after ORDER BY slug LIMIT :limit""")
                .bind("after", after)
                .bind("limit", page.rowsToRead())
                .map(JdbiOrganisationRepository::map)
                .list();
        return page.cut(rows, Organisation::slug);
    }

    @Override
    public Set<OrganisationKind> kindsPresent() {
        Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        handle.createQuery("SELECT DISTINCT kind FROM organisations").mapTo(String.class)
                .forEach(kind -> kinds.add(WireNames.parse(OrganisationKind.class, kind)));
        return kinds;
    }

    @Override
    public boolean isEmpty() {
        return handle.createQuery("SELECT COUNT(*) FROM organisations").mapTo(Integer.class).one() == 0;
    }

    private static Organisation map(ResultSet row, StatementContext context) throws SQLException {
        return new Organisation(row.getString("slug"), row.getString("name"),
                WireNames.parse(OrganisationKind.class, row.getString("kind")), row.getString("umbrella"),
                Timestamps.parse(row.getString("created_at")));
    }
}
