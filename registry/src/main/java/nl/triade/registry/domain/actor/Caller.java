package nl.triade.registry.domain.actor;

/**
 * The authenticated account behind a request, with its organisation's kind resolved, so
 * permission rules never need another lookup. Null stands for an anonymous caller wherever
 * anonymous access is allowed at all.
 */
public record Caller(String accountId, String organisation, OrganisationKind organisationKind, Role role, String tokenId) {

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    public boolean isOrgAdminOf(String slug) {
        return role == Role.ORG_ADMIN && organisation.equals(slug);
    }

    /** Administrators everywhere, org-admins within their own organisation. */
    public boolean managesAccountsOf(String slug) {
        return isAdministrator() || isOrgAdminOf(slug);
    }

    /** Roles only downward: nobody creates, changes or holds credentials for an account ranked above themselves. */
    public boolean ranksAtLeast(Role other) {
        return !other.isAbove(role);
    }
}
