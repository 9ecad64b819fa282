package nl.triade.registry.domain.account;

/** What an account may do for its organisation (DESIGN §3). */
public enum Role {
    MEMBER, ORG_ADMIN, ADMINISTRATOR
}
