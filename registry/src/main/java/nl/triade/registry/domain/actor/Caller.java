package nl.triade.registry.domain.actor;

/**
 * The authenticated account behind a request, with its organisation's kind resolved, so
 * permission rules never need another lookup. Null stands for an anonymous caller wherever
 * anonymous access is allowed at all.
 */
public record Caller(String accountId, String organisation, OrganisationKind organisationKind, Role role, String tokenId) {
    /**
     * The operator's own organisation, where administrators live. It was created with kind
     * {@code register} (it hands documents to the Register), but it runs the installation and never
     * speaks for the Zorginstituut.
     */
    public static final String OPERATOR_ORGANISATION = "triade";

    /** Whether this caller acts for the Zorginstituut: an account of a {@code register} organisation other than the operator's. */
    public boolean speaksForRegister() {
        return organisationKind == OrganisationKind.REGISTER && !OPERATOR_ORGANISATION.equals(organisation);
    }

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
