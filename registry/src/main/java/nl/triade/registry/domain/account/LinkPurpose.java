package nl.triade.registry.domain.account;

/** Why a one-time password link was issued: the account has no password yet, or an org-admin reset it. */
public enum LinkPurpose {
    INVITATION,
    RESET
}
