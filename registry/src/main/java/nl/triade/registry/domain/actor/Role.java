package nl.triade.registry.domain.actor;

/** What an account may do for its organisation (DESIGN §3). */
public enum Role {
    MEMBER, ORG_ADMIN, ADMINISTRATOR;

    /** Roles are ranked in declaration order: a member below an org-admin below an administrator. */
    public boolean isAbove(Role other) {
        return compareTo(other) > 0;
    }
}
