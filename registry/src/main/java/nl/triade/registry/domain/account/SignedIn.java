package nl.triade.registry.domain.account;

import nl.triade.registry.domain.actor.Caller;

/** A live session as a page sees it: who acts, with which name, and the token its forms carry. */
public record SignedIn(Caller caller, String accountName, String csrfToken) {
}
